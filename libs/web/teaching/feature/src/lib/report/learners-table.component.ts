import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CourseReport, LearnerReportRow } from '@academy/shared/contracts';
import { TranslatePipe, TranslationService } from '@academy/web/i18n';
import { messageSlot } from '@academy/web/shared/ui';
import {
  assignmentStatus,
  canOverride,
  type LearnerSort,
  type LearnerSortKey,
  nextSort,
  REVIEWS_PER_LEARNER,
  sortLearners,
} from '@academy/web/teaching/data-access';
import { localeOf, shortDate } from '../shared/format';
import { assignmentStatusKey, enrolmentStatusKey, sortColumnKey } from '../shared/labels';

export interface SettleRequest {
  row: LearnerReportRow;
  assignment: CourseReport['assignments'][number];
}

/**
 * The learners of a report as a data table: one row per learner (their name is the row's
 * header), sortable by the columns whose header is a button (state in `aria-sort`, change
 * announced), scrolling sideways on small screens inside a focusable, labelled region.
 */
@Component({
  selector: 'academy-learners-table',
  imports: [RouterLink, TranslatePipe],
  templateUrl: './learners-table.component.html',
  styles: `
    .sort {
      min-height: 44px;
      padding: 0;
      border: 0;
      background: none;
      color: var(--mat-sys-primary);
      font: inherit;
      font-weight: 600;
      text-align: start;
      cursor: pointer;
    }
    .bar {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-width: 9rem;
    }
    .bar__track {
      flex: 1;
      height: 0.625rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 5px;
      background: var(--mat-sys-surface-container-highest);
      overflow: hidden;
    }
    .bar__fill {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
    }
    .work-link {
      display: inline-flex;
      align-items: center;
      min-height: 36px;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LearnersTableComponent {
  readonly report = input.required<CourseReport>();
  readonly cohortName = input<string | null>(null);
  /** A new report is on its way. */
  readonly busy = input(false);
  /** `enrolmentId:lessonId` of the assignment being settled. */
  readonly settling = input<string | null>(null);
  readonly settle = output<SettleRequest>();

  private readonly i18n = inject(TranslationService);
  readonly sort = signal<LearnerSort>({ key: 'name', direction: 'ascending' });
  readonly sortNews = messageSlot();
  readonly reviewsNeeded = REVIEWS_PER_LEARNER;
  readonly enrolmentStatusKey = enrolmentStatusKey;
  readonly assignmentStatusKey = assignmentStatusKey;
  readonly assignmentStatus = assignmentStatus;
  readonly canOverride = canOverride;

  readonly rows = computed(() =>
    sortLearners(this.report().learners, this.sort(), localeOf(this.i18n.language())),
  );
  /** The cohort column says nothing when the course has no cohorts. */
  readonly showCohort = computed(() => this.report().cohorts.length > 0);

  sortBy(key: LearnerSortKey): void {
    const sort = nextSort(this.sort(), key);
    this.sort.set(sort);
    this.sortNews.set({
      key: `teaching.learners.sorted.${sort.direction}`,
      params: { column: this.i18n.t(sortColumnKey(key)) },
    });
  }

  ariaSort(key: LearnerSortKey): 'ascending' | 'descending' | null {
    const sort = this.sort();
    return sort.key === key ? sort.direction : null;
  }

  arrow(key: LearnerSortKey): string {
    const sort = this.sort();
    if (sort.key !== key) return '↕';
    return sort.direction === 'ascending' ? '↑' : '↓';
  }

  date(iso: string): string {
    return shortDate(iso, this.i18n.language());
  }

  progressText(row: LearnerReportRow): string {
    const { done, total, percent } = row.progress;
    return this.i18n.t('learning.progress.value', { done, total, percent });
  }
}
