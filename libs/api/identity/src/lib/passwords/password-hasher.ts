import { Injectable } from '@nestjs/common';
import { argon2id, hash, verify } from 'argon2';

/** OWASP's argon2id baseline: 19 MiB of memory, 2 iterations, 1 degree of parallelism. */
const OPTIONS = { type: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /** Verified against when no account matches, so a wrong email costs as long as a wrong password. */
  private readonly dummy = hash('not-a-real-password-for-timing', OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(hashed: string | undefined, password: string): Promise<boolean> {
    const target = hashed ?? (await this.dummy);
    const ok = await verify(target, password).catch(() => false);
    return ok && hashed !== undefined;
  }
}
