import { fileSlug, reportFileName } from './file-name';

describe('the learners CSV file name', () => {
  it('is named after the course', () => {
    expect(reportFileName('Social Enterprise Basics')).toBe(
      'social-enterprise-basics-learners.csv',
    );
  });

  it('adds the cohort when the report is filtered', () => {
    expect(reportFileName('Social Enterprise Basics', 'Spring 2026 – Pordenone')).toBe(
      'social-enterprise-basics-learners-spring-2026-pordenone.csv',
    );
  });

  it('keeps letters without their accents and drops what a file name cannot hold', () => {
    expect(fileSlug('Économie sociale: l’essentiel / 101')).toBe(
      'economie-sociale-l-essentiel-101',
    );
    expect(fileSlug('Gestão de cooperativas')).toBe('gestao-de-cooperativas');
    expect(reportFileName('«»?*')).toBe('course-learners.csv');
  });

  it('shortens long titles without leaving a dash at the end', () => {
    const slug = fileSlug(`${'a'.repeat(59)} b c`);
    expect(slug).toBe('a'.repeat(59));
    expect(fileSlug('x'.repeat(100)).length).toBe(60);
  });
});
