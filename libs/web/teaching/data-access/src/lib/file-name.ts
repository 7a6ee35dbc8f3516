/**
 * A file-name-safe version of a title: lower case ASCII letters and digits joined by dashes
 * ("Économie sociale: 101" → "economie-sociale-101"), at most `max` characters.
 */
export function fileSlug(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '');
}

/** The learners CSV named after the course (and the cohort when filtered): `<course>-learners[-<cohort>].csv`. */
export function reportFileName(courseTitle: string, cohortName?: string | null): string {
  const course = fileSlug(courseTitle) || 'course';
  const cohort = cohortName ? fileSlug(cohortName, 40) : '';
  return `${course}-learners${cohort ? `-${cohort}` : ''}.csv`;
}
