import type { CourseDocument, Lesson, Question } from '@academy/shared/contracts';
import { renderMarkdown } from './markdown';

/**
 * A course as a learner may see it before answering anything: Markdown rendered to sanitised
 * HTML, and quizzes without which options are correct or any feedback (both would give the
 * answers away; the learning context reveals feedback after a submission).
 */
export type PublicQuestion = Omit<Question, 'options' | 'feedback'> & {
  options: { id: string; text: string }[];
};

type Base<L> = Omit<L, 'body' | 'transcript' | 'description' | 'prompt' | 'questions'>;
export type PublicLesson =
  | (Base<Extract<Lesson, { kind: 'article' }>> & { bodyHtml: string })
  | (Base<Extract<Lesson, { kind: 'video' }>> & { transcriptHtml: string })
  | (Base<Extract<Lesson, { kind: 'resource' }>> & { descriptionHtml: string | null })
  | (Base<Extract<Lesson, { kind: 'quiz' }>> & { questions: PublicQuestion[] })
  | (Base<Extract<Lesson, { kind: 'assignment' }>> & { promptHtml: string });

export type PublicCourse = Omit<CourseDocument, 'description' | 'modules'> & {
  descriptionHtml: string;
  modules: { id: string; title: string; summary?: string; lessons: PublicLesson[] }[];
};

const publicQuestion = ({ id, type, prompt, options }: Question): PublicQuestion => ({
  id,
  type,
  prompt,
  options: options.map((o) => ({ id: o.id, text: o.text })),
});

function publicLesson(lesson: Lesson): PublicLesson {
  switch (lesson.kind) {
    case 'article': {
      const { body, ...rest } = lesson;
      return { ...rest, bodyHtml: renderMarkdown(body) };
    }
    case 'video': {
      const { transcript, ...rest } = lesson;
      return { ...rest, transcriptHtml: renderMarkdown(transcript) };
    }
    case 'resource': {
      const { description, ...rest } = lesson;
      return { ...rest, descriptionHtml: description ? renderMarkdown(description) : null };
    }
    case 'quiz': {
      const { questions, ...rest } = lesson;
      return { ...rest, questions: questions.map(publicQuestion) };
    }
    case 'assignment': {
      const { prompt, ...rest } = lesson;
      return { ...rest, promptHtml: renderMarkdown(prompt) };
    }
  }
}

/** The learner-safe projection of a course document, for the catalogue and the course player. */
export function toPublicCourse(document: CourseDocument): PublicCourse {
  const { description, modules, ...rest } = document;
  return {
    ...rest,
    descriptionHtml: renderMarkdown(description),
    modules: modules.map((m) => ({
      id: m.id,
      title: m.title,
      summary: m.summary,
      lessons: m.lessons.map(publicLesson),
    })),
  };
}
