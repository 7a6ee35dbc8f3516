import type { Language } from '@academy/web/i18n';

// The European variants, like the rest of the academy: its learners are in Europe.
const LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  it: 'it',
  pt: 'pt-PT',
  es: 'es',
  fr: 'fr',
};

/**
 * "1.3 MB": a file's size for a download link, in decimal units from kilobytes up. Here (not
 * in a page) because every page that offers a learner's file names its size: the course
 * player and the trainer's review.
 */
export function fileSize(
  bytes: number,
  language: Language,
  /** 'floor' for a limit: "up to 20.9 MB" must not promise the 20.97 MB it cannot take. */
  rounding: 'halfExpand' | 'floor' = 'halfExpand',
): string {
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
    roundingMode: rounding,
  }).format(value);
}
