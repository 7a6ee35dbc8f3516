import { APP_CONFIG, type AppConfig } from '@academy/api/core';
import { OutboxService } from '@academy/api/notifications';
import { QUEUES, type Language } from '@academy/shared/contracts';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

/**
 * Thirty days into a relationship, both of the pair are asked "is this pairing working?". The
 * conditional update marks each relationship once, so two workers never ask twice.
 */
@Injectable()
export class MentoringCheckIns {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sendDue(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [due] = (await manager.query(
        `UPDATE mentoring_relationships SET check_in_sent_at = $1
         WHERE status = 'active' AND check_in_sent_at IS NULL AND started_at < $1::timestamptz - interval '30 days'
         RETURNING id, mentor_user_id AS "mentorUserId", mentee_id AS "menteeId"`,
        [now.toISOString()],
      )) as [{ id: string; mentorUserId: string; menteeId: string }[], number];
      for (const pair of due) {
        const people = (await manager.query(
          `SELECT id, email, display_name AS "displayName", preferred_language AS language FROM users WHERE id = ANY($1::uuid[])`,
          [[pair.mentorUserId, pair.menteeId]],
        )) as { id: string; email: string; displayName: string; language: Language }[];
        for (const person of people) {
          const other = people.find((p) => p.id !== person.id);
          await this.outbox.enqueueEmail(manager, {
            idempotencyKey: `mentoring-check-in:${pair.id}:${person.id}`,
            to: person.email,
            template: 'mentoring-check-in',
            locale: person.language,
            params: {
              displayName: person.displayName,
              otherName: other?.displayName ?? '',
              link: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/mentoring/relationships/${pair.id}`,
            },
          });
        }
      }
      return due.length;
    });
  }
}

/** Looks for due check-ins on the reminders' schedule (REMINDERS_EVERY_MINUTES). */
@Processor(QUEUES.mentoring)
export class MentoringJobsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly checkIns: MentoringCheckIns,
    @InjectQueue(QUEUES.mentoring) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'mentoring-check-ins',
      { every: this.config.REMINDERS_EVERY_MINUTES * 60_000 },
      { name: 'check-ins', opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  async process(): Promise<number> {
    return this.checkIns.sendDue();
  }
}
