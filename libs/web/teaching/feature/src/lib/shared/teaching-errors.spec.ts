import type { ApiError } from '@academy/web/shared/util-http';
import { importErrorMessage, teachingErrorMessage } from './teaching-errors';

// The shared mapping imports Angular's HTTP package (ES modules only): stand in for it, so
// this spec checks which errors the teaching pages word themselves and which they pass on.
jest.mock('@academy/web/shared/util-http', () => ({
  apiErrorMessage: (error: { code: string }) => ({ key: `shared:${error.code}` }),
}));

const error = (status: number, code: string, fileMessage?: string): ApiError => ({
  status,
  code,
  fieldErrors: fileMessage ? [{ field: 'file', message: fileMessage }] : [],
  retryAfterSeconds: null,
});

describe('teaching errors', () => {
  it('names the teaching API’s own refusals and passes the rest on', () => {
    expect(teachingErrorMessage(error(409, 'cohort_exists')).key).toBe(
      'teaching.cohorts.nameTaken',
    );
    expect(teachingErrorMessage(error(409, 'course_not_open')).key).toBe(
      'teaching.error.courseNotOpen',
    );
    expect(teachingErrorMessage(error(409, 'something_new')).key).toBe('teaching.error.conflict');
    expect(teachingErrorMessage(error(404, 'not_found')).key).toBe('teaching.error.notFound');
    expect(teachingErrorMessage(error(403, 'forbidden')).key).toBe('shared:forbidden');
    expect(teachingErrorMessage(error(0, 'network')).key).toBe('shared:network');
  });

  it('explains why a cohort file was refused', () => {
    expect(importErrorMessage(error(413, 'payload_too_large', 'is larger than 1 MB')).key).toBe(
      'teaching.import.tooLarge',
    );
    expect(importErrorMessage(error(400, 'validation_failed', 'has no email addresses')).key).toBe(
      'teaching.import.noRows',
    );
    expect(importErrorMessage(error(400, 'validation_failed', 'has more than 5000 rows'))).toEqual({
      key: 'teaching.import.tooManyRows',
      params: { max: 5000 },
    });
    expect(
      importErrorMessage(error(400, 'validation_failed', 'is not a text (CSV) file')).key,
    ).toBe('teaching.import.notText');
    expect(
      importErrorMessage(error(400, 'validation_failed', 'is required (multipart/form-data)')).key,
    ).toBe('teaching.import.unreadable');
    expect(importErrorMessage(error(403, 'forbidden')).key).toBe('shared:forbidden');
  });
});
