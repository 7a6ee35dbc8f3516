import { AssignmentProblem, MatchingObjective } from './assignment-problem';
import { solveGreedy } from './greedy-assignment';
import { solveOptimal } from './optimal-assignment';
import { checkAssignment } from './verify-assignment';
import { randomProblem } from '../testing/random-problem';

describe('solveGreedy', () => {
  it('takes pairs from the highest score down while mentee and mentor are free', () => {
    const problem: AssignmentProblem = {
      menteeCount: 3,
      mentorCapacities: [1, 1],
      pairs: [
        { mentee: 0, mentor: 0, score: 900 },
        { mentee: 1, mentor: 0, score: 950 },
        { mentee: 0, mentor: 1, score: 100 },
        { mentee: 2, mentor: 1, score: 50 },
      ],
    };
    // 950 (1-0) first; 900 (0-0) blocked by the full mentor; then 100 (0-1); 2 is left out.
    expect(solveGreedy(problem)).toEqual({
      assignments: [
        { mentee: 0, mentor: 1, score: 100 },
        { mentee: 1, mentor: 0, score: 950 },
      ],
      matched: 2,
      totalScore: 1050,
    });
  });

  it('keeps input order among equal scores', () => {
    const problem: AssignmentProblem = {
      menteeCount: 2,
      mentorCapacities: [1],
      pairs: [
        { mentee: 1, mentor: 0, score: 5 },
        { mentee: 0, mentor: 0, score: 5 },
      ],
    };
    expect(solveGreedy(problem).assignments).toEqual([{ mentee: 1, mentor: 0, score: 5 }]);
  });

  it('is valid and never beats the optimum of either objective on random problems', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const problem = randomProblem({
        mentees: 60,
        mentors: 15,
        minCapacity: 0,
        maxCapacity: 4,
        density: 0.3,
        seed,
      });
      const greedy = solveGreedy(problem);
      expect(checkAssignment(problem, greedy).violations).toEqual([]);
      const optimum = (objective: MatchingObjective) => solveOptimal(problem, objective);
      expect(greedy.matched).toBeLessThanOrEqual(optimum('max-matched').matched);
      expect(greedy.totalScore).toBeLessThanOrEqual(optimum('max-score').totalScore);
    }
  });

  it('can be strictly worse than the optimum', () => {
    const problem: AssignmentProblem = {
      menteeCount: 2,
      mentorCapacities: [1, 1],
      pairs: [
        { mentee: 0, mentor: 0, score: 600 },
        { mentee: 0, mentor: 1, score: 590 },
        { mentee: 1, mentor: 0, score: 580 },
      ],
    };
    expect(solveGreedy(problem).totalScore).toBe(600);
    expect(solveOptimal(problem, 'max-score').totalScore).toBe(1170);
  });
});
