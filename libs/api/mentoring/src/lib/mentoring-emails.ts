import { APP_CONFIG, type AppConfig } from '@academy/api/core';
import { OutboxService } from '@academy/api/notifications';
import type { EmailTemplate, Language } from '@academy/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { buildIcs } from './calendar/ics';

interface Person {
  id: string;
  email: string;
  displayName: string;
  language: Language;
}

/** Mentoring's emails, written to the outbox in the caller's transaction. */
@Injectable()
export class MentoringEmails {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get base(): string {
    return this.config.PUBLIC_URL.replace(/\/$/, '');
  }

  private async people(manager: EntityManager, ids: string[]): Promise<Map<string, Person>> {
    const rows = (await manager.query(
      `SELECT id, email, display_name AS "displayName", preferred_language AS language FROM users WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as Person[];
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async send(manager: EntityManager, key: string, to: Person | undefined, template: EmailTemplate, params: Record<string, string>) {
    if (!to) return;
    await this.outbox.enqueueEmail(manager, {
      idempotencyKey: `${template}:${key}:${to.id}`,
      to: to.email,
      template,
      locale: to.language,
      params: { displayName: to.displayName, ...params },
    });
  }

  async requested(manager: EntityManager, requestId: string): Promise<void> {
    const [r] = (await manager.query(
      `SELECT r.mentee_id AS "menteeId", m.user_id AS "mentorUserId", r.message FROM mentorship_requests r JOIN mentor_profiles m ON m.id = r.mentor_id WHERE r.id = $1`,
      [requestId],
    )) as { menteeId: string; mentorUserId: string; message: string }[];
    if (!r) return;
    const people = await this.people(manager, [r.menteeId, r.mentorUserId]);
    await this.send(manager, requestId, people.get(r.mentorUserId), 'mentorship-requested', {
      menteeName: people.get(r.menteeId)?.displayName ?? '',
      message: r.message,
      link: `${this.base}/mentoring`,
    });
  }

  async answered(manager: EntityManager, requestId: string, relationshipId: string | null): Promise<void> {
    const [r] = (await manager.query(
      `SELECT r.mentee_id AS "menteeId", m.user_id AS "mentorUserId", r.response_message AS message FROM mentorship_requests r JOIN mentor_profiles m ON m.id = r.mentor_id WHERE r.id = $1`,
      [requestId],
    )) as { menteeId: string; mentorUserId: string; message: string | null }[];
    if (!r) return;
    const people = await this.people(manager, [r.menteeId, r.mentorUserId]);
    await this.send(manager, requestId, people.get(r.menteeId), relationshipId ? 'mentorship-accepted' : 'mentorship-declined', {
      mentorName: people.get(r.mentorUserId)?.displayName ?? '',
      message: r.message ?? '',
      link: relationshipId ? `${this.base}/mentoring/relationships/${relationshipId}` : `${this.base}/mentoring`,
    });
  }

  /** Both sides of a published programme pair are asked to accept it. */
  async programmeMatch(manager: EntityManager, pairId: string, programmeName: string, mentorUserId: string, menteeId: string): Promise<void> {
    const people = await this.people(manager, [mentorUserId, menteeId]);
    for (const [me, other] of [
      [mentorUserId, menteeId],
      [menteeId, mentorUserId],
    ] as const)
      await this.send(manager, pairId, people.get(me), 'programme-match', {
        programmeName,
        otherName: people.get(other)?.displayName ?? '',
        link: `${this.base}/mentoring`,
      });
  }

  async sessionProposed(manager: EntityManager, sessionId: string, fromId: string, toId: string, relationshipId: string, when: Date): Promise<void> {
    const people = await this.people(manager, [fromId, toId]);
    await this.send(manager, sessionId, people.get(toId), 'mentoring-session-proposed', {
      otherName: people.get(fromId)?.displayName ?? '',
      when: formatWhen(when, people.get(toId)?.language ?? 'en'),
      link: `${this.base}/mentoring/relationships/${relationshipId}`,
    });
  }

  /** Both of the pair get the confirmed meeting with a calendar invitation (.ics). */
  async sessionConfirmed(
    manager: EntityManager,
    session: { id: string; revision: number; startsAt: Date; durationMinutes: number; where: string },
    pair: { mentorUserId: string; menteeId: string; relationshipId: string; goals: string },
  ): Promise<void> {
    const people = await this.people(manager, [pair.mentorUserId, pair.menteeId]);
    const attendees = [...people.values()].map((p) => ({ name: p.displayName, email: p.email }));
    const link = `${this.base}/mentoring/relationships/${pair.relationshipId}`;
    for (const [me, other] of [
      [pair.mentorUserId, pair.menteeId],
      [pair.menteeId, pair.mentorUserId],
    ] as const) {
      const to = people.get(me);
      const otherName = people.get(other)?.displayName ?? '';
      const ics = buildIcs({
        uid: `mentoring-session-${session.id}@${new URL(this.base).hostname}`,
        sequence: session.revision,
        start: session.startsAt,
        durationMinutes: session.durationMinutes,
        summary: `Mentoring: ${attendees.map((a) => a.name).join(' & ')}`,
        description: `${pair.goals}\n\n${link}`,
        location: session.where,
        organizer: { name: 'MU.ST.SEE Academy', email: this.config.MAIL_FROM.replace(/^.*<|>.*$/g, '') },
        attendees,
      });
      await this.send(manager, `${session.id}:${session.revision}`, to, 'mentoring-session-confirmed', {
        otherName,
        when: formatWhen(session.startsAt, to?.language ?? 'en'),
        where: session.where,
        link,
        ics,
      });
    }
  }
}

/** A meeting time in the reader's language, in UTC (the invitation carries the exact instant). */
export function formatWhen(date: Date, language: Language): string {
  return `${new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;
}
