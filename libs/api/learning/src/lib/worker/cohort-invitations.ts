import { APP_CONFIG, type AppConfig } from '@academy/api/core';
import { EventDispatcher, OutboxService, type DomainEvent } from '@academy/api/notifications';
import type { Language } from '@academy/shared/contracts';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { startEnrolment } from '../enrolment/start-enrolment';

/** Enrols a newly confirmed account in the cohorts its address was invited to. */
@Injectable()
export class CohortInvitations implements OnModuleInit {
  constructor(
    private readonly dispatcher: EventDispatcher,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.dispatcher.on('account.verified', (event, manager) => this.handle(event, manager));
  }

  private async handle(event: DomainEvent, manager: EntityManager): Promise<void> {
    const [learner] = (await manager.query(
      `SELECT id, email, display_name AS "displayName", preferred_language AS "preferredLanguage" FROM users WHERE id = $1`,
      [event.payload['userId']],
    )) as { id: string; email: string; displayName: string; preferredLanguage: Language }[];
    if (!learner) return;
    // Plain SQL on the catalogue's tables: the worker does not load that context for one lookup.
    const invitations = (await manager.query(
      `SELECT i.id, i.cohort_id AS "cohortId", c.course_id AS "courseId", co.published_version_id AS "versionId", v.content->>'title' AS title
       FROM cohort_invitations i JOIN cohorts c ON c.id = i.cohort_id JOIN courses co ON co.id = c.course_id
         JOIN course_versions v ON v.id = co.published_version_id
       WHERE i.email = $1 AND i.accepted_at IS NULL AND co.archived_at IS NULL
       FOR UPDATE OF i`,
      [learner.email],
    )) as { id: string; cohortId: string; courseId: string; versionId: string; title: string }[];
    for (const invitation of invitations) {
      await startEnrolment(manager, this.outbox, this.config.PUBLIC_URL, {
        userId: learner.id,
        courseId: invitation.courseId,
        versionId: invitation.versionId,
        courseTitle: invitation.title,
        cohortId: invitation.cohortId,
        learner,
      });
      await manager.query(`UPDATE cohort_invitations SET accepted_at = now() WHERE id = $1`, [invitation.id]);
    }
  }
}
