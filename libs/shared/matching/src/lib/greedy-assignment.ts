/**
 * Greedy baseline: take pairs from the highest score down, keeping a pair when its mentee is
 * still unmatched and its mentor has a place left. Not optimal for either objective; the
 * benchmark measures how far it falls short.
 */
import {
  AssignmentProblem,
  AssignmentResult,
  MAX_SCORE,
  assertValidProblem,
  resultFromChoices,
} from './assignment-problem';

export function solveGreedy(problem: AssignmentProblem): AssignmentResult {
  assertValidProblem(problem);
  const { pairs } = problem;
  // Scores are small integers, so a counting sort (stable: ties keep input order) beats a
  // comparison sort on hundreds of thousands of pairs.
  const start = new Int32Array(MAX_SCORE + 2);
  for (const pair of pairs) start[MAX_SCORE - pair.score + 1]++;
  for (let bucket = 1; bucket < start.length; bucket++) start[bucket] += start[bucket - 1];
  const order = new Int32Array(pairs.length);
  pairs.forEach((pair, index) => {
    order[start[MAX_SCORE - pair.score]++] = index;
  });

  const places = Int32Array.from(problem.mentorCapacities);
  const chosen = new Int32Array(problem.menteeCount).fill(-1);
  for (const index of order) {
    const { mentee, mentor } = pairs[index];
    if (chosen[mentee] === -1 && places[mentor] > 0) {
      chosen[mentee] = index;
      places[mentor]--;
    }
  }
  return resultFromChoices(problem, chosen);
}
