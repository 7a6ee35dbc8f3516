import {
  AssignmentProblem,
  MAX_SCORE,
  ScoredPair,
  bestCandidates,
} from '../lib/assignment-problem';
import { createPrng } from './prng';

export interface RandomProblemOptions {
  readonly mentees: number;
  readonly mentors: number;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  /** Probability that a given pair is feasible. */
  readonly density: number;
  /** Highest score drawn (defaults to MAX_SCORE); small values make many ties. */
  readonly maxScore?: number;
  /**
   * Keep only each mentee's best candidates (as `restrictToBestCandidates` would), applied
   * while generating so that large instances never hold every feasible pair in memory.
   */
  readonly candidateLimit?: number;
  readonly seed: number;
}

/** A reproducible random problem: independent feasibility per pair, uniform scores. */
export function randomProblem(options: RandomProblemOptions): AssignmentProblem {
  const prng = createPrng(options.seed);
  const maxScore = options.maxScore ?? MAX_SCORE;
  const mentorCapacities = Array.from({ length: options.mentors }, () =>
    prng.int(options.minCapacity, options.maxCapacity),
  );
  const pairs: ScoredPair[] = [];
  for (let mentee = 0; mentee < options.mentees; mentee++) {
    const candidates: ScoredPair[] = [];
    for (let mentor = 0; mentor < options.mentors; mentor++) {
      if (prng.next() < options.density)
        candidates.push({ mentee, mentor, score: prng.int(0, maxScore) });
    }
    pairs.push(
      ...(options.candidateLimit === undefined
        ? candidates
        : bestCandidates(candidates, options.candidateLimit)),
    );
  }
  return { menteeCount: options.mentees, mentorCapacities, pairs };
}
