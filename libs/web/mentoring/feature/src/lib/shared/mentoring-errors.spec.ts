import type { ApiError } from '@academy/web/shared/util-http';
import { mentoringErrorMessage, refusedFields } from './mentoring-errors';

// The shared mapping imports Angular's HTTP package (ES modules only): stand in for it, so
// this spec checks which errors the mentoring pages word themselves and which they pass on.
jest.mock('@academy/web/shared/util-http', () => ({
  apiErrorMessage: (error: { code: string }) => ({ key: `shared:${error.code}` }),
}));

const error = (status: number, code: string, fields: string[] = []): ApiError => ({
  status,
  code,
  fieldErrors: fields.map((field) => ({ field, message: 'x' })),
  retryAfterSeconds: null,
});

describe('mentoring errors', () => {
  it('names each of the mentoring API’s refusals', () => {
    const codes: [string, string][] = [
      ['no_mentee_profile', 'mentoring.error.noMenteeProfile'],
      ['too_many_open_requests', 'mentoring.error.tooManyOpenRequests'],
      ['mentor_unavailable', 'mentoring.error.mentorUnavailable'],
      ['mentor_full', 'mentoring.error.mentorFull'],
      ['already_paired', 'mentoring.error.alreadyPaired'],
      ['not_pending', 'mentoring.error.notPending'],
      ['own_proposal', 'mentoring.error.ownProposal'],
      ['not_proposed', 'mentoring.error.notProposed'],
      ['closed', 'mentoring.error.closed'],
      ['not_held_yet', 'mentoring.error.notHeldYet'],
      ['feedback_given', 'mentoring.error.feedbackGiven'],
      ['not_draft', 'mentoring.error.notDraft'],
      ['answered', 'mentoring.error.answered'],
      ['constraint_violated', 'mentoring.error.constraintViolated'],
    ];
    for (const [code, key] of codes) expect(mentoringErrorMessage(error(409, code)).key).toBe(key);
  });

  it('words other conflicts and missing things generally, and passes the rest on', () => {
    expect(mentoringErrorMessage(error(409, 'something_new')).key).toBe('mentoring.error.conflict');
    expect(mentoringErrorMessage(error(404, 'not_found')).key).toBe('mentoring.error.notFound');
    expect(mentoringErrorMessage(error(400, 'validation_failed')).key).toBe(
      'shared:validation_failed',
    );
    expect(mentoringErrorMessage(error(0, 'network')).key).toBe('shared:network');
  });

  it('reads the refused fields, nested ones by their list', () => {
    expect(
      refusedFields(
        error(400, 'validation_failed', ['goals', 'competences.0.level', 'competences.2.code']),
      ),
    ).toEqual(['goals', 'competences']);
  });
});
