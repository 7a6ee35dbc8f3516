import type { Question } from '@academy/shared/contracts';
import {
  changeQuestionType,
  moveItem,
  newDocument,
  newLesson,
  toggleCorrect,
} from './document-factory';
import { candidateIds, fieldId } from './document-paths';

describe('document factory', () => {
  it('gives every new part its own UUID', () => {
    const doc = newDocument('it');
    const quiz = newLesson('quiz');
    expect(doc.language).toBe('it');
    expect(doc.modules[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(quiz.kind === 'quiz' && quiz.questions[0].options.map((o) => o.id)).toHaveLength(2);
    expect(newLesson('article').id).not.toBe(newLesson('article').id);
  });

  it('moves items without changing the original list', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, 3)).toEqual(['a', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('keeps exactly one correct option for single-answer questions', () => {
    const quiz = newLesson('quiz');
    if (quiz.kind !== 'quiz') throw new Error('not a quiz');
    let q: Question = { ...quiz.questions[0], type: 'multiple' };
    q = toggleCorrect(q, q.options[1].id, true);
    expect(q.options.filter((o) => o.correct)).toHaveLength(2);
    const single = changeQuestionType(q, 'single');
    expect(single.options.map((o) => o.correct)).toEqual([true, false]);
    expect(toggleCorrect(single, single.options[1].id, true).options.map((o) => o.correct)).toEqual(
      [false, true],
    );
  });
});

describe('document paths', () => {
  it('maps an error path to field ids, closest first', () => {
    expect(fieldId('modules.0.lessons.2.url')).toBe('doc-modules-0-lessons-2-url');
    const ids = candidateIds('modules.0.lessons.1.questions.0.options');
    expect(ids[0]).toBe('doc-modules-0-lessons-1-questions-0-options');
    expect(ids).toContain('doc-modules-0-lessons-1-questions-0-prompt');
    expect(ids).toContain('doc-modules-0-lessons-1-title');
  });
});
