import { AssignmentProblem, AssignmentResult } from './assignment-problem';
import { checkAssignment } from './verify-assignment';

const problem: AssignmentProblem = {
  menteeCount: 3,
  mentorCapacities: [1, 2],
  pairs: [
    { mentee: 0, mentor: 0, score: 10 },
    { mentee: 1, mentor: 0, score: 20 },
    { mentee: 1, mentor: 1, score: 30 },
    { mentee: 2, mentor: 1, score: 40 },
  ],
};

const result = (
  assignments: { mentee: number; mentor: number; score: number }[],
  extra: Partial<AssignmentResult> = {},
): AssignmentResult => ({
  assignments,
  matched: assignments.length,
  totalScore: assignments.reduce((sum, a) => sum + a.score, 0),
  ...extra,
});

const codes = (r: AssignmentResult) => checkAssignment(problem, r).violations.map((v) => v.code);

describe('checkAssignment', () => {
  it('accepts a valid assignment', () => {
    const check = checkAssignment(
      problem,
      result([
        { mentee: 0, mentor: 0, score: 10 },
        { mentee: 1, mentor: 1, score: 30 },
        { mentee: 2, mentor: 1, score: 40 },
      ]),
    );
    expect(check).toEqual({ valid: true, violations: [] });
  });

  it.each([
    ['invalid-mentee', [{ mentee: 3, mentor: 0, score: 10 }]],
    ['invalid-mentor', [{ mentee: 0, mentor: 2, score: 10 }]],
    ['infeasible-pair', [{ mentee: 0, mentor: 1, score: 10 }]],
    ['score-mismatch', [{ mentee: 0, mentor: 0, score: 11 }]],
  ])('reports %s', (code, assignments) => {
    expect(codes(result(assignments))).toEqual([code]);
  });

  it('reports a mentee assigned twice', () => {
    expect(
      codes(
        result([
          { mentee: 1, mentor: 0, score: 20 },
          { mentee: 1, mentor: 1, score: 30 },
        ]),
      ),
    ).toEqual(['mentee-assigned-twice']);
  });

  it('reports a mentor over capacity', () => {
    const check = checkAssignment(
      problem,
      result([
        { mentee: 0, mentor: 0, score: 10 },
        { mentee: 1, mentor: 0, score: 20 },
      ]),
    );
    expect(check.valid).toBe(false);
    expect(check.violations).toEqual([
      expect.objectContaining({ code: 'over-capacity', mentor: 0 }),
    ]);
  });

  it('reports totals that do not add up', () => {
    const assignments = [{ mentee: 2, mentor: 1, score: 40 }];
    expect(codes(result(assignments, { matched: 2 }))).toEqual(['matched-mismatch']);
    expect(codes(result(assignments, { totalScore: 41 }))).toEqual(['total-score-mismatch']);
  });
});
