import { chosenLevel, type Rubric, type RubricScores } from '@academy/shared/contracts';

// Which levels a review chose, what is missing and the points are counted by the scoring shared
// with the API and the learners' app ('@academy/shared/contracts'); here only what is the trainer's.

// The API's bounds for a review's comment (learning.dtos.ts, PeerReviewDto), checked before
// sending so the trainer hears about them next to the field.
export const REVIEW_COMMENT_MIN = 10;
export const REVIEW_COMMENT_MAX = 5000;

/** What is wrong with a review's comment, if anything (it is trimmed first, as the API does). */
export type CommentProblem = 'required' | 'tooShort';

export function commentProblem(comment: string): CommentProblem | null {
  const length = comment.trim().length;
  if (!length) return 'required';
  return length < REVIEW_COMMENT_MIN ? 'tooShort' : null;
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
