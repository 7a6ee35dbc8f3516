import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const OUTBOX_STATUSES = ['pending', 'queued', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
/** email: a message to a person. event: a domain event for the worker's handlers (template = its type). */
export type OutboxChannel = 'email' | 'event';

/**
 * One message to send (an email, or a domain event for the worker), written in the same transaction as the change that causes it, so a
 * message is never lost (Redis down) nor sent for a change that rolled back.
 */
@Entity('outbox_messages')
@Index('uq_outbox_messages_idempotency_key', ['idempotencyKey'], { unique: true })
@Index('ix_outbox_messages_status_created_at', ['status', 'createdAt'])
@Check('ck_outbox_messages_status', `status IN (${OUTBOX_STATUSES.map((s) => `'${s}'`).join(', ')})`)
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  idempotencyKey!: string;

  @Column({ type: 'varchar', length: 16, default: 'email' })
  channel!: OutboxChannel;

  @Column({ type: 'varchar', length: 64 })
  template!: string;

  @Column({ type: 'varchar', length: 5 })
  locale!: string;

  @Column({ type: 'varchar', length: 320 })
  recipient!: string;

  @Column({ type: 'jsonb', default: {} })
  params!: Record<string, string>;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: OutboxStatus;

  /** Delivery attempts made, across retries. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** Times an admin sent a failed message back to the queue; part of the job id. */
  @Column({ type: 'int', default: 0 })
  manualRetries!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
