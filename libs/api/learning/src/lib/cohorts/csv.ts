import { parseCsv } from '@academy/shared/contracts';

export interface CsvRow {
  /** 1-based line of the file, as a spreadsheet shows it. */
  row: number;
  email: string;
  name: string | null;
}

/**
 * The rows of a cohort file: an email column and an optional name column, with or without a
 * header row (a header is recognised by a cell reading "email"). Blank lines are skipped.
 */
export function cohortRows(text: string): CsvRow[] {
  const records = parseCsv(text.replace(/^\uFEFF/, ''));
  const header = records[0]?.map((c) => c.trim().toLowerCase()) ?? [];
  const hasHeader = header.some((c) => c === 'email' || c === 'e-mail');
  const emailAt = hasHeader ? header.findIndex((c) => c === 'email' || c === 'e-mail') : 0;
  const nameAt = hasHeader ? header.findIndex((c) => c === 'name' || c === 'display name' || c === 'full name') : 1;
  return records
    .map((cells, i) => ({ cells, row: i + 1 }))
    .slice(hasHeader ? 1 : 0)
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
    .map(({ cells, row }) => ({
      row,
      email: (cells[emailAt] ?? '').trim(),
      name: nameAt >= 0 && cells[nameAt]?.trim() ? (cells[nameAt] as string).trim().slice(0, 100) : null,
    }));
}
