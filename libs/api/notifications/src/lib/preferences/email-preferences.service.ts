import { APP_CONFIG, invalidField, type AppConfig } from '@academy/api/core';
import type { EmailPreferences } from '@academy/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Repository } from 'typeorm';
import { EmailPreferenceEntity } from '../entities/email-preference.entity';

const PURPOSE = 'unsubscribe:reminders';

/**
 * Optional emails and the unsubscribe link that works without signing in. The link carries the
 * person's id and an HMAC of it: nothing to store, nothing to guess, and it keeps working in an
 * old email (unsubscribing must never fail because a link expired).
 */
@Injectable()
export class EmailPreferencesService {
  constructor(
    @InjectRepository(EmailPreferenceEntity) private readonly preferences: Repository<EmailPreferenceEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(userId: string): Promise<EmailPreferences> {
    const row = await this.preferences.findOneBy({ userId });
    return { reminders: row?.reminders ?? true };
  }

  async set(userId: string, preferences: EmailPreferences): Promise<EmailPreferences> {
    await this.preferences.upsert({ userId, reminders: preferences.reminders }, ['userId']);
    return this.get(userId);
  }

  private sign(userId: string): string {
    return createHmac('sha256', this.config.JWT_SECRET).update(`${PURPOSE}:${userId}`).digest('base64url');
  }

  /** Links for an email's footer (the web page) and its List-Unsubscribe header (one click). */
  unsubscribeLinks(userId: string): { unsubscribeUrl: string; oneClickUnsubscribeUrl: string } {
    const token = `${userId}.${this.sign(userId)}`;
    const base = this.config.PUBLIC_URL.replace(/\/$/, '');
    return {
      unsubscribeUrl: `${base}/unsubscribe?token=${token}`,
      oneClickUnsubscribeUrl: `${base}/api/email-preferences/unsubscribe?token=${token}`,
    };
  }

  async unsubscribe(token: string): Promise<EmailPreferences> {
    const [userId = '', signature = ''] = token.split('.');
    const expected = Buffer.from(this.sign(userId));
    const given = Buffer.from(signature);
    if (!/^[0-9a-f-]{36}$/i.test(userId) || given.length !== expected.length || !timingSafeEqual(given, expected))
      throw invalidField('token', 'is not a valid unsubscribe link');
    // The user may have been deleted since: then there is nothing to send anyway.
    await this.preferences
      .createQueryBuilder()
      .insert()
      .values({ userId, reminders: false })
      .orUpdate(['reminders'], ['user_id'])
      .execute()
      .catch(() => undefined);
    return { reminders: false };
  }
}
