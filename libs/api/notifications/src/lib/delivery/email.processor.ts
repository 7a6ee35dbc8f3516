import { QUEUES, type EmailJob } from '@academy/shared/contracts';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { EmailDeliveryService, type DeliveryResult } from './email-delivery.service';

/** Thin: one job, one call. Retries and backoff come from the job's options. */
@Processor(QUEUES.email, { concurrency: 4 })
export class EmailProcessor extends WorkerHost {
  private readonly logger = new Logger(EmailProcessor.name);

  constructor(private readonly delivery: EmailDeliveryService) {
    super();
  }

  async process(job: Job<EmailJob>): Promise<DeliveryResult> {
    try {
      return await this.delivery.deliver(job.data.outboxId);
    } catch (error) {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (lastAttempt) await this.delivery.markFailed(job.data.outboxId, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  /** Connection errors while Redis is away: BullMQ reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Email worker: ${error.message}`);
  }
}
