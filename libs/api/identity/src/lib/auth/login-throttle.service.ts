import { APP_CONFIG, DomainError, REDIS, type AppConfig } from '@academy/api/core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';

/**
 * Counts failed logins per account and per IP in Redis over a fixed window. Past the limit,
 * login answers 429 until the window ends, whether or not the password is right.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string) {
    const prefix = `${this.config.QUEUE_PREFIX}:login-failures`;
    return { account: `${prefix}:account:${email}`, ip: `${prefix}:ip:${ip}` };
  }

  /** Throws too_many_attempts when the account or the IP is over its limit. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    let counts: (string | null)[];
    try {
      counts = await this.redis.mget(keys.account, keys.ip);
    } catch (error) {
      // Failing open: an outage of Redis must not lock everyone out; readiness reports it.
      this.logger.error(`Login throttle unavailable: ${(error as Error).message}`);
      return;
    }
    const [byAccount = 0, byIp = 0] = counts.map((c) => Number(c ?? 0));
    const accountBlocked = byAccount >= this.config.LOGIN_MAX_FAILURES;
    if (accountBlocked || byIp >= this.config.LOGIN_MAX_FAILURES_PER_IP) {
      const ttl = await this.redis.pttl(accountBlocked ? keys.account : keys.ip).catch(() => -1);
      const retryAfter = String(
        Math.max(1, Math.ceil((ttl > 0 ? ttl : this.config.LOGIN_WINDOW_SECONDS * 1000) / 1000)),
      );
      throw new DomainError(
        429,
        'too_many_attempts',
        'Too many failed sign-in attempts. Try again later.',
        undefined,
        {
          'Retry-After': retryAfter,
        },
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const window = this.config.LOGIN_WINDOW_SECONDS;
    // NX: the window starts at the first failure and is not extended by later ones.
    await this.redis
      .multi()
      .set(keys.account, 0, 'EX', window, 'NX')
      .incr(keys.account)
      .set(keys.ip, 0, 'EX', window, 'NX')
      .incr(keys.ip)
      .exec()
      .catch((error: Error) => this.logger.error(`Login throttle unavailable: ${error.message}`));
  }

  async reset(email: string): Promise<void> {
    await this.redis.del(this.keys(email, '').account).catch(() => undefined);
  }
}
