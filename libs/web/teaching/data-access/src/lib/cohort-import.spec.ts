import type { CohortImportReport } from '@academy/shared/contracts';
import {
  alreadyInCount,
  cohortFileProblem,
  importSummary,
  MAX_COHORT_FILE_BYTES,
} from './cohort-import';

const report: CohortImportReport = {
  cohortId: 'k1',
  accepted: [
    { row: 1, email: 'ana@example.org', outcome: 'enrolled' },
    { row: 2, email: 'bruno@example.org', outcome: 'invited' },
    { row: 4, email: 'chiara@example.org', outcome: 'enrolled' },
  ],
  rejected: [
    { row: 3, email: 'not-an-email', reason: 'bad_email' },
    { row: 5, email: 'ana@example.org', reason: 'duplicate' },
    { row: 6, email: 'dario@example.org', reason: 'already_enrolled' },
    { row: 7, email: 'eva@example.org', reason: 'other_territory' },
  ],
};

describe('a cohort file’s report', () => {
  it('counts the people enrolled, invited and the rows rejected', () => {
    expect(importSummary(report)).toEqual({ enrolled: 2, invited: 1, rejected: 4, rows: 7 });
    expect(importSummary({ cohortId: 'k1', accepted: [], rejected: [] })).toEqual({
      enrolled: 0,
      invited: 0,
      rejected: 0,
      rows: 0,
    });
  });

  it('tells rows already in the cohort from real problems', () => {
    expect(alreadyInCount(report)).toBe(2);
  });
});

describe('choosing a cohort file', () => {
  const file = (size: number) => ({ size }) as File;

  it('needs a file of at most 1 MB', () => {
    expect(cohortFileProblem(null)).toBe('required');
    expect(cohortFileProblem(undefined)).toBe('required');
    expect(cohortFileProblem(file(MAX_COHORT_FILE_BYTES))).toBeNull();
    expect(cohortFileProblem(file(MAX_COHORT_FILE_BYTES + 1))).toBe('tooLarge');
  });
});
