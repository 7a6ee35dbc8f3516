import { APP_CONFIG, type AppConfig } from '@academy/api/core';
import { OutboxService } from '@academy/api/notifications';
import type { EmailTemplate } from '@academy/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Contact } from '../people-directory';

export interface ReviewEmail {
  /** The review event that causes the emails: its id makes each recipient's key (no double send on retry). */
  eventId: string;
  template: Extract<
    EmailTemplate,
    'course-submitted' | 'course-approved' | 'course-changes-requested'
  >;
  courseId: string;
  courseTitle: string;
  version: number;
  params: Record<string, string>;
}

/** Writes the workflow's emails to the outbox, in the caller's transaction. */
@Injectable()
export class ReviewEmails {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(manager: EntityManager, recipients: Contact[], email: ReviewEmail): Promise<void> {
    const base = this.config.PUBLIC_URL.replace(/\/$/, '');
    // Reviewers go to their queue; authors to the course they wrote.
    const link =
      email.template === 'course-submitted'
        ? `${base}/authoring/reviews`
        : `${base}/authoring/courses/${email.courseId}`;
    for (const to of recipients) {
      await this.outbox.enqueueEmail(manager, {
        idempotencyKey: `${email.template}:${email.eventId}:${to.id}`,
        to: to.email,
        template: email.template,
        locale: to.preferredLanguage,
        params: {
          ...email.params,
          displayName: to.displayName,
          courseTitle: email.courseTitle,
          version: String(email.version),
          link,
        },
      });
    }
  }
}
