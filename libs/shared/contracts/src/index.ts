export * from './lib/languages';
export * from './lib/roles';
export * from './lib/queues';
export * from './lib/errors';
export * from './lib/courses/course-vocabulary';
export type { LessonRef, OpenStatus, VersionChanges } from './lib/courses/version-changes';
// Types only: the validating schema is the secondary entry '@academy/shared/contracts/course-format'.
export type {
  CompetenceTag,
  CourseDocument,
  CourseDocumentInput,
  CourseModule,
  DocumentProblem,
  Lesson,
  Question,
  QuizLesson,
  Rubric,
} from './lib/courses/course-document';
export * from './lib/csv/csv';
export * from './lib/learning/learning';
export * from './lib/learning/rubric-scoring';
export * from './lib/mentoring/mentoring';
