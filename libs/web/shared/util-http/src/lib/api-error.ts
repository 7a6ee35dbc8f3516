import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody, FieldError } from '@academy/shared/contracts';
import type { TranslatedMessage } from '@academy/web/i18n';

/** What the pages need to know about a failed request, whatever went wrong. */
export interface ApiError {
  /** 0 when the server could not be reached. */
  status: number;
  code: string;
  fieldErrors: readonly FieldError[];
  retryAfterSeconds: number | null;
}

export function toApiError(error: unknown): ApiError {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: -1, code: 'unexpected', fieldErrors: [], retryAfterSeconds: null };
  }
  const body = isApiErrorBody(error.error) ? error.error : null;
  const retryAfter = Number(error.headers?.get('Retry-After'));
  return {
    status: error.status,
    code: body?.code ?? (error.status === 0 ? 'network' : 'unexpected'),
    fieldErrors: body?.errors ?? [],
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  };
}

/** A human message for a form-level alert; page-specific codes are mapped by the page first. */
export function apiErrorMessage(error: ApiError): TranslatedMessage {
  switch (error.code) {
    case 'too_many_attempts':
      return error.retryAfterSeconds
        ? {
            key: 'error.tooManyAttempts',
            params: { minutes: Math.ceil(error.retryAfterSeconds / 60) },
          }
        : { key: 'error.tooManyAttemptsLater' };
    case 'invalid_credentials':
      return { key: 'error.invalidCredentials' };
    case 'email_not_verified':
      return { key: 'error.emailNotVerified' };
    case 'invalid_token':
      return { key: 'error.invalidToken' };
    case 'session_expired':
      return { key: 'error.sessionExpired' };
    case 'validation_failed':
    case 'weak_password':
      return { key: 'validation.summary' };
    case 'forbidden':
      return { key: 'error.forbidden' };
    case 'not_found':
      return { key: 'error.notFound' };
    case 'network':
      return { key: 'error.network' };
  }
  if (error.status === 429) return { key: 'error.tooManyAttemptsLater' };
  if (error.status === 403) return { key: 'error.forbidden' };
  return { key: 'error.generic' };
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).code === 'string'
  );
}
