import type { CourseDocument } from '@academy/shared/contracts';
import { nextLesson, optionalLessonIds, requiredLessonIds } from './course-outline';

const article = (id: string, required = true) => ({ id, kind: 'article' as const, title: `Lesson ${id}`, body: 'Text', required, competences: [] });

const doc = {
  modules: [
    { id: 'm1', title: 'One', lessons: [article('a'), article('b', false)] },
    { id: 'm2', title: 'Two', lessons: [article('c'), article('d')] },
  ],
} as unknown as CourseDocument; // only the modules matter here

describe('course outline', () => {
  it('counts only required lessons', () => {
    expect(requiredLessonIds(doc)).toEqual(['a', 'c', 'd']);
    expect(optionalLessonIds(doc)).toEqual(['b']);
  });

  it('continues at the last lesson opened while it is not done, then after it, then from the start', () => {
    expect(nextLesson(doc, new Set(), null)).toEqual({ id: 'a', title: 'Lesson a', moduleId: 'm1' });
    expect(nextLesson(doc, new Set(['a']), 'c')?.id).toBe('c');
    expect(nextLesson(doc, new Set(['a', 'c']), 'c')?.id).toBe('d');
    expect(nextLesson(doc, new Set(['c', 'd']), 'd')?.id).toBe('a');
    expect(nextLesson(doc, new Set(['a', 'b', 'c', 'd']), 'd')).toBeNull();
  });
});
