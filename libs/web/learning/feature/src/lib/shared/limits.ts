import type { TranslatedMessage } from '@academy/web/i18n';

// The API's bounds for what learners write (learning.dtos.ts), checked before sending so the
// learner hears about them next to the field, in their language.
export const SUBMISSION_MIN = 20;
export const SUBMISSION_MAX = 20_000;
export const REVIEW_COMMENT_MIN = 10;
export const REVIEW_COMMENT_MAX = 5000;

function lengthProblem(
  text: string,
  min: number,
  empty: TranslatedMessage,
): TranslatedMessage | null {
  const length = text.trim().length;
  if (!length) return empty;
  if (length < min) return { key: 'validation.minlength', params: { min } };
  return null;
}

/** What is wrong with an assignment submission before it is sent, if anything. */
export function submissionProblem(text: string): TranslatedMessage | null {
  return lengthProblem(text, SUBMISSION_MIN, { key: 'validation.required' });
}

/** What is wrong with a review's comment before it is sent, if anything. */
export function commentProblem(comment: string): TranslatedMessage | null {
  return lengthProblem(comment, REVIEW_COMMENT_MIN, { key: 'learning.review.commentRequired' });
}
