import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { AuthStore } from '@academy/web/identity/data-access';
import { FormAlertComponent, messageSlot } from '@academy/web/shared/ui';
import { toApiError } from '@academy/web/shared/util-http';
import { CourseReportStore, reportFileName } from '@academy/web/teaching/data-access';
import { TerritoriesStore } from '@academy/web/territories/data-access';
import { saveBlob } from '../shared/download';
import { teachingErrorMessage } from '../shared/teaching-errors';
import { LearnersTableComponent, type SettleRequest } from './learners-table.component';
import { MissedQuestionsComponent } from './missed-questions.component';

/**
 * One course's learners for its trainers and partner admins: the figures, the learners table
 * (by cohort if chosen), the questions learners miss, and the CSV export.
 */
@Component({
  selector: 'academy-course-report-page',
  imports: [
    RouterLink,
    TranslatePipe,
    FormAlertComponent,
    LearnersTableComponent,
    MissedQuestionsComponent,
  ],
  providers: [CourseReportStore],
  templateUrl: './course-report.page.html',
  styles: `
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin: 1rem 0;
    }
    .figures > div {
      flex: 1 1 12rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0.25rem 0 0;
      font-size: 1.5rem;
      font-weight: 600;
      color: var(--mat-sys-primary);
    }
    meter {
      display: block;
      width: 100%;
      height: 1rem;
      margin-block-start: 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseReportPage {
  readonly store = inject(CourseReportStore);
  private readonly i18n = inject(TranslationService);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly territories = inject(TerritoriesStore);
  private readonly auth = inject(AuthStore);

  readonly error = messageSlot();
  readonly done = messageSlot();
  readonly downloading = signal(false);
  /** `enrolmentId:lessonId` of the assignment being settled. */
  readonly settling = signal<string | null>(null);

  readonly courseId = toSignal(
    this.route.paramMap.pipe(map((params) => params.get('courseId') ?? '')),
    { requireSync: true },
  );
  readonly cohortParam = toSignal(
    this.route.queryParamMap.pipe(map((params) => params.get('cohort') || null)),
    { requireSync: true },
  );

  /** A partner admin's territories by name, for the note on whose learners they see. */
  readonly scopeTerritories = computed(() => {
    const scope = this.store.report()?.scope;
    if (!scope || scope.all) return '';
    const known = this.territories.territories();
    const roles = this.auth.user()?.roles ?? [];
    return scope.territories
      .map(
        (id) =>
          known.find((t) => t.id === id)?.name ??
          roles.find((r) => r.territoryId === id)?.territoryName ??
          id,
      )
      .join(', ');
  });

  /** "Learners shown: 12", said again whenever the cohort changes. */
  readonly shown = computed(() => {
    const report = this.store.report();
    if (!report) return '';
    const cohort = this.store.cohort();
    return cohort
      ? this.i18n.t('teaching.report.shownCohort', {
          count: report.learners.length,
          cohort: cohort.name,
        })
      : this.i18n.t('teaching.report.shown', { count: report.learners.length });
  });

  constructor() {
    effect(() => {
      const courseId = this.courseId();
      const cohortId = this.cohortParam();
      untracked(() => void this.store.load(courseId, cohortId));
    });
    // The route's title is generic; the course's own title is what a tab or bookmark should say.
    effect(() => {
      const app = this.i18n.t('app.name');
      const report = this.store.report();
      const page = this.i18n.t('teaching.report.title');
      if (report) this.title.setTitle(`${page} · ${report.course.title} · ${app}`);
      else if (this.store.forbidden())
        this.title.setTitle(`${this.i18n.t('page.forbidden')} · ${app}`);
      else if (this.store.notFound())
        this.title.setTitle(`${this.i18n.t('teaching.report.notFound')} · ${app}`);
    });
  }

  /** A cohort chosen in the filter: the address says it, so the view can be bookmarked or shared. */
  chooseCohort(event: Event): void {
    const cohort = (event.target as HTMLSelectElement).value || null;
    this.done.set(null);
    this.error.set(null);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { cohort },
      replaceUrl: true,
      // Only the filter changed: keep the scroll position (and the focus, in the select).
      scroll: 'manual',
    });
  }

  async downloadCsv(): Promise<void> {
    const report = this.store.report();
    if (!report || this.downloading()) return;
    this.downloading.set(true);
    this.error.set(null);
    this.done.set(null);
    try {
      const fileName = reportFileName(report.course.title, this.store.cohort()?.name);
      saveBlob(await this.store.csv(), fileName);
      this.done.set({ key: 'teaching.report.downloaded', params: { file: fileName } });
    } catch (e) {
      this.error.set(teachingErrorMessage(toApiError(e)));
    } finally {
      this.downloading.set(false);
    }
  }

  /** "Mark complete": settles an assignment without the usual reviews, once confirmed. */
  async settle({ row, assignment }: SettleRequest): Promise<void> {
    if (this.settling()) return;
    const params = { assignment: assignment.title, name: row.displayName };
    if (!confirm(this.i18n.t('teaching.override.confirm', params))) return;
    this.settling.set(`${row.enrolmentId}:${assignment.lessonId}`);
    this.error.set(null);
    this.done.set(null);
    try {
      await this.store.override(row, assignment.lessonId);
      this.done.set({ key: 'teaching.override.done', params });
      // The button is gone: focus goes to the assignment's new status in the same cell.
      this.focus(`assignment-${row.enrolmentId}-${assignment.lessonId}`);
    } catch (e) {
      this.error.set(teachingErrorMessage(toApiError(e)));
    } finally {
      this.settling.set(null);
    }
  }

  retry(): void {
    void this.store.reload();
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
