/** The body of "create a cohort": dates as YYYY-MM-DD; territoryId for partner admins of several territories. */
export interface NewCohortRequest {
  name: string;
  startsOn?: string;
  endsOn?: string;
  territoryId?: string;
}

/** The learners table's sortable columns. */
export type LearnerSortKey = 'name' | 'progress' | 'lastActivity' | 'completed';
/** As `aria-sort` says it. */
export type SortDirection = 'ascending' | 'descending';

export interface LearnerSort {
  key: LearnerSortKey;
  direction: SortDirection;
}

/** Where a learner stands with one peer-reviewed assignment. */
export type AssignmentStatus = 'not_submitted' | 'in_review' | 'complete';

/** A territory a partner admin administers, as a cohort's home. */
export interface TerritoryChoice {
  id: string;
  name: string;
}
