import { cohortRows } from './csv';

describe('cohort CSV', () => {
  it('reads emails and names with a header in any column order, numbering rows as a spreadsheet does', () => {
    expect(cohortRows('\uFEFFName;Email\nAna Lima;ana@example.org\n\n;bo@example.org\n')).toEqual([
      { row: 2, email: 'ana@example.org', name: 'Ana Lima' },
      { row: 4, email: 'bo@example.org', name: null },
    ]);
  });

  it('reads a file without a header as email, name', () => {
    expect(cohortRows('ana@example.org, Ana\nnot-an-email')).toEqual([
      { row: 1, email: 'ana@example.org', name: 'Ana' },
      { row: 2, email: 'not-an-email', name: null },
    ]);
  });
});
