import type { CohortImportReport, CohortRowRejection } from '@academy/shared/contracts';

/** The API refuses cohort files above 1 MB (413). */
export const MAX_COHORT_FILE_BYTES = 1_048_576;

export interface ImportSummary {
  enrolled: number;
  invited: number;
  rejected: number;
  /** Rows read from the file. */
  rows: number;
}

/** "Enrolled: 12 · invited: 3 · rejected: 2": the counts of a cohort file's report. */
export function importSummary(report: CohortImportReport): ImportSummary {
  const enrolled = report.accepted.filter((r) => r.outcome === 'enrolled').length;
  const invited = report.accepted.filter((r) => r.outcome === 'invited').length;
  return {
    enrolled,
    invited,
    rejected: report.rejected.length,
    rows: report.accepted.length + report.rejected.length,
  };
}

/**
 * Rows that changed nothing because their person is already in: what a second upload of the
 * same file reports. Told apart from real problems (a bad address, someone else's territory).
 */
export function alreadyInCount(report: CohortImportReport): number {
  const already: readonly CohortRowRejection[] = [
    'already_enrolled',
    'already_invited',
    'duplicate',
  ];
  return report.rejected.filter((r) => already.includes(r.reason)).length;
}

/** What is wrong with a chosen file before it is sent, if anything. */
export function cohortFileProblem(file: File | null | undefined): 'required' | 'tooLarge' | null {
  if (!file) return 'required';
  return file.size > MAX_COHORT_FILE_BYTES ? 'tooLarge' : null;
}
