import type { CourseDocument, Lesson, Question } from '@academy/shared/contracts';

// The course as GET /api/learning/enrolments/:id/course sends it: the catalogue's
// learner-safe projection of the version the learner follows (libs/api/catalog, projection/
// public-course.ts). The catalogue's own page (CourseDetail) only lists lesson titles; the
// player needs the content, so the projection is spelled out here from the shared types.

/** A question without which options are correct or any feedback (revealed after a submission). */
export type PublicQuestion = Omit<Question, 'options' | 'feedback'> & {
  options: { id: string; text: string }[];
};

type Base<L> = Omit<L, 'body' | 'transcript' | 'description' | 'prompt' | 'questions'>;

export type PublicArticleLesson = Base<Extract<Lesson, { kind: 'article' }>> & { bodyHtml: string };
export type PublicVideoLesson = Base<Extract<Lesson, { kind: 'video' }>> & {
  transcriptHtml: string;
};
export type PublicResourceLesson = Base<Extract<Lesson, { kind: 'resource' }>> & {
  descriptionHtml: string | null;
};
export type PublicQuizLesson = Base<Extract<Lesson, { kind: 'quiz' }>> & {
  questions: PublicQuestion[];
};
export type PublicAssignmentLesson = Base<Extract<Lesson, { kind: 'assignment' }>> & {
  promptHtml: string;
};

/** HTML fields are sanitised by the server. */
export type PublicLesson =
  | PublicArticleLesson
  | PublicVideoLesson
  | PublicResourceLesson
  | PublicQuizLesson
  | PublicAssignmentLesson;

export interface PublicModule {
  id: string;
  title: string;
  summary?: string;
  lessons: PublicLesson[];
}

export type PublicCourse = Omit<CourseDocument, 'description' | 'modules'> & {
  descriptionHtml: string;
  modules: PublicModule[];
};

export type PublicRubric = PublicAssignmentLesson['rubric'];
