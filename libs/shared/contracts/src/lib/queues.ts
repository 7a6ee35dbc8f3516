import type { Language } from './languages';

/** BullMQ queue names: the API and the worker must agree on them. */
export const QUEUES = { email: 'email', events: 'events', reminders: 'reminders', mentoring: 'mentoring' } as const;

/** The email job carries only the outbox row id: the row is the source of truth. */
export interface EmailJob {
  outboxId: string;
}

/** A domain event's job: the outbox row (channel "event") holds its type and payload. */
export type EventJob = EmailJob;

export const EMAIL_TEMPLATES = [
  'verify-email',
  'account-exists',
  'reset-password',
  'password-changed',
  'course-submitted',
  'course-approved',
  'course-changes-requested',
  'enrolment-confirmed',
  'course-completed',
  'learning-reminder',
  'cohort-invitation',
  'mentorship-requested',
  'mentorship-accepted',
  'mentorship-declined',
  'mentoring-session-proposed',
  'mentoring-session-confirmed',
  'programme-match',
  'mentoring-check-in',
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
