import type { Rubric } from '@academy/shared/contracts';
import { commentProblem, criteriaInErrors, scoreLines } from './rubric-review';

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
