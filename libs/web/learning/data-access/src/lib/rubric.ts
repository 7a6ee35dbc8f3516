import type { RubricScores } from '@academy/shared/contracts';
import type { PublicRubric } from './learning.models';

type Criterion = PublicRubric['criteria'][number];
type Level = Criterion['levels'][number];

/** The level a review chose for a criterion, when it is one of the criterion's levels. */
export function chosenLevel(
  criterion: Criterion,
  scores: Readonly<RubricScores> | null,
): Level | null {
  const levelId = scores?.[criterion.id];
  return criterion.levels.find((l) => l.id === levelId) ?? null;
}

/** The criteria still without a valid level, in the rubric's order. */
export function missingCriteria(rubric: PublicRubric, scores: Readonly<RubricScores>): string[] {
  return rubric.criteria.filter((c) => !chosenLevel(c, scores)).map((c) => c.id);
}

export function isRubricComplete(rubric: PublicRubric, scores: Readonly<RubricScores>): boolean {
  return missingCriteria(rubric, scores).length === 0;
}

/** The points of the levels chosen, out of the best level of every criterion. */
export function rubricPoints(
  rubric: PublicRubric,
  scores: Readonly<RubricScores>,
): { points: number; maxPoints: number } {
  let points = 0;
  let maxPoints = 0;
  for (const criterion of rubric.criteria) {
    maxPoints += Math.max(0, ...criterion.levels.map((l) => l.points));
    points += chosenLevel(criterion, scores)?.points ?? 0;
  }
  return { points, maxPoints };
}

/** Only the rubric's own criteria and levels: what the review request should carry. */
export function cleanScores(rubric: PublicRubric, scores: Readonly<RubricScores>): RubricScores {
  const clean: RubricScores = {};
  for (const criterion of rubric.criteria) {
    const level = chosenLevel(criterion, scores);
    if (level) clean[criterion.id] = level.id;
  }
  return clean;
}
