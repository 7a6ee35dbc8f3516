/**
 * Independent check of an assignment against its problem: used by the tests on every
 * engine result and by the product before it stores a proposal.
 */
import { AssignmentProblem, AssignmentResult } from './assignment-problem';

export type AssignmentViolationCode =
  | 'invalid-mentee'
  | 'invalid-mentor'
  | 'mentee-assigned-twice'
  | 'infeasible-pair'
  | 'score-mismatch'
  | 'over-capacity'
  | 'matched-mismatch'
  | 'total-score-mismatch';

export interface AssignmentViolation {
  readonly code: AssignmentViolationCode;
  readonly message: string;
  readonly mentee?: number;
  readonly mentor?: number;
}

export interface AssignmentCheck {
  readonly valid: boolean;
  readonly violations: readonly AssignmentViolation[];
}

export function checkAssignment(
  problem: AssignmentProblem,
  result: AssignmentResult,
): AssignmentCheck {
  const violations: AssignmentViolation[] = [];
  const mentors = problem.mentorCapacities.length;
  const scoreOf = new Map<number, number>();
  for (const pair of problem.pairs) scoreOf.set(pair.mentee * mentors + pair.mentor, pair.score);

  const seen = new Set<number>();
  const load = new Array<number>(mentors).fill(0);
  let total = 0;
  for (const { mentee, mentor, score } of result.assignments) {
    total += score;
    if (!Number.isInteger(mentee) || mentee < 0 || mentee >= problem.menteeCount) {
      violations.push({
        code: 'invalid-mentee',
        mentee,
        message: `mentee ${mentee} does not exist`,
      });
      continue;
    }
    if (!Number.isInteger(mentor) || mentor < 0 || mentor >= mentors) {
      violations.push({
        code: 'invalid-mentor',
        mentee,
        mentor,
        message: `mentor ${mentor} does not exist`,
      });
      continue;
    }
    if (seen.has(mentee)) {
      violations.push({
        code: 'mentee-assigned-twice',
        mentee,
        message: `mentee ${mentee} is assigned more than once`,
      });
    }
    seen.add(mentee);
    const expected = scoreOf.get(mentee * mentors + mentor);
    if (expected === undefined) {
      violations.push({
        code: 'infeasible-pair',
        mentee,
        mentor,
        message: `mentee ${mentee} and mentor ${mentor} are not a feasible pair`,
      });
    } else if (expected !== score) {
      violations.push({
        code: 'score-mismatch',
        mentee,
        mentor,
        message: `pair (${mentee}, ${mentor}) scores ${expected}, not ${score}`,
      });
    }
    load[mentor]++;
  }
  load.forEach((count, mentor) => {
    if (count > problem.mentorCapacities[mentor]) {
      violations.push({
        code: 'over-capacity',
        mentor,
        message: `mentor ${mentor} has ${count} mentees for ${problem.mentorCapacities[mentor]} places`,
      });
    }
  });
  if (result.matched !== result.assignments.length) {
    violations.push({
      code: 'matched-mismatch',
      message: `matched is ${result.matched} but there are ${result.assignments.length} assignments`,
    });
  }
  if (result.totalScore !== total) {
    violations.push({
      code: 'total-score-mismatch',
      message: `totalScore is ${result.totalScore} but the assignments add up to ${total}`,
    });
  }
  return { valid: violations.length === 0, violations };
}
