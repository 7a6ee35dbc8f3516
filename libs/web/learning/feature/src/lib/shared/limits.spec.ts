import { commentProblem, submissionProblem } from './limits';

describe('what learners write', () => {
  it('needs a submission of at least 20 characters, not counting outer spaces', () => {
    expect(submissionProblem('   ')).toEqual({ key: 'validation.required' });
    expect(submissionProblem(`  ${'a'.repeat(19)}  `)).toEqual({
      key: 'validation.minlength',
      params: { min: 20 },
    });
    expect(submissionProblem('a'.repeat(20))).toBeNull();
  });

  it('needs a review comment of at least 10 characters', () => {
    expect(commentProblem('')).toEqual({ key: 'learning.review.commentRequired' });
    expect(commentProblem('Good work')).toEqual({
      key: 'validation.minlength',
      params: { min: 10 },
    });
    expect(commentProblem('Clear plan.')).toBeNull();
  });
});
