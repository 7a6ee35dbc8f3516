import { APP_CONFIG, type AppConfig } from '@academy/api/core';
import { QUEUES, type EmailJob, type EventJob } from '@academy/shared/contracts';
import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity';

/** A queued message whose job has not finished after this long is queued again (Redis may
 * have lost it: it keeps nothing on disk here). The job id makes a still-queued job a no-op. */
const REQUEUE_AFTER_SECONDS = 300;
const BATCH = 100;
const ADD_TIMEOUT_MS = 5000;

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });

/**
 * Moves outbox rows to their queue: emails to the email queue, domain events to the events queue. Runs in the worker on a timer; while Redis is down
 * the rows stay pending and go out when it returns. Rows are claimed with SKIP LOCKED so two
 * workers never relay the same row at once.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.email) private readonly queue: Queue<EmailJob>,
    @InjectQueue(QUEUES.events) private readonly events: Queue<EventJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.OUTBOX_POLL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.relay().catch((error: unknown) => {
      this.logger.warn(`Outbox relay paused: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    });
    await this.running;
    this.running = undefined;
  }

  private async assertRedisReady(): Promise<void> {
    const client = await this.queue.getBackend().client;
    if (client.status !== 'ready') throw new Error(`Redis is ${client.status}`);
  }

  /** Relays one batch; returns how many rows went to the queue. */
  async relay(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Pick<OutboxMessageEntity, 'id' | 'manualRetries' | 'channel' | 'template'>[] = await manager
        .getRepository(OutboxMessageEntity)
        .createQueryBuilder('m')
        .select(['m.id', 'm.manualRetries', 'm.channel', 'm.template'])
        .where(`m.status = 'pending'`)
        .orWhere(`m.status = 'queued' AND m.queued_at < now() - make_interval(secs => :after)`, {
          after: REQUEUE_AFTER_SECONDS,
        })
        .orderBy('m.created_at')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length === 0) return 0;
      // If Redis is down this throws and the transaction rolls back: the rows stay pending.
      await this.assertRedisReady();
      const job = (row: (typeof rows)[number], name: string) => ({
        name,
        data: { outboxId: row.id },
        opts: {
          jobId: `${row.id}-${row.manualRetries}`,
          attempts: this.config.EMAIL_MAX_ATTEMPTS,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: { age: 24 * 3600 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      });
      const emails = rows.filter((r) => r.channel === 'email').map((r) => job(r, 'send'));
      const events = rows.filter((r) => r.channel === 'event').map((r) => job(r, r.template));
      const added = Promise.all([
        emails.length ? this.queue.addBulk(emails) : [],
        events.length ? this.events.addBulk(events) : [],
      ]);
      // Never hold the rows' locks for a whole Redis outage. A late add still lands, and the
      // job ids make the next relay of the same rows a no-op.
      await withTimeout(added, ADD_TIMEOUT_MS);
      await manager
        .createQueryBuilder()
        .update(OutboxMessageEntity)
        .set({ status: 'queued', queuedAt: () => 'now()' })
        .whereInIds(rows.map((r) => r.id))
        .execute();
      return rows.length;
    });
  }
}
