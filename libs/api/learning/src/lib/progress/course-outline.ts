import type { CourseDocument, Lesson, LessonPointer } from '@academy/shared/contracts';

/** The lessons of a version in reading order, with where each sits. */
export function lessonsInOrder(doc: CourseDocument): { lesson: Lesson; moduleId: string }[] {
  return doc.modules.flatMap((m) => m.lessons.map((lesson) => ({ lesson, moduleId: m.id })));
}

export function findLesson(doc: CourseDocument, lessonId: string): Lesson | undefined {
  return lessonsInOrder(doc).find(({ lesson }) => lesson.id === lessonId)?.lesson;
}

/** The lessons that count towards completion. */
export function requiredLessonIds(doc: CourseDocument): string[] {
  return lessonsInOrder(doc)
    .filter(({ lesson }) => lesson.required)
    .map(({ lesson }) => lesson.id);
}

/** The lessons that do not count towards completion. */
export function optionalLessonIds(doc: CourseDocument): string[] {
  return lessonsInOrder(doc)
    .filter(({ lesson }) => !lesson.required)
    .map(({ lesson }) => lesson.id);
}

/**
 * Where "continue" goes: the lesson opened last if it is not done yet; otherwise the first
 * lesson after it (then from the start) that is not done; null when every lesson is done.
 */
export function nextLesson(doc: CourseDocument, done: Set<string>, lastLessonId: string | null): LessonPointer | null {
  const lessons = lessonsInOrder(doc);
  const last = lessons.findIndex(({ lesson }) => lesson.id === lastLessonId);
  const ordered = last < 0 ? lessons : [...lessons.slice(last), ...lessons.slice(0, last)];
  const next = ordered.find(({ lesson }) => !done.has(lesson.id));
  return next ? { id: next.lesson.id, title: next.lesson.title, moduleId: next.moduleId } : null;
}
