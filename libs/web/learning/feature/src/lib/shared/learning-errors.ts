import type { TranslatedMessage } from '@academy/web/i18n';
import { type ApiError, apiErrorMessage } from '@academy/web/shared/util-http';

/** The learning API's own refusals in words; anything else as every other page says it. */
export function learningErrorMessage(error: ApiError): TranslatedMessage {
  switch (error.code) {
    case 'attempt_limit_reached':
      return { key: 'learning.quiz.noAttemptsLeft' };
    case 'already_submitted':
      return { key: 'learning.assignment.alreadySubmitted' };
    case 'already_reviewed':
      return { key: 'learning.review.alreadySent' };
    case 'not_enrolled':
      return { key: 'learning.error.notEnrolled' };
    case 'withdrawn':
      return { key: 'learning.error.withdrawn' };
    case 'own_work':
      return { key: 'learning.error.ownWork' };
    case 'course_not_open':
      return { key: 'enrolment.notOpen' };
  }
  if (error.status === 409) return { key: 'learning.error.conflict' };
  if (error.status === 404) return { key: 'learning.error.notFound' };
  return apiErrorMessage(error);
}

/** The ids after a prefix in the API's field errors: `answers.<questionId>`, `scores.<criterionId>`. */
export function fieldIds(error: ApiError, prefix: string): string[] {
  return error.fieldErrors
    .filter((f) => f.field.startsWith(`${prefix}.`))
    .map((f) => f.field.slice(prefix.length + 1));
}
