import type { Rubric } from '@academy/shared/contracts';
import {
  chosenLevel,
  cleanScores,
  commentProblem,
  criteriaInErrors,
  missingCriteria,
  reviewPoints,
  scoreLines,
} from './rubric-review';

const rubric: Rubric = {
  criteria: [
    {
      id: 'clarity',
      title: 'Clarity',
      levels: [
        { id: 'unclear', title: 'Unclear', points: 0 },
        { id: 'clear', title: 'Clear', points: 3 },
      ],
    },
    {
      id: 'fit',
      title: 'Fit',
      levels: [
        { id: 'poor', title: 'Poor', points: 1 },
        { id: 'good', title: 'Good', points: 2 },
      ],
    },
  ],
};

describe('a trainer’s review with the rubric', () => {
  it('knows only the levels of each criterion', () => {
    expect(chosenLevel(rubric.criteria[0]!, { clarity: 'clear' })?.title).toBe('Clear');
    // A level of another criterion is no level of this one.
    expect(chosenLevel(rubric.criteria[0]!, { clarity: 'good' })).toBeNull();
    expect(chosenLevel(rubric.criteria[0]!, null)).toBeNull();
  });

  it('lists the criteria still without a level, in the rubric’s order', () => {
    expect(missingCriteria(rubric, {})).toEqual(['clarity', 'fit']);
    expect(missingCriteria(rubric, { fit: 'good', clarity: 'poor' })).toEqual(['clarity']);
    expect(missingCriteria(rubric, { fit: 'good', clarity: 'clear' })).toEqual([]);
  });

  it('adds up the points chosen, out of the best level of every criterion', () => {
    expect(reviewPoints(rubric, {})).toEqual({ points: 0, maxPoints: 5 });
    expect(reviewPoints(rubric, { clarity: 'clear', fit: 'poor' })).toEqual({
      points: 4,
      maxPoints: 5,
    });
  });

  it('sends only the rubric’s own criteria and levels', () => {
    expect(cleanScores(rubric, { clarity: 'clear', fit: 'nope', other: 'x' })).toEqual({
      clarity: 'clear',
    });
  });

  it('asks for a comment of at least ten characters, spaces around it not counted', () => {
    expect(commentProblem('   ')).toBe('required');
    expect(commentProblem('  too short ')).toBe('tooShort');
    expect(commentProblem('Clear and concrete.')).toBeNull();
  });

  it('reads a review as criterion, level and points lines', () => {
    expect(scoreLines(rubric, { fit: 'good', clarity: 'unclear', gone: 'x' })).toEqual([
      { criterionId: 'clarity', criterion: 'Clarity', level: 'Unclear', points: 0 },
      { criterionId: 'fit', criterion: 'Fit', level: 'Good', points: 2 },
    ]);
  });

  it('finds the criteria the API refused', () => {
    expect(
      criteriaInErrors([{ field: 'comment' }, { field: 'scores.fit' }, { field: 'scores' }]),
    ).toEqual(['fit']);
  });
});
