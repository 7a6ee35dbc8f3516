import type { TranslatedMessage } from '@academy/web/i18n';
import type { ApiError } from '@academy/web/shared/util-http';

/** What the file field says about a refused upload (`size` is the limit, already formatted). */
export function fileUploadProblem(error: ApiError, size: string): TranslatedMessage {
  if (error.code === 'file_too_large' || error.status === 413) {
    return { key: 'learning.assignment.file.tooLarge', params: { size } };
  }
  if (error.code === 'unsupported_file_type' || error.status === 415) {
    return { key: 'learning.assignment.file.unsupported' };
  }
  if (error.code === 'empty_file') return { key: 'learning.assignment.file.empty' };
  return { key: 'learning.assignment.file.failed' };
}
