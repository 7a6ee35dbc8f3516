import type { ApiError } from '@academy/web/shared/util-http';
import { fieldIds, learningErrorMessage } from './learning-errors';

// The shared mapping imports Angular's HTTP package (ES modules only): stand in for it, so
// this spec checks which errors the learning pages word themselves and which they pass on.
jest.mock('@academy/web/shared/util-http', () => ({
  apiErrorMessage: (error: { code: string }) => ({ key: `shared:${error.code}` }),
}));

const error = (status: number, code: string, fields: string[] = []): ApiError => ({
  status,
  code,
  fieldErrors: fields.map((field) => ({ field, message: 'x' })),
  retryAfterSeconds: null,
});

describe('learning errors', () => {
  it('names the learning API’s own refusals', () => {
    expect(learningErrorMessage(error(409, 'attempt_limit_reached')).key).toBe(
      'learning.quiz.noAttemptsLeft',
    );
    expect(learningErrorMessage(error(409, 'already_submitted')).key).toBe(
      'learning.assignment.alreadySubmitted',
    );
    expect(learningErrorMessage(error(409, 'withdrawn')).key).toBe('learning.error.withdrawn');
    expect(learningErrorMessage(error(409, 'something_new')).key).toBe('learning.error.conflict');
    expect(learningErrorMessage(error(0, 'network')).key).toBe('shared:network');
    expect(learningErrorMessage(error(400, 'validation_failed')).key).toBe(
      'shared:validation_failed',
    );
    expect(learningErrorMessage(error(404, 'not_found')).key).toBe('learning.error.notFound');
  });

  it('reads the question or criterion ids out of field errors', () => {
    const refused = error(400, 'validation_failed', ['answers.q2', 'scores.c1', 'answers.q5']);
    expect(fieldIds(refused, 'answers')).toEqual(['q2', 'q5']);
    expect(fieldIds(refused, 'scores')).toEqual(['c1']);
    expect(fieldIds(refused, 'comment')).toEqual([]);
  });
});
