import type {
  AssignmentState,
  AssignmentView,
  CourseReport,
  LearnerReportRow,
  QuestionStats,
} from '@academy/shared/contracts';
import type { AssignmentStatus, LearnerSort } from './teaching.models';

/** Reviews a learner gives and receives before an assignment is complete (the API's rule). */
export const REVIEWS_PER_LEARNER = 2;

type LearnerAssignment = LearnerReportRow['assignments'][string];

/**
 * "Questions learners miss": the lowest share of right first attempts first. Questions nobody
 * has answered yet go last (they say nothing yet); between equal rates, the one more learners
 * answered first (its rate says more); otherwise the quiz's own order.
 */
export function questionsMostMissed(questions: readonly QuestionStats[]): QuestionStats[] {
  return questions
    .map((question, index) => ({ question, index }))
    .sort((a, b) => {
      const ra = a.question.correctRate;
      const rb = b.question.correctRate;
      if (ra === null || rb === null) {
        if (ra !== rb) return ra === null ? 1 : -1;
      } else if (ra !== rb) return ra - rb;
      return b.question.answered - a.question.answered || a.index - b.index;
    })
    .map(({ question }) => question);
}

/**
 * The learners in the order asked. Learners who have not completed the course stay last when
 * sorting by completion date, whichever the direction; ties go by name, A to Z.
 */
export function sortLearners(
  rows: readonly LearnerReportRow[],
  sort: LearnerSort,
  locale: string,
): LearnerReportRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: LearnerReportRow, b: LearnerReportRow) =>
    collator.compare(a.displayName, b.displayName) || collator.compare(a.email, b.email);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const time = (iso: string) => new Date(iso).getTime();

  const compare = (a: LearnerReportRow, b: LearnerReportRow): number => {
    switch (sort.key) {
      case 'name':
        return sign * byName(a, b);
      case 'progress':
        return (
          sign * (a.progress.percent - b.progress.percent || a.progress.done - b.progress.done)
        );
      case 'lastActivity':
        return sign * (time(a.lastActivityAt) - time(b.lastActivityAt));
      case 'completed':
        if (!a.completedAt || !b.completedAt)
          return (a.completedAt ? 0 : 1) - (b.completedAt ? 0 : 1);
        return sign * (time(a.completedAt) - time(b.completedAt));
    }
  };
  return [...rows].sort((a, b) => compare(a, b) || byName(a, b));
}

/** The opposite direction for the column already sorted; a new column starts ascending. */
export function nextSort(current: LearnerSort, key: LearnerSort['key']): LearnerSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export function assignmentStatus(state: AssignmentState | undefined): AssignmentStatus {
  if (state?.complete) return 'complete';
  return state?.submitted ? 'in_review' : 'not_submitted';
}

/** A trainer can settle work that was submitted and is not complete yet. */
export function canOverride(
  state: LearnerAssignment | undefined,
): state is LearnerAssignment & { submissionId: string } {
  return !!state && state.submitted && !state.complete && !!state.submissionId;
}

/** The report with one learner's assignment as the API now sees it (after an override). */
export function applyAssignmentView(
  report: CourseReport,
  enrolmentId: string,
  view: AssignmentView,
): CourseReport {
  return {
    ...report,
    learners: report.learners.map((row) => {
      if (row.enrolmentId !== enrolmentId) return row;
      const before = row.assignments[view.lessonId];
      return {
        ...row,
        assignments: {
          ...row.assignments,
          [view.lessonId]: {
            ...view.state,
            submissionId: view.submission?.id ?? before?.submissionId ?? null,
          },
        },
      };
    }),
  };
}

/** The learners whose work on an assignment waits for a trainer's decision or more reviews. */
export function awaitingCount(report: CourseReport, lessonId: string): number {
  return report.learners.filter((row) => canOverride(row.assignments[lessonId])).length;
}
