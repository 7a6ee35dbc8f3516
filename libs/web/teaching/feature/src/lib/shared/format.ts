import type { Language } from '@academy/web/i18n';

// The European variants, like the rest of the academy.
const LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  it: 'it',
  pt: 'pt-PT',
  es: 'es',
  fr: 'fr',
};

export const localeOf = (language: Language) => LOCALES[language];

/** "12 Mar 2026": a moment (an ISO timestamp) in a table cell, in the reader's language. */
export function shortDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(new Date(iso));
}

/**
 * "1 March 2026": a calendar day as the API sends it (YYYY-MM-DD). Read as a UTC day, so no
 * time zone moves it to the day before.
 */
export function calendarDate(day: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
