/**
 * The index-based assignment problem that every engine (exact, greedy) and the verifier
 * share. Scoring produces one from mentor and mentee profiles; the CLI reads one from JSON.
 */

/** Scores are integers in 0..MAX_SCORE; the exact engine's arithmetic relies on it. */
export const MAX_SCORE = 1000;

/**
 * `max-matched`: match as many mentees as possible, then maximise the total score among
 * those assignments (lexicographic). `max-score`: maximise the total score, then the number
 * matched among assignments with that score. So in `max-score` a score-0 pair is used only
 * where it costs no score elsewhere, and a mentee stays unmatched when matching it would
 * need a reshuffle that lowers the total.
 */
export type MatchingObjective = 'max-matched' | 'max-score';

export const DEFAULT_OBJECTIVE: MatchingObjective = 'max-matched';

/** A feasible mentee–mentor pair (by index) and its score. A pair not listed is infeasible. */
export interface ScoredPair {
  readonly mentee: number;
  readonly mentor: number;
  readonly score: number;
}

export interface AssignmentProblem {
  readonly menteeCount: number;
  /** Places each mentor can still take (already-active mentees deducted). */
  readonly mentorCapacities: readonly number[];
  readonly pairs: readonly ScoredPair[];
}

export interface Assignment {
  readonly mentee: number;
  readonly mentor: number;
  readonly score: number;
}

export interface AssignmentResult {
  /** One entry per matched mentee, ordered by mentee index. */
  readonly assignments: readonly Assignment[];
  readonly matched: number;
  readonly totalScore: number;
}

/** Where a problem is malformed: `pairs[pair].field`, or `mentorCapacities[mentor]`. */
export interface ProblemIssue {
  readonly pair?: number;
  readonly mentor?: number;
  /** `pair` = the pair as a whole (listed twice). */
  readonly field: 'menteeCount' | 'mentorCapacities' | 'mentee' | 'mentor' | 'score' | 'pair';
  readonly message: string;
}

// A module-level copy: validation runs per pair, and global lookups are slow in vm contexts (Jest).
const { isInteger } = Number;

const isIndex = (value: unknown, size: number): boolean =>
  isInteger(value) && (value as number) >= 0 && (value as number) < size;

const indexRule = (kind: string, size: number): string =>
  size === 0
    ? `${kind} index is out of range: there are no ${kind}s`
    : `${kind} index must be an integer 0..${size - 1}`;

/** Every rule the engines rely on. The CLI maps the issues onto its own JSON paths. */
export function validateProblem(problem: AssignmentProblem): ProblemIssue[] {
  const issues: ProblemIssue[] = [];
  const { menteeCount, mentorCapacities, pairs } = problem;
  if (!Number.isInteger(menteeCount) || menteeCount < 0) {
    issues.push({ field: 'menteeCount', message: 'must be a non-negative integer' });
    return issues;
  }
  mentorCapacities.forEach((capacity, mentor) => {
    if (!Number.isInteger(capacity) || capacity < 0) {
      issues.push({
        mentor,
        field: 'mentorCapacities',
        message: 'capacity must be a non-negative integer',
      });
    }
  });
  pairs.forEach((pair, index) => {
    if (!isIndex(pair.mentee, menteeCount)) {
      issues.push({ pair: index, field: 'mentee', message: indexRule('mentee', menteeCount) });
    }
    if (!isIndex(pair.mentor, mentorCapacities.length)) {
      issues.push({
        pair: index,
        field: 'mentor',
        message: indexRule('mentor', mentorCapacities.length),
      });
    }
    if (!isInteger(pair.score) || pair.score < 0 || pair.score > MAX_SCORE) {
      issues.push({
        pair: index,
        field: 'score',
        message: `score must be an integer 0..${MAX_SCORE}`,
      });
    }
  });
  if (issues.length === 0) issues.push(...duplicatePairs(problem));
  return issues;
}

/**
 * Pairs listed twice. Grouping by mentee and stamping mentors keeps this linear without a
 * hash set, which matters on the engines' hot path (hundreds of thousands of pairs).
 */
function duplicatePairs({
  menteeCount,
  mentorCapacities,
  pairs,
}: AssignmentProblem): ProblemIssue[] {
  const start = new Int32Array(menteeCount + 1);
  for (const pair of pairs) start[pair.mentee + 1]++;
  for (let mentee = 0; mentee < menteeCount; mentee++) start[mentee + 1] += start[mentee];
  const byMentee = new Int32Array(pairs.length);
  pairs.forEach((pair, index) => {
    byMentee[start[pair.mentee]++] = index;
  });
  const lastMentee = new Int32Array(mentorCapacities.length).fill(-1);
  const issues: ProblemIssue[] = [];
  for (const index of byMentee) {
    const { mentee, mentor } = pairs[index];
    if (lastMentee[mentor] === mentee) {
      issues.push({
        pair: index,
        field: 'pair',
        message: `duplicate pair (mentee ${mentee}, mentor ${mentor})`,
      });
    }
    lastMentee[mentor] = mentee;
  }
  return issues.sort((a, b) => (a.pair ?? 0) - (b.pair ?? 0));
}

export function assertValidProblem(problem: AssignmentProblem): void {
  const [first, ...rest] = validateProblem(problem);
  if (!first) return;
  const where =
    first.pair !== undefined
      ? `pairs[${first.pair}]${first.field === 'pair' ? '' : `.${first.field}`}`
      : first.mentor !== undefined
        ? `mentorCapacities[${first.mentor}]`
        : first.field;
  throw new RangeError(
    `Invalid assignment problem: ${where}: ${first.message}${rest.length ? ` (and ${rest.length} more)` : ''}`,
  );
}

/** Builds the result shape from per-mentee choices (-1 = unmatched). */
export function resultFromChoices(
  problem: AssignmentProblem,
  chosenPair: Int32Array,
): AssignmentResult {
  const assignments: Assignment[] = [];
  let totalScore = 0;
  for (let mentee = 0; mentee < chosenPair.length; mentee++) {
    const index = chosenPair[mentee];
    if (index < 0) continue;
    const { mentor, score } = problem.pairs[index];
    assignments.push({ mentee, mentor, score });
    totalScore += score;
  }
  return { assignments, matched: assignments.length, totalScore };
}

/**
 * Keeps, for each mentee, only its `limit` best-scoring pairs (ties: lower mentor index).
 * Large programmes use this to bound the engine's work; the optimum is then the optimum
 * over the kept candidates.
 */
export function restrictToBestCandidates(
  problem: AssignmentProblem,
  limit: number,
): AssignmentProblem {
  const byMentee: ScoredPair[][] = Array.from({ length: problem.menteeCount }, () => []);
  for (const pair of problem.pairs) byMentee[pair.mentee].push(pair);
  return { ...problem, pairs: byMentee.flatMap((list) => bestCandidates(list, limit)) };
}

/** One mentee's `limit` best pairs: highest score first, ties by lower mentor index. */
export function bestCandidates(pairs: ScoredPair[], limit: number): ScoredPair[] {
  return pairs.sort((a, b) => b.score - a.score || a.mentor - b.mentor).slice(0, limit);
}
