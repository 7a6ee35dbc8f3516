/**
 * From profiles to a proposal: score every pair, solve the assignment, verify it, and
 * explain each proposed pair.
 */
import {
  AssignmentProblem,
  DEFAULT_OBJECTIVE,
  MatchingObjective,
  ScoredPair,
  restrictToBestCandidates,
} from './assignment-problem';
import { solveGreedy } from './greedy-assignment';
import { solveOptimal } from './optimal-assignment';
import { MenteeProfile, MentorProfile } from './profiles';
import { CriterionContribution, ScoringOptions, createPairScorer } from './scoring';
import { checkAssignment } from './verify-assignment';

export interface ProposeMatchesOptions extends ScoringOptions {
  readonly objective?: MatchingObjective;
  /** 'optimal' (default) or the 'greedy' baseline. */
  readonly engine?: 'optimal' | 'greedy';
  /** Keep only each mentee's best candidates, to bound the work on very large programmes. */
  readonly candidateLimit?: number;
}

export interface ProposedMatch {
  readonly menteeId: string;
  readonly mentorId: string;
  readonly score: number;
  readonly contributions: readonly CriterionContribution[];
}

export interface MatchProposal {
  readonly matches: readonly ProposedMatch[];
  readonly unmatchedMenteeIds: readonly string[];
  readonly matched: number;
  readonly totalScore: number;
}

function assertUniqueIds(kind: string, profiles: readonly { id: string }[]): void {
  const seen = new Set<string>();
  for (const { id } of profiles) {
    if (seen.has(id)) throw new RangeError(`Duplicate ${kind} id ${JSON.stringify(id)}`);
    seen.add(id);
  }
}

/** Mentees and mentors by array index; infeasible pairs are left out. */
export function buildAssignmentProblem(
  mentees: readonly MenteeProfile[],
  mentors: readonly MentorProfile[],
  options: ScoringOptions = {},
): AssignmentProblem {
  assertUniqueIds('mentee', mentees);
  assertUniqueIds('mentor', mentors);
  const scorer = createPairScorer(options);
  const pairs: ScoredPair[] = [];
  mentees.forEach((mentee, menteeIndex) => {
    mentors.forEach((mentor, mentorIndex) => {
      const evaluation = scorer.evaluate(mentee, mentor);
      if (evaluation.feasible)
        pairs.push({ mentee: menteeIndex, mentor: mentorIndex, score: evaluation.score });
    });
  });
  const mentorCapacities = mentors.map((mentor) =>
    mentor.paused ? 0 : Math.max(0, mentor.capacity - mentor.activeMentees),
  );
  return { menteeCount: mentees.length, mentorCapacities, pairs };
}

export function proposeMatches(
  mentees: readonly MenteeProfile[],
  mentors: readonly MentorProfile[],
  options: ProposeMatchesOptions = {},
): MatchProposal {
  const full = buildAssignmentProblem(mentees, mentors, options);
  const problem =
    options.candidateLimit === undefined
      ? full
      : restrictToBestCandidates(full, options.candidateLimit);
  const result =
    options.engine === 'greedy'
      ? solveGreedy(problem)
      : solveOptimal(problem, options.objective ?? DEFAULT_OBJECTIVE);
  const check = checkAssignment(problem, result);
  if (!check.valid)
    throw new Error(`Matching produced an invalid assignment: ${check.violations[0].message}`);

  const scorer = createPairScorer(options);
  const matched = new Set<number>();
  const matches = result.assignments.map(({ mentee, mentor, score }): ProposedMatch => {
    matched.add(mentee);
    const evaluation = scorer.evaluate(mentees[mentee], mentors[mentor]);
    return {
      menteeId: mentees[mentee].id,
      mentorId: mentors[mentor].id,
      score,
      contributions: evaluation.feasible ? evaluation.contributions : [],
    };
  });
  return {
    matches,
    unmatchedMenteeIds: mentees
      .filter((_, index) => !matched.has(index))
      .map((mentee) => mentee.id),
    matched: result.matched,
    totalScore: result.totalScore,
  };
}
