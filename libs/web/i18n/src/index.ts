export * from './lib/languages';
export * from './lib/interpolate';
export * from './lib/translation.service';
export * from './lib/translate.pipe';
export * from './lib/translated-title.strategy';
export type { Dictionary, TranslationKey } from './lib/dictionaries/en';
export {
  audienceKey,
  frameworkName,
  languageKey,
  lessonKindKey,
  levelKey,
  themeKey,
} from './lib/vocabulary-keys';
