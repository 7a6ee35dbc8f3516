import {
  APP_CONFIG,
  invalidField,
  isUniqueViolation,
  type AppConfig,
  type AuthUser,
} from '@academy/api/core';
import { OutboxService } from '@academy/api/notifications';
import { TerritoriesService } from '@academy/api/territories';
import type { EmailTemplate, Language } from '@academy/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { RegisterDto } from '../dtos/auth.dtos';
import { OneTimeTokenEntity, type OneTimeTokenPurpose } from '../entities/one-time-token.entity';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { RoleAssignmentEntity } from '../entities/role-assignment.entity';
import { SessionEntity } from '../entities/session.entity';
import { UserEntity } from '../entities/user.entity';
import {
  emailNotVerified,
  invalidCredentials,
  invalidToken,
  sessionExpired,
  weakPassword,
  wrongCurrentPassword,
} from '../identity.errors';
import { PasswordHasher } from '../passwords/password-hasher';
import { passwordProblem } from '../passwords/password-policy';
import { LoginThrottle } from './login-throttle.service';
import { hashToken, newToken } from './tokens';

const HOUR = 3600_000;
const TOKEN_TTL: Record<OneTimeTokenPurpose, number> = {
  verify_email: 24 * HOUR,
  reset_password: HOUR,
};

export interface IssuedSession {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
  userId: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly outbox: OutboxService,
    private readonly territories: TerritoriesService,
    private readonly jwt: JwtService,
  ) {}

  /**
   * Creates an account and emails a verification link. Answers the same whether or not the
   * email is taken: the owner of an existing account is emailed instead, so registration
   * never reveals who has an account. Two identical requests at once make one account
   * (unique index on email).
   */
  async register(dto: RegisterDto): Promise<void> {
    const problem = passwordProblem(dto.password, [dto.email.split('@')[0] ?? '', dto.displayName]);
    if (problem) throw weakPassword('password', problem);
    await this.territories.get(dto.homeTerritoryId).catch(() => {
      throw invalidField('homeTerritoryId', 'is not a territory of the academy');
    });
    const passwordHash = await this.hasher.hash(dto.password);
    try {
      await this.dataSource.transaction(async (manager) => {
        const user = await manager.getRepository(UserEntity).save({
          email: dto.email,
          displayName: dto.displayName,
          passwordHash,
          preferredLanguage: dto.preferredLanguage,
          learnerProfile: dto.learnerProfile,
          homeTerritoryId: dto.homeTerritoryId,
          termsAcceptedAt: new Date(),
          emailVerifiedAt: null,
        });
        await manager
          .getRepository(RoleAssignmentEntity)
          .insert({ userId: user.id, role: 'learner' });
        await this.sendTokenEmail(manager, user, 'verify_email', 'verify-email', '/verify-email');
      });
    } catch (error) {
      if (!isUniqueViolation(error, 'uq_users_email')) throw error;
      await this.notifyExistingOwner(dto.email);
    }
  }

  private async notifyExistingOwner(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const owner = await manager.getRepository(UserEntity).findOneByOrFail({ email });
      // One such email per account per hour, however often someone tries.
      const hour = Math.floor(Date.now() / HOUR);
      if (owner.emailVerifiedAt === null) {
        await this.sendTokenEmail(
          manager,
          owner,
          'verify_email',
          'verify-email',
          '/verify-email',
          `resend-${hour}`,
        );
      } else {
        await this.outbox.enqueueEmail(manager, {
          idempotencyKey: `account-exists:${owner.id}:${hour}`,
          to: owner.email,
          template: 'account-exists',
          locale: owner.preferredLanguage,
          params: {
            displayName: owner.displayName,
            link: `${this.config.PUBLIC_URL}/forgot-password`,
          },
        });
      }
    });
  }

  /** Creates a one-time token and writes the email carrying its link, in `manager`'s transaction. */
  private async sendTokenEmail(
    manager: EntityManager,
    user: Pick<UserEntity, 'id' | 'email' | 'displayName' | 'preferredLanguage'>,
    purpose: OneTimeTokenPurpose,
    template: EmailTemplate,
    path: string,
    dedupe?: string,
  ): Promise<void> {
    const token = newToken();
    const saved = await manager.getRepository(OneTimeTokenEntity).save({
      userId: user.id,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + TOKEN_TTL[purpose]),
    });
    await this.outbox.enqueueEmail(manager, {
      idempotencyKey: `${template}:${user.id}:${dedupe ?? saved.id}`,
      to: user.email,
      template,
      locale: user.preferredLanguage,
      params: {
        displayName: user.displayName,
        link: `${this.config.PUBLIC_URL}${path}?token=${token}`,
      },
    });
  }

  /** Consumes a one-time token atomically; returns its user, or throws invalid_token. */
  private async consumeToken(
    manager: EntityManager,
    token: string,
    purpose: OneTimeTokenPurpose,
  ): Promise<string> {
    // For UPDATE, TypeORM's raw query answers [rows, affectedCount].
    const [rows]: [{ user_id: string }[], number] = await manager.query(
      `UPDATE one_time_tokens SET used_at = now()
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id`,
      [hashToken(token), purpose],
    );
    const userId = rows[0]?.user_id;
    if (!userId) throw invalidToken();
    return userId;
  }

  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      let userId: string;
      try {
        userId = await this.consumeToken(manager, token, 'verify_email');
      } catch (error) {
        // A second click on the same link is not an error for someone already verified.
        const used = await manager
          .getRepository(OneTimeTokenEntity)
          .findOneBy({ tokenHash: hashToken(token), purpose: 'verify_email' });
        const owner = used ? await users.findOneBy({ id: used.userId }) : null;
        if (owner?.emailVerifiedAt) return;
        throw error;
      }
      const verified = await users.update(
        { id: userId, emailVerifiedAt: IsNull() },
        { emailVerifiedAt: new Date() },
      );
      // Other contexts act on a confirmed account (learning enrols cohort invitations).
      const user = await users.findOneByOrFail({ id: userId });
      if (verified.affected)
        await this.outbox.enqueueEvent(manager, {
          idempotencyKey: `account.verified:${userId}`,
          type: 'account.verified',
          subjectId: userId,
          locale: user.preferredLanguage,
          payload: { userId, email: user.email },
        });
    });
  }

  /** Checks an email and password for the local strategy, with throttling. */
  async validateCredentials(email: string, password: string, ip: string): Promise<UserEntity> {
    await this.throttle.assertAllowed(email, ip);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    // verify() costs the same whether or not the account exists: no timing oracle.
    const ok = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !ok) {
      await this.throttle.recordFailure(email, ip);
      throw invalidCredentials();
    }
    if (!user.emailVerifiedAt) throw emailNotVerified();
    await this.throttle.reset(email);
    return user;
  }

  async startSession(userId: string, userAgent: string | undefined): Promise<IssuedSession> {
    return this.dataSource.transaction(async (manager) => {
      const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 24 * HOUR);
      const session = await manager.getRepository(SessionEntity).save({
        userId,
        userAgent: userAgent?.slice(0, 300) ?? null,
        expiresAt,
        revokedAt: null,
        revokedReason: null,
      });
      return this.issue(manager, session);
    });
  }

  private async issue(manager: EntityManager, session: SessionEntity): Promise<IssuedSession> {
    const refreshToken = newToken();
    await manager
      .getRepository(RefreshTokenEntity)
      .insert({ sessionId: session.id, tokenHash: hashToken(refreshToken) });
    const accessToken = await this.jwt.signAsync(
      { sub: session.userId, sid: session.id },
      { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS },
    );
    return {
      accessToken,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      refreshToken,
      refreshExpiresAt: session.expiresAt,
      userId: session.userId,
    };
  }

  /**
   * Rotates a refresh token. A token presented a second time means it was copied: the whole
   * session (every token of its family) is revoked, for the thief and the owner alike.
   */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    if (!refreshToken) throw sessionExpired();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await manager
        .getRepository(RefreshTokenEntity)
        .findOne({
          where: { tokenHash: hashToken(refreshToken) },
          lock: { mode: 'pessimistic_write' },
        });
      if (!token) return null;
      const session = await manager.getRepository(SessionEntity).findOneBy({ id: token.sessionId });
      if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
      if (token.usedAt) {
        await this.revoke(manager, { id: session.id }, 'reuse');
        return null;
      }
      await manager.getRepository(RefreshTokenEntity).update(token.id, { usedAt: new Date() });
      return this.issue(manager, session);
    });
    if (!outcome) throw sessionExpired();
    return outcome;
  }

  async logout(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    await this.dataSource.transaction(async (manager) => {
      const token = await manager
        .getRepository(RefreshTokenEntity)
        .findOneBy({ tokenHash: hashToken(refreshToken) });
      if (token) await this.revoke(manager, { id: token.sessionId }, 'logout');
    });
  }

  private async revoke(
    manager: EntityManager,
    where: { id?: string; userId?: string },
    reason: string,
    keep?: string,
  ) {
    const query = manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('revoked_at IS NULL');
    if (where.id) query.andWhere('id = :id', { id: where.id });
    if (where.userId) query.andWhere('user_id = :userId', { userId: where.userId });
    if (keep) query.andWhere('id <> :keep', { keep });
    await query.execute();
  }

  /** Emails a reset link when the account exists; answers the same either way. */
  async forgotPassword(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOneBy({ email });
      if (user)
        await this.sendTokenEmail(
          manager,
          user,
          'reset_password',
          'reset-password',
          '/reset-password',
        );
    });
  }

  /** Sets a new password from an emailed link; every session of the account ends. */
  async resetPassword(token: string, password: string): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) throw weakPassword('password', problem);
    const passwordHash = await this.hasher.hash(password);
    const email = await this.dataSource.transaction(async (manager) => {
      const userId = await this.consumeToken(manager, token, 'reset_password');
      const users = manager.getRepository(UserEntity);
      const user = await users.findOneByOrFail({ id: userId });
      // The link reached the inbox, which proves the address as well as verification would.
      await users.update(userId, {
        passwordHash,
        emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
      });
      await this.revoke(manager, { userId }, 'password_reset');
      await this.notifyPasswordChanged(manager, user);
      return user.email;
    });
    await this.throttle.reset(email);
  }

  /**
   * Changes the password of a signed-in person; their other sessions end, this one stays.
   * Wrong current passwords count as failed logins, so a stolen access token cannot be used
   * to guess the password.
   */
  async changePassword(
    user: AuthUser,
    currentPassword: string,
    newPassword: string,
    ip: string,
  ): Promise<void> {
    const problem = passwordProblem(newPassword, [
      user.email.split('@')[0] ?? '',
      user.displayName,
    ]);
    if (problem) throw weakPassword('newPassword', problem);
    await this.throttle.assertAllowed(user.email, ip);
    const stored = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    if (!(await this.hasher.verify(stored.passwordHash, currentPassword))) {
      await this.throttle.recordFailure(user.email, ip);
      throw wrongCurrentPassword();
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update(user.id, { passwordHash });
      await this.revoke(manager, { userId: user.id }, 'password_change', user.sessionId);
      await this.notifyPasswordChanged(manager, stored);
    });
  }

  private async notifyPasswordChanged(manager: EntityManager, user: UserEntity): Promise<void> {
    await this.outbox.enqueueEmail(manager, {
      idempotencyKey: `password-changed:${user.id}:${Date.now()}`,
      to: user.email,
      template: 'password-changed',
      locale: user.preferredLanguage as Language,
      params: { displayName: user.displayName, link: `${this.config.PUBLIC_URL}/forgot-password` },
    });
  }
}
