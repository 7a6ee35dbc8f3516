import type { FieldError } from '@academy/shared/contracts';

/**
 * An error a user can cause and understand. Services throw these; the exception filter turns
 * them into the API's error body, so no context deals with HTTP status codes itself.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError(404, 'not_found', `${what} not found`);
export const forbidden = (why = 'You are not allowed to do this') => new DomainError(403, 'forbidden', why);
export const invalidField = (field: string, message: string, code = 'validation_failed') =>
  new DomainError(400, code, `${field} ${message}`, [{ field, message }]);
