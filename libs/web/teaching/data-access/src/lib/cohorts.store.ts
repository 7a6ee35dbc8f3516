import { HttpEventType } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { Cohort, CohortImportReport } from '@academy/shared/contracts';
import { type ApiError, toApiError } from '@academy/web/shared/util-http';
import { filter, map, type Observable, tap } from 'rxjs';
import { TeachingApi } from './teaching.api';
import type { NewCohortRequest } from './teaching.models';

/** Where an upload stands: its progress, then the report. */
export type ImportEvent =
  { type: 'progress'; percent: number } | { type: 'done'; report: CohortImportReport };

/** A course's cohorts, for the cohorts page (which provides it). */
@Injectable()
export class CohortsStore {
  private readonly api = inject(TeachingApi);
  private readonly courseIdState = signal<string | null>(null);
  private readonly listState = signal<Cohort[] | null>(null);
  private latestLoad = 0;

  readonly courseId = this.courseIdState.asReadonly();
  readonly cohorts = computed(() => this.listState() ?? []);
  readonly loaded = computed(() => this.listState() !== null);
  readonly loading = signal(false);
  readonly error = signal<ApiError | null>(null);
  readonly forbidden = computed(() => this.error()?.status === 403);
  readonly notFound = computed(() => {
    const status = this.error()?.status;
    return status === 404 || status === 400;
  });

  async load(courseId: string): Promise<void> {
    const request = ++this.latestLoad;
    if (courseId !== this.courseIdState()) this.listState.set(null);
    this.courseIdState.set(courseId);
    this.error.set(null);
    this.loading.set(true);
    try {
      const list = await this.api.cohorts(courseId);
      if (request === this.latestLoad) this.listState.set(list);
    } catch (e) {
      if (request === this.latestLoad) this.error.set(toApiError(e));
    } finally {
      if (request === this.latestLoad) this.loading.set(false);
    }
  }

  reload(): Promise<void> {
    const id = this.courseIdState();
    return id ? this.load(id) : Promise.resolve();
  }

  async create(request: NewCohortRequest): Promise<Cohort> {
    const courseId = this.courseIdState();
    if (!courseId) throw new Error('CohortsStore: no course');
    const cohort = await this.api.createCohort(courseId, request);
    this.listState.update((list) => [...(list ?? []), cohort]);
    return cohort;
  }

  /**
   * Uploads a cohort file. The counts of members and invitations are fetched again once the
   * report is in (quietly: the list stays on screen).
   */
  importMembers(cohortId: string, file: File): Observable<ImportEvent> {
    return this.api.importMembers(cohortId, file).pipe(
      map((event): ImportEvent | null => {
        if (event.type === HttpEventType.UploadProgress && event.total)
          return { type: 'progress', percent: Math.round((100 * event.loaded) / event.total) };
        if (event.type === HttpEventType.Response && event.body)
          return { type: 'done', report: event.body };
        return null;
      }),
      filter((event): event is ImportEvent => event !== null),
      tap((event) => {
        if (event.type === 'done') void this.refreshQuietly();
      }),
    );
  }

  private async refreshQuietly(): Promise<void> {
    const courseId = this.courseIdState();
    if (!courseId) return;
    try {
      const list = await this.api.cohorts(courseId);
      if (courseId === this.courseIdState()) this.listState.set(list);
    } catch {
      // The report is shown; the counts catch up on the next visit.
    }
  }
}
