import { notFound, DomainError } from '@academy/api/core';
import type { DomainEventType, EmailMessageRequest, Language } from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { OutboxMessageEntity, type OutboxStatus } from './entities/outbox-message.entity';

export interface OutboxMessageView {
  id: string;
  template: string;
  recipient: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

@Injectable()
export class OutboxService {
  constructor(@InjectRepository(OutboxMessageEntity) private readonly messages: Repository<OutboxMessageEntity>) {}

  /**
   * Records an email to send. Call it with the EntityManager of the transaction that makes
   * the change, so the email exists exactly when the change does. A repeated idempotency key
   * is ignored, which makes callers safe to retry.
   */
  async enqueueEmail(manager: EntityManager, request: EmailMessageRequest): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      .values({
        idempotencyKey: request.idempotencyKey,
        template: request.template,
        locale: request.locale,
        recipient: request.to,
        params: request.params,
      })
      .orIgnore()
      .execute();
  }

  /**
   * Records a domain event in the caller's transaction: the worker hands it to the event's
   * handlers once the change is committed, and it survives a crash of either side. The
   * subject is the person the event is about; the locale, their language (for anything
   * written to them, like a certificate).
   */
  async enqueueEvent(
    manager: EntityManager,
    event: { idempotencyKey: string; type: DomainEventType; subjectId: string; locale: Language; payload: Record<string, string> },
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      .values({
        idempotencyKey: event.idempotencyKey,
        channel: 'event',
        template: event.type,
        locale: event.locale,
        recipient: event.subjectId,
        params: event.payload,
      })
      .orIgnore()
      .execute();
  }

  async list(status: OutboxStatus | undefined, limit: number): Promise<OutboxMessageView[]> {
    const rows = await this.messages.find({
      where: status ? { status } : {},
      order: { createdAt: 'DESC' },
      take: limit,
    });
    return rows.map(({ id, template, recipient, status, attempts, lastError, createdAt, sentAt }) => ({
      id,
      template,
      recipient,
      status,
      attempts,
      lastError,
      createdAt,
      sentAt,
    }));
  }

  /** Sends a failed message back to the queue (the relay picks it up). */
  async retry(id: string): Promise<void> {
    const result = await this.messages
      .createQueryBuilder()
      .update()
      .set({ status: 'pending', attempts: 0, manualRetries: () => 'manual_retries + 1' })
      .where('id = :id AND status = :failed', { id, failed: 'failed' })
      .execute();
    if (result.affected === 0) {
      const exists = await this.messages.exists({ where: { id } });
      if (!exists) throw notFound('Message');
      throw new DomainError(409, 'not_failed', 'Only failed messages can be retried');
    }
  }
}
