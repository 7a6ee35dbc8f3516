import {
  chosenLevel,
  cleanScores,
  isRubricComplete,
  missingCriteria,
  rubricPoints,
} from './rubric';
import { rubric } from './testing-fixtures';

describe('rubric', () => {
  it('lists the criteria without a valid level', () => {
    expect(missingCriteria(rubric, {})).toEqual(['c1', 'c2']);
    expect(missingCriteria(rubric, { c1: 'c1-high', c2: 'c1-low' })).toEqual(['c2']);
    expect(isRubricComplete(rubric, { c1: 'c1-high' })).toBe(false);
    expect(isRubricComplete(rubric, { c1: 'c1-high', c2: 'c2-mid' })).toBe(true);
  });

  it('adds the points chosen out of the best level of each criterion', () => {
    expect(rubricPoints(rubric, {})).toEqual({ points: 0, maxPoints: 10 });
    expect(rubricPoints(rubric, { c1: 'c1-high', c2: 'c2-mid' })).toEqual({
      points: 7,
      maxPoints: 10,
    });
  });

  it('finds the chosen level and drops what is not the rubric’s', () => {
    expect(chosenLevel(rubric.criteria[1], { c2: 'c2-high' })?.title).toBe('Measured');
    expect(chosenLevel(rubric.criteria[1], null)).toBeNull();
    expect(cleanScores(rubric, { c1: 'c1-low', c2: 'nope', c9: 'x' })).toEqual({ c1: 'c1-low' });
  });
});
