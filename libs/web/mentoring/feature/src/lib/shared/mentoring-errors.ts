import type { TranslatedMessage } from '@academy/web/i18n';
import { type ApiError, apiErrorMessage } from '@academy/web/shared/util-http';

/** The mentoring API's own refusals in words; anything else as every other page says it. */
export function mentoringErrorMessage(error: ApiError): TranslatedMessage {
  switch (error.code) {
    case 'no_mentee_profile':
      return { key: 'mentoring.error.noMenteeProfile' };
    case 'too_many_open_requests':
      return { key: 'mentoring.error.tooManyOpenRequests' };
    case 'mentor_unavailable':
      return { key: 'mentoring.error.mentorUnavailable' };
    case 'mentor_full':
      return { key: 'mentoring.error.mentorFull' };
    case 'already_paired':
      return { key: 'mentoring.error.alreadyPaired' };
    case 'not_pending':
      return { key: 'mentoring.error.notPending' };
    case 'own_proposal':
      return { key: 'mentoring.error.ownProposal' };
    case 'not_proposed':
      return { key: 'mentoring.error.notProposed' };
    case 'closed':
      return { key: 'mentoring.error.closed' };
    case 'not_held_yet':
      return { key: 'mentoring.error.notHeldYet' };
    case 'feedback_given':
      return { key: 'mentoring.error.feedbackGiven' };
    case 'not_draft':
      return { key: 'mentoring.error.notDraft' };
    case 'answered':
      return { key: 'mentoring.error.answered' };
    case 'constraint_violated':
      return { key: 'mentoring.error.constraintViolated' };
  }
  if (error.status === 404) return { key: 'mentoring.error.notFound' };
  if (error.status === 409) return { key: 'mentoring.error.conflict' };
  return apiErrorMessage(error);
}

/** The fields the API named in a 400, the nested ones by their first part ("competences.0.level" → "competences"). */
export function refusedFields(error: ApiError): string[] {
  return [...new Set(error.fieldErrors.map((f) => f.field.split('.')[0] ?? f.field))];
}
