import type { TranslatedMessage } from '@academy/web/i18n';
import { type ApiError, apiErrorMessage } from '@academy/web/shared/util-http';

/** The teaching API's own refusals in words; anything else as every other page says it. */
export function teachingErrorMessage(error: ApiError): TranslatedMessage {
  switch (error.code) {
    case 'cohort_exists':
      return { key: 'teaching.cohorts.nameTaken' };
    case 'course_not_open':
      return { key: 'teaching.error.courseNotOpen' };
  }
  if (error.status === 404) return { key: 'teaching.error.notFound' };
  if (error.status === 409) return { key: 'teaching.error.conflict' };
  return apiErrorMessage(error);
}

/** The API's rows-per-file limit (cohort.service.ts). */
export const MAX_COHORT_ROWS = 5000;

/**
 * Why a cohort file was refused as a whole. The API names the problem in English in the
 * `file` field error; each known problem gets a translated explanation of what to fix.
 */
export function importErrorMessage(error: ApiError): TranslatedMessage {
  if (error.status === 413 || error.code === 'payload_too_large')
    return { key: 'teaching.import.tooLarge' };
  const file = error.fieldErrors.find((f) => f.field === 'file');
  if (error.status === 400 && file) {
    if (/no email/i.test(file.message)) return { key: 'teaching.import.noRows' };
    if (/more than/i.test(file.message))
      return { key: 'teaching.import.tooManyRows', params: { max: MAX_COHORT_ROWS } };
    if (/not a text/i.test(file.message)) return { key: 'teaching.import.notText' };
    return { key: 'teaching.import.unreadable' };
  }
  return teachingErrorMessage(error);
}
