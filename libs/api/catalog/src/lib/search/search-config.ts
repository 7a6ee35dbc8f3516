import type { Language } from '@academy/shared/contracts';

/** PostgreSQL's text search configuration (stemmer and stop words) for each course language. */
export const TEXT_SEARCH_CONFIG: Record<Language, string> = {
  en: 'english',
  it: 'italian',
  pt: 'portuguese',
  es: 'spanish',
  fr: 'french',
};
