import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@academy/shared/contracts';

export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language };

/** Each language named in itself, so a reader finds their own language whatever is active. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  it: 'Italiano',
  pt: 'Português',
  es: 'Español',
  fr: 'Français',
};

export const LANGUAGE_STORAGE_KEY = 'academy.language';

/** The stored choice first, then the browser's preferred languages, then English. */
export function detectLanguage(
  stored: string | null,
  browserLanguages: readonly string[],
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
