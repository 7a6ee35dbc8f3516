import type { Language } from '@academy/web/i18n';

// The European variants, like the rest of the academy: its learners are in Europe.
const LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  it: 'it',
  pt: 'pt-PT',
  es: 'es',
  fr: 'fr',
};

/** "12 March 2026" in the UI language (the learner's own, not the course's). */
export function longDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(new Date(iso));
}
