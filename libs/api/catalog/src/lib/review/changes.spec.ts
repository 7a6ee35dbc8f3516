import type { CourseDocument } from '@academy/shared/contracts';
import { validateCourseDocument } from '@academy/shared/contracts/course-format';
import { sampleCourseDocument } from '../document/sample-course-document';
import { canonical, computeChanges } from './changes';

const parse = (input: unknown): CourseDocument => {
  const result = validateCourseDocument(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
};

describe('computeChanges', () => {
  it('lists added, removed and changed lessons by id', () => {
    const before = parse(sampleCourseDocument());
    const after = structuredClone(before);
    const [first, second] = after.modules;
    if (!first || !second) throw new Error('sample has two modules');
    const removed = first.lessons.splice(2, 1)[0];
    const article = first.lessons[0];
    if (article?.kind !== 'article' || !removed) throw new Error('sample starts with an article');
    article.body += '\n\nMore.';
    second.lessons.push({
      id: '00000000-0000-4000-8000-000000000099',
      kind: 'article',
      title: 'New',
      body: 'x',
      required: true,
      competences: [],
    });

    const changes = computeChanges(before, after, 1);
    expect(changes.previousVersion).toBe(1);
    expect(changes.added).toEqual([
      { id: '00000000-0000-4000-8000-000000000099', title: 'New', moduleId: second.id },
    ]);
    expect(changes.removed).toEqual([{ id: removed.id, title: removed.title, moduleId: first.id }]);
    expect(changes.changed).toEqual([{ id: article.id, title: article.title, moduleId: first.id }]);
    expect(changes.courseDetailsChanged).toBe(true); // the outline lost and gained a lesson
  });

  it('reports nothing for an equal document whose keys come in another order (as jsonb returns them)', () => {
    const before = parse(sampleCourseDocument());
    const reordered = JSON.parse(canonical(before)) as CourseDocument;
    expect(computeChanges(before, reordered, 3)).toEqual({
      previousVersion: 3,
      added: [],
      removed: [],
      changed: [],
      courseDetailsChanged: false,
    });
  });

  it('notices a change of the course details alone', () => {
    const before = parse(sampleCourseDocument());
    const after = { ...structuredClone(before), title: 'Cooperatives 102' };
    expect(computeChanges(before, after, 1)).toMatchObject({
      changed: [],
      courseDetailsChanged: true,
    });
  });
});
