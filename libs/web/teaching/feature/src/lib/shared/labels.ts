import type {
  CohortRowOutcome,
  CohortRowRejection,
  EnrolmentStatus,
} from '@academy/shared/contracts';
import type { TranslationKey } from '@academy/web/i18n';
import type { AssignmentStatus, LearnerSortKey } from '@academy/web/teaching/data-access';

/** Why a row of a cohort file was not added, in words a partner admin can act on. */
export const rejectionKey = (reason: CohortRowRejection) =>
  `teaching.import.reason.${reason}` satisfies TranslationKey;

/** What happened to an accepted row: enrolled at once, or invited by email. */
export const outcomeKey = (outcome: CohortRowOutcome) =>
  `teaching.import.outcome.${outcome}` satisfies TranslationKey;

export const enrolmentStatusKey = (status: EnrolmentStatus) =>
  `teaching.status.${status}` satisfies TranslationKey;

export const assignmentStatusKey = (status: AssignmentStatus) =>
  `teaching.assignment.${status}` satisfies TranslationKey;

/** The learners table's column names, also used to announce the sort. */
export const sortColumnKey = (key: LearnerSortKey) =>
  `teaching.learners.column.${key}` satisfies TranslationKey;
