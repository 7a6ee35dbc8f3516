/**
 * Independent exact optima for the tests: exhaustive search for tiny problems, and the
 * HiGHS MILP solver for larger ones. Both optimise the two objectives lexicographically in
 * two explicit stages (primary optimum, then the secondary one with the primary fixed), so
 * they share nothing with the engine's single-benefit encoding.
 */
import type { Highs } from 'highs';
import { AssignmentProblem, MatchingObjective } from '../lib/assignment-problem';

export interface Optimum {
  readonly matched: number;
  readonly totalScore: number;
}

/** True when `a` is strictly better than `b` under `objective`. */
export function isBetter(a: Optimum, b: Optimum, objective: MatchingObjective): boolean {
  const [primary, secondary] =
    objective === 'max-matched'
      ? (['matched', 'totalScore'] as const)
      : (['totalScore', 'matched'] as const);
  return a[primary] > b[primary] || (a[primary] === b[primary] && a[secondary] > b[secondary]);
}

/** Tries every assignment; keep problems tiny (each mentee: unmatched or one of its pairs). */
export function bruteForceOptimum(
  problem: AssignmentProblem,
  objective: MatchingObjective,
): Optimum {
  const byMentee = Array.from(
    { length: problem.menteeCount },
    () => [] as { mentor: number; score: number }[],
  );
  for (const pair of problem.pairs) byMentee[pair.mentee].push(pair);
  const places = [...problem.mentorCapacities];
  let best: Optimum = { matched: 0, totalScore: 0 };
  const visit = (mentee: number, matched: number, totalScore: number): void => {
    if (mentee === problem.menteeCount) {
      if (isBetter({ matched, totalScore }, best, objective)) best = { matched, totalScore };
      return;
    }
    visit(mentee + 1, matched, totalScore);
    for (const { mentor, score } of byMentee[mentee]) {
      if (places[mentor] === 0) continue;
      places[mentor]--;
      visit(mentee + 1, matched + 1, totalScore + score);
      places[mentor]++;
    }
  };
  visit(0, 0, 0);
  return best;
}

/** Lexicographic optimum by two binary programs solved with HiGHS. */
export function highsOptimum(
  highs: Highs,
  problem: AssignmentProblem,
  objective: MatchingObjective,
): Optimum {
  const { pairs } = problem;
  if (pairs.length === 0) return { matched: 0, totalScore: 0 };
  const ones = pairs.map(() => 1);
  const scores = pairs.map((pair) => pair.score);
  const [primary, secondary] = objective === 'max-matched' ? [ones, scores] : [scores, ones];

  const first = solveBinaryProgram(highs, problem, primary, null);
  const primaryValue = dot(primary, first);
  const second = solveBinaryProgram(highs, problem, secondary, {
    coefficients: primary,
    value: primaryValue,
  });
  return { matched: dot(ones, second), totalScore: dot(scores, second) };
}

const dot = (coefficients: readonly number[], x: readonly number[]): number =>
  coefficients.reduce((sum, c, k) => sum + c * x[k], 0);
const sum = (terms: string[]): string => (terms.length > 0 ? terms.join('\n  + ') : '0 x0');

function solveBinaryProgram(
  highs: Highs,
  problem: AssignmentProblem,
  objective: readonly number[],
  fixed: { coefficients: readonly number[]; value: number } | null,
): number[] {
  const { pairs } = problem;
  const rows: string[] = [];
  const menteeTerms = Array.from({ length: problem.menteeCount }, () => [] as string[]);
  const mentorTerms = problem.mentorCapacities.map(() => [] as string[]);
  pairs.forEach((pair, k) => {
    menteeTerms[pair.mentee].push(`x${k}`);
    mentorTerms[pair.mentor].push(`x${k}`);
  });
  menteeTerms.forEach(
    (terms, i) => terms.length > 0 && rows.push(` mentee${i}: ${sum(terms)} <= 1`),
  );
  mentorTerms.forEach(
    (terms, j) =>
      terms.length > 0 && rows.push(` mentor${j}: ${sum(terms)} <= ${problem.mentorCapacities[j]}`),
  );
  if (fixed)
    rows.push(` fixed: ${sum(fixed.coefficients.map((c, k) => `${c} x${k}`))} = ${fixed.value}`);
  const model = [
    'Maximize',
    ` obj: ${sum(objective.map((c, k) => `${c} x${k}`))}`,
    'Subject To',
    ...rows,
    'Binary',
    ...pairs.map((_, k) => ` x${k}`),
    'End',
  ].join('\n');
  const solution = highs.solve(model, { mip_rel_gap: 0, mip_abs_gap: 0 });
  if (solution.Status !== 'Optimal')
    throw new Error(`HiGHS did not find an optimum: ${solution.Status}`);
  return pairs.map((_, k) => Math.round(solution.Columns[`x${k}`].Primal));
}
