import type { RubricScores } from './learning';

// How a review's scores count against a rubric, written once for the API and both web apps.
// Generic over the least a rubric needs here, so the course document's `Rubric`, the learner's
// `PublicRubric` and anything alike fit, and what comes back keeps the caller's own level type.

/** A level as scoring sees it. */
export interface ScoredLevel {
  readonly id: string;
  readonly points: number;
}

/** A criterion as scoring sees it: its levels, each worth some points. */
export interface ScoredCriterion<L extends ScoredLevel = ScoredLevel> {
  readonly id: string;
  readonly levels: readonly L[];
}

/** A rubric as scoring sees it. */
export interface ScoredRubric<C extends ScoredCriterion = ScoredCriterion> {
  readonly criteria: readonly C[];
}

/** The level a review chose for a criterion, when it is one of the criterion's levels. */
export function chosenLevel<L extends ScoredLevel>(
  criterion: ScoredCriterion<L>,
  scores: Readonly<RubricScores> | null | undefined,
): L | null {
  const levelId = scores?.[criterion.id];
  return criterion.levels.find((l) => l.id === levelId) ?? null;
}

/** The criteria still without a valid level, in the rubric's order. */
export function missingCriteria(rubric: ScoredRubric, scores: Readonly<RubricScores>): string[] {
  return rubric.criteria.filter((c) => !chosenLevel(c, scores)).map((c) => c.id);
}

export function isRubricComplete(rubric: ScoredRubric, scores: Readonly<RubricScores>): boolean {
  return missingCriteria(rubric, scores).length === 0;
}

/** The points of the levels chosen (a criterion without a valid level counts 0). */
export function rubricPoints(rubric: ScoredRubric, scores: Readonly<RubricScores>): number {
  return rubric.criteria.reduce((sum, c) => sum + (chosenLevel(c, scores)?.points ?? 0), 0);
}

/**
 * The best level of every criterion, added up. Levels' points are never negative (the course
 * document's schema), so the floor at 0 only matters for a criterion without levels.
 */
export function rubricMaxPoints(rubric: ScoredRubric): number {
  return rubric.criteria.reduce((sum, c) => sum + Math.max(0, ...c.levels.map((l) => l.points)), 0);
}

/** The points of the levels chosen, out of the best level of every criterion. */
export function rubricScore(
  rubric: ScoredRubric,
  scores: Readonly<RubricScores>,
): { points: number; maxPoints: number } {
  return { points: rubricPoints(rubric, scores), maxPoints: rubricMaxPoints(rubric) };
}

/** Only the rubric's own criteria and levels: what a review request should carry. */
export function cleanScores(rubric: ScoredRubric, scores: Readonly<RubricScores>): RubricScores {
  const clean: RubricScores = {};
  for (const criterion of rubric.criteria) {
    const level = chosenLevel(criterion, scores);
    if (level) clean[criterion.id] = level.id;
  }
  return clean;
}
