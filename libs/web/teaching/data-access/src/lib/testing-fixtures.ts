import type { CourseReport, LearnerReportRow } from '@academy/shared/contracts';

// Small, readable fixtures for the specs (not exported from the library).

export function learner(
  overrides: Partial<LearnerReportRow> & { displayName: string },
): LearnerReportRow {
  return {
    enrolmentId: `e-${overrides.displayName.toLowerCase()}`,
    email: `${overrides.displayName.toLowerCase()}@example.org`,
    territoryId: 't1',
    cohort: null,
    status: 'active',
    progress: { done: 0, total: 4, percent: 0 },
    enrolledAt: '2026-02-01T09:00:00.000Z',
    lastActivityAt: '2026-02-01T09:00:00.000Z',
    completedAt: null,
    quizScores: {},
    assignments: {},
    ...overrides,
  };
}

export function courseReport(learners: LearnerReportRow[]): CourseReport {
  return {
    course: { id: 'c1', title: 'Social enterprise basics' },
    scope: { all: true },
    cohorts: [],
    learners,
    enrolled: learners.length,
    completed: learners.filter((l) => l.status === 'completed').length,
    completionRate: 0,
    quizzes: [],
    assignments: [{ lessonId: 'a1', title: 'Your business plan' }],
  };
}
