import commonPasswords from './common-passwords.data';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const COMMON = new Set(commonPasswords.split('\n').filter(Boolean));

/** Why a password is refused, or null when it is acceptable (NIST 800-63B style: length and
 * a list of known-breached passwords, no composition rules). */
export function passwordProblem(password: string, context: string[] = []): string | null {
  if (password.length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'is too common: choose a password that others are unlikely to use';
  if (context.some((c) => c.length >= 4 && lower.includes(c.toLowerCase()))) {
    return 'must not contain your email or name';
  }
  return null;
}
