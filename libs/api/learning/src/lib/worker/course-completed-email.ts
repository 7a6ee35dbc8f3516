import { APP_CONFIG, type AppConfig } from '@academy/api/core';
import { EventDispatcher, OutboxService, type DomainEvent } from '@academy/api/notifications';
import type { Language } from '@academy/shared/contracts';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Congratulates the learner when the course.completed event is handled (once per completion). */
@Injectable()
export class CourseCompletedEmail implements OnModuleInit {
  constructor(
    private readonly dispatcher: EventDispatcher,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.dispatcher.on('course.completed', (event, manager) => this.handle(event, manager));
  }

  private async handle(event: DomainEvent, manager: EntityManager): Promise<void> {
    // Plain SQL: the worker does not load the catalogue's module for one title and one address.
    const [row] = (await manager.query(
      `SELECT v.content->>'title' AS title, u.email, u.display_name AS "displayName", u.preferred_language AS language
       FROM course_versions v, users u WHERE v.id = $1 AND u.id = $2`,
      [event.payload['versionId'], event.payload['userId']],
    )) as { title: string; email: string; displayName: string; language: Language }[];
    if (!row) return;
    await this.outbox.enqueueEmail(manager, {
      idempotencyKey: `course-completed:${event.payload['enrolmentId']}`,
      to: row.email,
      template: 'course-completed',
      locale: row.language,
      params: { displayName: row.displayName, courseTitle: row.title, link: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/learn` },
    });
  }
}
