import { APP_CONFIG, type AppConfig } from '@academy/api/core';
import type { EmailTemplate } from '@academy/shared/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity';
import { renderEmail } from '../templates/render';
import { EmailTransport } from './email-transport';

export type DeliveryResult = 'sent' | 'already-sent' | 'missing';

@Injectable()
export class EmailDeliveryService {
  private readonly logger = new Logger(EmailDeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: EmailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sends one outbox message. The row is locked for the duration of the send, so a job
   * delivered twice (retry, duplicate, two workers) sends once: the second delivery waits,
   * then finds the row already sent.
   */
  async deliver(outboxId: string): Promise<DeliveryResult> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<DeliveryResult | { error: unknown }> => {
      const message = await manager.getRepository(OutboxMessageEntity).findOne({
        where: { id: outboxId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!message) return 'missing';
      if (message.status === 'sent') return 'already-sent';
      const email = renderEmail(message.template as EmailTemplate, message.locale, message.params);
      const host = new URL(this.config.PUBLIC_URL).hostname;
      try {
        const oneClick = message.params['oneClickUnsubscribeUrl'];
        // RFC 8058: mail clients offer their own "unsubscribe" button, one POST, no sign-in.
        const headers = oneClick ? { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : undefined;
        await this.transport.send({ to: message.recipient, ...email, messageId: `<${message.id}@${host}>`, headers, calendar: message.params['ics'] });
      } catch (error) {
        // Record the attempt (committed), then let the queue retry with backoff.
        await manager.update(OutboxMessageEntity, message.id, {
          attempts: message.attempts + 1,
          lastError: error instanceof Error ? error.message : String(error),
        });
        return { error };
      }
      await manager.update(OutboxMessageEntity, message.id, {
        status: 'sent',
        sentAt: new Date(),
        attempts: message.attempts + 1,
        lastError: null,
      });
      return 'sent';
    });
    if (typeof outcome === 'object') throw outcome.error;
    return outcome;
  }

  /** Marks a message that failed every attempt, so admins see it and can retry it. */
  async markFailed(outboxId: string, error: string): Promise<void> {
    this.logger.warn(`Email ${outboxId} failed every attempt: ${error}`);
    await this.dataSource
      .getRepository(OutboxMessageEntity)
      .update({ id: outboxId, status: 'queued' }, { status: 'failed', lastError: error });
  }
}
