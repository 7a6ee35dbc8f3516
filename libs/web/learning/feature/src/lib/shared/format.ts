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

/** "1.3 MB": a file's size for a download link, in decimal units from kilobytes up. */
export function fileSize(bytes: number, language: Language): string {
  const units = ['kilobyte', 'megabyte', 'gigabyte'] as const;
  // "0.1 kB" rather than "45 byte": a unit whose name reads well in every language.
  let value = Math.max(bytes / 1000, 0.1);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
