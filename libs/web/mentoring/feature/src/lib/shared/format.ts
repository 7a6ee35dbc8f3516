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

/** "Monday 4 May 2026, 14:30 CEST": a session's start on the reader's clock, with its zone. */
export function sessionTime(iso: string, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** "4 May 2026": a moment's day, in the reader's language. */
export function longDate(iso: string, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone }).format(
    new Date(iso),
  );
}

/** "1 March 2026": a calendar day as the API sends it (YYYY-MM-DD), whatever the time zone. */
export function calendarDate(day: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** "Italian, French and English": names joined as the reader's language joins them. */
export function listOf(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { type: 'conjunction' }).format(items);
}

/** The reader's time zone, to say which clock a date-time field uses ("Europe/Rome"). */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A meeting place that is a web address can be opened as a link. */
export function isWebAddress(where: string): boolean {
  return /^https:\/\/[^\s]+$/i.test(where.trim());
}
