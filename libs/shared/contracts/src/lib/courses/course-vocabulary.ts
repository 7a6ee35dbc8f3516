// The words of the course format that every side uses at run time (the web app included).
// Kept apart from the zod schema (course-document.ts) so importing them does not bundle zod.
export const COURSE_LEVELS = ['introductory', 'intermediate', 'advanced'] as const;
export const COURSE_THEMES = [
  'social_economy_basics',
  'governance_mutuality',
  'green_transition',
  'digital_transition',
  'finance_funding',
  'impact_measurement',
  'inclusion_employment',
] as const;
export const LESSON_KINDS = ['article', 'video', 'resource', 'quiz', 'assignment'] as const;
export const COURSE_DOCUMENT_VERSION = 1;

export type CourseLevel = (typeof COURSE_LEVELS)[number];
export type CourseTheme = (typeof COURSE_THEMES)[number];
export type LessonKind = (typeof LESSON_KINDS)[number];
