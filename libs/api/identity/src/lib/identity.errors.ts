import { DomainError } from '@academy/api/core';

export const invalidCredentials = () =>
  new DomainError(401, 'invalid_credentials', 'Wrong email or password');
export const emailNotVerified = () =>
  new DomainError(403, 'email_not_verified', 'Confirm your email first: we sent you a link');
export const invalidToken = () =>
  new DomainError(400, 'invalid_token', 'This link is invalid or has expired. Ask for a new one.');
export const sessionExpired = () =>
  new DomainError(401, 'session_expired', 'Your session has ended. Sign in again.');
export const weakPassword = (field: string, reason: string) =>
  new DomainError(400, 'weak_password', `${field} ${reason}`, [{ field, message: reason }]);
export const wrongCurrentPassword = () =>
  new DomainError(400, 'wrong_password', 'Your current password is not right', [
    { field: 'currentPassword', message: 'is incorrect' },
  ]);
