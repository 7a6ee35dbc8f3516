import { createHash, randomBytes } from 'node:crypto';

/** A random token for a link or a cookie (256 bits, URL-safe). */
export const newToken = () => randomBytes(32).toString('base64url');

/** Tokens are stored hashed, so a database leak does not hand out sessions or reset links. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
