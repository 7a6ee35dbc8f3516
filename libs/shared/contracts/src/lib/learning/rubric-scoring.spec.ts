import type { Rubric } from '../courses/course-document';
import {
  chosenLevel,
  cleanScores,
  isRubricComplete,
  missingCriteria,
  rubricMaxPoints,
  rubricPoints,
  rubricScore,
} from './rubric-scoring';

const level = (id: string, points: number) => ({ id, title: id.toUpperCase(), points });
const rubric: Rubric = {
  criteria: [
    { id: 'clarity', title: 'Clarity', levels: [level('unclear', 0), level('clear', 3)] },
    { id: 'fit', title: 'Fit', levels: [level('poor', 1), level('good', 2)] },
  ],
};

describe('rubric scoring', () => {
  it('knows only the levels of each criterion, keeping the caller’s level type', () => {
    expect(chosenLevel(rubric.criteria[0]!, { clarity: 'clear' })?.title).toBe('CLEAR');
    // A level of another criterion is no level of this one.
    expect(chosenLevel(rubric.criteria[0]!, { clarity: 'good' })).toBeNull();
    expect(chosenLevel(rubric.criteria[0]!, null)).toBeNull();
  });

  it('lists the criteria still without a valid level, in the rubric’s order', () => {
    expect(missingCriteria(rubric, {})).toEqual(['clarity', 'fit']);
    expect(missingCriteria(rubric, { fit: 'good', clarity: 'poor' })).toEqual(['clarity']);
    expect(missingCriteria(rubric, { fit: 'good', clarity: 'clear' })).toEqual([]);
    expect(isRubricComplete(rubric, { clarity: 'clear' })).toBe(false);
    expect(isRubricComplete(rubric, { clarity: 'clear', fit: 'poor' })).toBe(true);
  });

  it('adds up the points chosen, out of the best level of every criterion', () => {
    expect(rubricPoints(rubric, {})).toBe(0);
    expect(rubricPoints(rubric, { clarity: 'clear', fit: 'nope' })).toBe(3);
    expect(rubricMaxPoints(rubric)).toBe(5);
    expect(rubricScore(rubric, {})).toEqual({ points: 0, maxPoints: 5 });
    expect(rubricScore(rubric, { clarity: 'clear', fit: 'poor' })).toEqual({
      points: 4,
      maxPoints: 5,
    });
  });

  it('counts a criterion without levels as worth nothing', () => {
    expect(rubricMaxPoints({ criteria: [{ id: 'empty', levels: [] }] })).toBe(0);
  });

  it('keeps only the rubric’s own criteria and levels', () => {
    expect(cleanScores(rubric, { clarity: 'clear', fit: 'nope', other: 'x' })).toEqual({
      clarity: 'clear',
    });
  });
});
