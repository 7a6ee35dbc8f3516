import { QUEUES, type DomainEventType, type EventJob } from '@academy/shared/contracts';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity';

export interface DomainEvent {
  id: string;
  type: DomainEventType;
  subjectId: string;
  locale: string;
  payload: Record<string, string>;
}

/** Runs in the event's transaction: whatever it writes commits with "handled", or not at all. */
export type EventHandler = (event: DomainEvent, manager: EntityManager) => Promise<void>;

/**
 * Hands each domain event from the outbox to the handlers that other contexts register (for
 * example learning's course.completed email; certificates later). The row is locked while
 * handlers run and marked sent in the same transaction, so an event delivered twice (retry,
 * two workers) is handled once.
 */
@Injectable()
export class EventDispatcher {
  private readonly handlers = new Map<DomainEventType, EventHandler[]>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  on(type: DomainEventType, handler: EventHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  async dispatch(outboxId: string): Promise<'handled' | 'already-handled' | 'missing'> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(OutboxMessageEntity).findOne({
        where: { id: outboxId, channel: 'event' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) return 'missing';
      if (row.status === 'sent') return 'already-handled';
      const event: DomainEvent = {
        id: row.id,
        type: row.template as DomainEventType,
        subjectId: row.recipient,
        locale: row.locale,
        payload: row.params,
      };
      for (const handler of this.handlers.get(event.type) ?? []) await handler(event, manager);
      await manager.update(OutboxMessageEntity, row.id, { status: 'sent', sentAt: new Date(), attempts: row.attempts + 1, lastError: null });
      return 'handled';
    });
  }

  async markFailed(outboxId: string, error: string): Promise<void> {
    await this.dataSource
      .getRepository(OutboxMessageEntity)
      .update({ id: outboxId, status: 'queued' }, { status: 'failed', lastError: error });
  }
}

@Processor(QUEUES.events, { concurrency: 4 })
export class EventsProcessor extends WorkerHost {
  private readonly logger = new Logger(EventsProcessor.name);

  constructor(private readonly dispatcher: EventDispatcher) {
    super();
  }

  async process(job: Job<EventJob>): Promise<string> {
    try {
      return await this.dispatcher.dispatch(job.data.outboxId);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.dispatcher.markFailed(job.data.outboxId, message);
      throw error;
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Events worker: ${error.message}`);
  }
}
