import { computed, inject, Injectable, signal } from '@angular/core';
import type { CourseReport, LearnerReportRow } from '@academy/shared/contracts';
import { type ApiError, toApiError } from '@academy/web/shared/util-http';
import { applyAssignmentView, canOverride } from './report';
import { TeachingApi } from './teaching.api';

/**
 * One course's report for its trainers and partner admins, by cohort when one is chosen.
 * Provided by the report page. A new cohort keeps the current report on screen until the new
 * one arrives, so the table does not vanish while the filter changes.
 */
@Injectable()
export class CourseReportStore {
  private readonly api = inject(TeachingApi);
  private readonly courseIdState = signal<string | null>(null);
  private readonly cohortIdState = signal<string | null>(null);
  private readonly reportState = signal<CourseReport | null>(null);
  private latestLoad = 0;

  readonly courseId = this.courseIdState.asReadonly();
  readonly cohortId = this.cohortIdState.asReadonly();
  readonly report = this.reportState.asReadonly();
  readonly loading = signal(false);
  readonly error = signal<ApiError | null>(null);
  readonly forbidden = computed(() => this.error()?.status === 403);
  /** Not a published course (or not a course id at all). */
  readonly notFound = computed(() => {
    const status = this.error()?.status;
    return status === 404 || (status === 400 && !this.cohortIdState());
  });
  /** The cohort chosen, as the report names it. */
  readonly cohort = computed(() => {
    const id = this.cohortIdState();
    return id ? (this.reportState()?.cohorts.find((c) => c.id === id) ?? null) : null;
  });

  async load(courseId: string, cohortId: string | null): Promise<void> {
    const request = ++this.latestLoad;
    if (courseId !== this.courseIdState()) this.reportState.set(null);
    this.courseIdState.set(courseId);
    this.cohortIdState.set(cohortId);
    this.error.set(null);
    this.loading.set(true);
    try {
      const report = await this.api.report(courseId, cohortId);
      if (request === this.latestLoad) this.reportState.set(report);
    } catch (e) {
      if (request === this.latestLoad) this.error.set(toApiError(e));
    } finally {
      if (request === this.latestLoad) this.loading.set(false);
    }
  }

  reload(): Promise<void> {
    const courseId = this.courseIdState();
    return courseId ? this.load(courseId, this.cohortIdState()) : Promise.resolve();
  }

  /**
   * Marks a learner's submitted assignment complete. The row shows it at once; the figures
   * (progress, completion) follow from a quiet reload.
   */
  async override(row: LearnerReportRow, lessonId: string): Promise<void> {
    const state = row.assignments[lessonId];
    if (!canOverride(state)) throw new Error('CourseReportStore: nothing to settle');
    const view = await this.api.override(state.submissionId);
    this.reportState.update((report) =>
      report ? applyAssignmentView(report, row.enrolmentId, view) : report,
    );
    void this.refreshQuietly();
  }

  /** The CSV file of the report as shown (same cohort). */
  csv(): Promise<Blob> {
    const courseId = this.courseIdState();
    if (!courseId) throw new Error('CourseReportStore: no course');
    return this.api.reportCsv(courseId, this.cohortIdState());
  }

  private async refreshQuietly(): Promise<void> {
    const courseId = this.courseIdState();
    if (!courseId) return;
    const request = ++this.latestLoad;
    try {
      const report = await this.api.report(courseId, this.cohortIdState());
      if (request === this.latestLoad) this.reportState.set(report);
    } catch {
      // The row already shows the assignment settled; the figures catch up on the next load.
    }
  }
}
