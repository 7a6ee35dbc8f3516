import highsLoader, { Highs } from 'highs';
import { AssignmentProblem, AssignmentResult, MatchingObjective } from './assignment-problem';
import { solveGreedy } from './greedy-assignment';
import { solveOptimal } from './optimal-assignment';
import { checkAssignment } from './verify-assignment';
import { randomProblem } from '../testing/random-problem';
import { bruteForceOptimum, highsOptimum } from '../testing/reference-optimum';
import { createPrng } from '../testing/prng';

const OBJECTIVES: readonly MatchingObjective[] = ['max-matched', 'max-score'];

function expectValid(problem: AssignmentProblem, result: AssignmentResult): void {
  expect(checkAssignment(problem, result).violations).toEqual([]);
}

const summary = (result: AssignmentResult) => ({
  matched: result.matched,
  totalScore: result.totalScore,
});

describe('solveOptimal', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await highsLoader();
  });

  it('matches exhaustive search on 400 tiny random problems, both objectives', () => {
    const prng = createPrng(20240601);
    for (let seed = 1; seed <= 400; seed++) {
      const problem = randomProblem({
        mentees: prng.int(0, 7),
        mentors: prng.int(1, 4),
        minCapacity: 0,
        maxCapacity: 3,
        density: prng.next(),
        // Few distinct scores make ties, where lexicographic tie-breaking matters.
        maxScore: seed % 3 === 0 ? 2 : 1000,
        seed,
      });
      for (const objective of OBJECTIVES) {
        const result = solveOptimal(problem, objective);
        expectValid(problem, result);
        expect({ seed, objective, ...summary(result) }).toEqual({
          seed,
          objective,
          ...bruteForceOptimum(problem, objective),
        });
      }
    }
  });

  it('matches the HiGHS MILP optimum on 60 medium random problems, both objectives', () => {
    const prng = createPrng(77);
    for (let seed = 1; seed <= 60; seed++) {
      const problem = randomProblem({
        mentees: prng.int(10, 40),
        mentors: prng.int(2, 12),
        minCapacity: prng.int(0, 1),
        maxCapacity: prng.int(1, 6),
        density: 0.1 + 0.8 * prng.next(),
        maxScore: seed % 4 === 0 ? 5 : 1000,
        seed: 5000 + seed,
      });
      for (const objective of OBJECTIVES) {
        const result = solveOptimal(problem, objective);
        expectValid(problem, result);
        expect({ seed, objective, ...summary(result) }).toEqual({
          seed,
          objective,
          ...highsOptimum(highs, problem, objective),
        });
      }
    }
  });

  it('distinguishes the objectives: max-score leaves a mentee unmatched when matching costs score', () => {
    // A is worth 1000 with X; matching B too (only X fits B) forces A onto Y for 100.
    const problem: AssignmentProblem = {
      menteeCount: 2,
      mentorCapacities: [1, 1],
      pairs: [
        { mentee: 0, mentor: 0, score: 1000 },
        { mentee: 0, mentor: 1, score: 100 },
        { mentee: 1, mentor: 0, score: 500 },
      ],
    };
    expect(solveOptimal(problem, 'max-matched').assignments).toEqual([
      { mentee: 0, mentor: 1, score: 100 },
      { mentee: 1, mentor: 0, score: 500 },
    ]);
    expect(solveOptimal(problem, 'max-score').assignments).toEqual([
      { mentee: 0, mentor: 0, score: 1000 },
    ]);
    expect(solveOptimal(problem).matched).toBe(2); // max-matched is the default
  });

  it('max-score breaks score ties towards more matches, so score-0 pairs are used when free', () => {
    const problem: AssignmentProblem = {
      menteeCount: 3,
      mentorCapacities: [1, 2],
      pairs: [
        { mentee: 0, mentor: 0, score: 0 },
        { mentee: 1, mentor: 1, score: 0 },
        { mentee: 2, mentor: 1, score: 0 },
      ],
    };
    expect(summary(solveOptimal(problem, 'max-score'))).toEqual({ matched: 3, totalScore: 0 });
  });

  it('handles empty and degenerate problems', () => {
    expect(solveOptimal({ menteeCount: 0, mentorCapacities: [], pairs: [] })).toEqual({
      assignments: [],
      matched: 0,
      totalScore: 0,
    });
    expect(solveOptimal({ menteeCount: 3, mentorCapacities: [], pairs: [] }).matched).toBe(0);
    expect(solveOptimal({ menteeCount: 0, mentorCapacities: [4, 2], pairs: [] }).matched).toBe(0);
    const noPlaces: AssignmentProblem = {
      menteeCount: 2,
      mentorCapacities: [0],
      pairs: [{ mentee: 0, mentor: 0, score: 900 }],
    };
    expect(solveOptimal(noPlaces, 'max-score').matched).toBe(0);
    const plenty: AssignmentProblem = {
      menteeCount: 2,
      mentorCapacities: [100],
      pairs: [
        { mentee: 0, mentor: 0, score: 7 },
        { mentee: 1, mentor: 0, score: 9 },
      ],
    };
    expect(summary(solveOptimal(plenty))).toEqual({ matched: 2, totalScore: 16 });
  });

  it('rejects malformed problems', () => {
    expect(() =>
      solveOptimal({
        menteeCount: 1,
        mentorCapacities: [1],
        pairs: [{ mentee: 0, mentor: 0, score: 1001 }],
      }),
    ).toThrow('pairs[0].score: score must be an integer 0..1000');
    expect(() =>
      solveOptimal({
        menteeCount: 1,
        mentorCapacities: [1],
        pairs: [{ mentee: 1, mentor: 0, score: 1 }],
      }),
    ).toThrow('pairs[0].mentee');
    expect(() =>
      solveOptimal({
        menteeCount: 1,
        mentorCapacities: [1],
        pairs: [
          { mentee: 0, mentor: 0, score: 1 },
          { mentee: 0, mentor: 0, score: 2 },
        ],
      }),
    ).toThrow('pairs[1]: duplicate pair (mentee 0, mentor 0)');
    expect(() => solveOptimal({ menteeCount: 1, mentorCapacities: [-1], pairs: [] })).toThrow(
      'mentorCapacities[0]',
    );
  });

  it('solves a benchmark-sized problem validly and never below greedy', () => {
    const problem = randomProblem({
      mentees: 2000,
      mentors: 400,
      minCapacity: 1,
      maxCapacity: 5,
      density: 0.5,
      seed: 3,
    });
    const greedy = solveGreedy(problem);
    const byMatched = solveOptimal(problem, 'max-matched');
    const byScore = solveOptimal(problem, 'max-score');
    for (const result of [greedy, byMatched, byScore]) expectValid(problem, result);
    expect(byMatched.matched).toBeGreaterThanOrEqual(greedy.matched);
    expect(byScore.totalScore).toBeGreaterThanOrEqual(greedy.totalScore);
    expect(byScore.totalScore).toBeGreaterThanOrEqual(byMatched.totalScore);
    expect(byMatched.matched).toBeGreaterThanOrEqual(byScore.matched);
  });
});
