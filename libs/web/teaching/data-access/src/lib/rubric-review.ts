import type { Rubric, RubricScores } from '@academy/shared/contracts';

type Criterion = Rubric['criteria'][number];
type Level = Criterion['levels'][number];

// The API's bounds for a review's comment (learning.dtos.ts, PeerReviewDto), checked before
// sending so the trainer hears about them next to the field.
export const REVIEW_COMMENT_MIN = 10;
export const REVIEW_COMMENT_MAX = 5000;

/** What is wrong with a review's comment, if anything (it is trimmed first, as the API does). */
export type CommentProblem = 'required' | 'tooShort';

/** The level a review chose for a criterion, when it is one of the criterion's levels. */
export function chosenLevel(
  criterion: Criterion,
  scores: Readonly<RubricScores> | null,
): Level | null {
  const levelId = scores?.[criterion.id];
  return criterion.levels.find((l) => l.id === levelId) ?? null;
}

/** The criteria still without a valid level, in the rubric's order. */
export function missingCriteria(rubric: Rubric, scores: Readonly<RubricScores>): string[] {
  return rubric.criteria.filter((c) => !chosenLevel(c, scores)).map((c) => c.id);
}

export function commentProblem(comment: string): CommentProblem | null {
  const length = comment.trim().length;
  if (!length) return 'required';
  return length < REVIEW_COMMENT_MIN ? 'tooShort' : null;
}

/** The points of the levels chosen, out of the best level of every criterion. */
export function reviewPoints(
  rubric: Rubric,
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
export function cleanScores(rubric: Rubric, scores: Readonly<RubricScores>): RubricScores {
  const clean: RubricScores = {};
  for (const criterion of rubric.criteria) {
    const level = chosenLevel(criterion, scores);
    if (level) clean[criterion.id] = level.id;
  }
  return clean;
}

/** A review as lines "criterion: level (points)", in the rubric's order (unknown levels left out). */
export function scoreLines(
  rubric: Rubric,
  scores: Readonly<RubricScores> | null,
): { criterionId: string; criterion: string; level: string; points: number }[] {
  return rubric.criteria.flatMap((criterion) => {
    const level = chosenLevel(criterion, scores);
    return level
      ? [
          {
            criterionId: criterion.id,
            criterion: criterion.title,
            level: level.title,
            points: level.points,
          },
        ]
      : [];
  });
}

/** The criterion ids the API named in its field errors (`scores.<criterionId>`). */
export function criteriaInErrors(fields: readonly { field: string }[]): string[] {
  return fields
    .filter((f) => f.field.startsWith('scores.'))
    .map((f) => f.field.slice('scores.'.length));
}
