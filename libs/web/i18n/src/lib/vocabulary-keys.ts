import type {
  CourseLevel,
  CourseTheme,
  Language,
  LearnerProfile,
  LessonKind,
} from '@academy/shared/contracts';
import type { TranslationKey } from './dictionaries/en';

// Translation keys of the shared vocabularies; `satisfies` makes the compiler check that every
// value of each vocabulary has a key in the dictionaries.
export const levelKey = (level: CourseLevel) => `level.${level}` satisfies TranslationKey;
export const themeKey = (theme: CourseTheme) => `theme.${theme}` satisfies TranslationKey;
export const audienceKey = (audience: LearnerProfile) =>
  `learnerProfile.${audience}` satisfies TranslationKey;
export const languageKey = (language: Language) => `language.${language}` satisfies TranslationKey;
export const lessonKindKey = (kind: LessonKind) => `lessonKind.${kind}` satisfies TranslationKey;

const FRAMEWORK_NAMES: Readonly<Record<string, string>> = {
  entrecomp: 'EntreComp',
  digcomp: 'DigComp',
  greencomp: 'GreenComp',
};

/** Framework names are proper names: the same in every language. */
export function frameworkName(code: string): string {
  return FRAMEWORK_NAMES[code.toLowerCase()] ?? code;
}
