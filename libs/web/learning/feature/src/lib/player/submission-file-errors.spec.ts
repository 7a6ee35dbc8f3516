import type { ApiError } from '@academy/web/shared/util-http';
import { fileUploadProblem } from './submission-file-errors';

const error = (status: number, code: string): ApiError => ({
  status,
  code,
  fieldErrors: [{ field: 'file', message: 'x' }],
  retryAfterSeconds: null,
});

describe('file upload problems', () => {
  it('names each refusal of the API on the file field, with the limit when too large', () => {
    expect(fileUploadProblem(error(413, 'file_too_large'), '20.9 MB')).toEqual({
      key: 'learning.assignment.file.tooLarge',
      params: { size: '20.9 MB' },
    });
    expect(fileUploadProblem(error(415, 'unsupported_file_type'), '1 MB').key).toBe(
      'learning.assignment.file.unsupported',
    );
    expect(fileUploadProblem(error(400, 'empty_file'), '1 MB').key).toBe(
      'learning.assignment.file.empty',
    );
    // A proxy's own 413 has no code of ours.
    expect(fileUploadProblem(error(413, 'unknown'), '1 MB').key).toBe(
      'learning.assignment.file.tooLarge',
    );
    expect(fileUploadProblem(error(0, 'network'), '1 MB').key).toBe(
      'learning.assignment.file.failed',
    );
  });
});
