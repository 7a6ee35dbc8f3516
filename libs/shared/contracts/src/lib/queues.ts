import type { Language } from './languages';

/** BullMQ queue names: the API and the worker must agree on them. */
export const QUEUES = { email: 'email' } as const;

/** The email job carries only the outbox row id: the row is the source of truth. */
export interface EmailJob {
  outboxId: string;
}

export const EMAIL_TEMPLATES = [
  'verify-email',
  'account-exists',
  'reset-password',
  'password-changed',
  'course-submitted',
  'course-approved',
  'course-changes-requested',
] as const;
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];

export interface EmailMessageRequest {
  /** Deduplicates the message: the same key never produces two outbox rows. */
  idempotencyKey: string;
  to: string;
  template: EmailTemplate;
  locale: Language;
  params: Record<string, string>;
}
