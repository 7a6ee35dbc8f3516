import { APP_CONFIG, type AppConfig } from '@academy/api/core';
import { EmailPreferencesService, OutboxService } from '@academy/api/notifications';
import { QUEUES, type CourseDocument, type Language } from '@academy/shared/contracts';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { nextLesson } from '../progress/course-outline';

const BATCH = 200;

interface Due {
  userId: string;
  enrolmentId: string;
  lastLessonId: string | null;
  content: CourseDocument;
  email: string;
  displayName: string;
  language: Language;
}

/**
 * Weekly nudges: a learner with an unfinished course untouched for 7 days gets one email (about
 * the most recently touched of those courses), at most one a week, never after opting out.
 * The weekly limit is a conditional upsert on learner_reminders, so two workers running the
 * job at once still send one.
 */
@Injectable()
export class LearningReminders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly preferences: EmailPreferencesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends every reminder due at `now`; returns how many. */
  async sendDue(now = new Date()): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        // Opt-outs live with the notification preferences (email_preferences).
        const due = (await manager.query(
          `WITH stale AS (
             SELECT DISTINCT ON (e.user_id) e.user_id, e.id AS enrolment_id, e.last_lesson_id, e.version_id
             FROM enrolments e
             WHERE e.status = 'active' AND e.last_activity_at < $1::timestamptz - interval '7 days'
               AND NOT EXISTS (SELECT 1 FROM email_preferences p WHERE p.user_id = e.user_id AND NOT p.reminders)
               AND NOT EXISTS (SELECT 1 FROM learner_reminders r WHERE r.user_id = e.user_id AND r.last_sent_at > $1::timestamptz - interval '7 days')
             ORDER BY e.user_id, e.last_activity_at DESC
             LIMIT ${BATCH}
           ), claimed AS (
             INSERT INTO learner_reminders (user_id, last_sent_at) SELECT user_id, $1 FROM stale
             ON CONFLICT (user_id) DO UPDATE SET last_sent_at = EXCLUDED.last_sent_at
               WHERE learner_reminders.last_sent_at <= EXCLUDED.last_sent_at - interval '7 days'
             RETURNING user_id
           )
           SELECT s.user_id AS "userId", s.enrolment_id AS "enrolmentId", s.last_lesson_id AS "lastLessonId", v.content,
                  u.email, u.display_name AS "displayName", u.preferred_language AS language
           FROM stale s JOIN claimed c USING (user_id)
             JOIN course_versions v ON v.id = s.version_id JOIN users u ON u.id = s.user_id`,
          [now.toISOString()],
        )) as Due[];
        for (const learner of due) {
          const done = new Set<string>(
            ((await manager.query(`SELECT lesson_id FROM lesson_progress WHERE enrolment_id = $1`, [learner.enrolmentId])) as { lesson_id: string }[]).map(
              (r) => r.lesson_id,
            ),
          );
          const next = nextLesson(learner.content, done, learner.lastLessonId);
          const base = this.config.PUBLIC_URL.replace(/\/$/, '');
          await this.outbox.enqueueEmail(manager, {
            idempotencyKey: `learning-reminder:${learner.userId}:${now.toISOString().slice(0, 10)}`,
            to: learner.email,
            template: 'learning-reminder',
            locale: learner.language,
            params: {
              displayName: learner.displayName,
              courseTitle: learner.content.title,
              lessonTitle: next?.title ?? learner.content.title,
              link: `${base}/learn/${learner.enrolmentId}`,
              ...this.preferences.unsubscribeLinks(learner.userId),
            },
          });
        }
        return due.length;
      });
      sent += batch;
      if (batch < BATCH) return sent;
    }
  }
}

/** Runs the reminders every REMINDERS_EVERY_MINUTES through a BullMQ job scheduler (one per deployment). */
@Processor(QUEUES.reminders)
export class RemindersProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly reminders: LearningReminders,
    @InjectQueue(QUEUES.reminders) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'learning-reminders',
      { every: this.config.REMINDERS_EVERY_MINUTES * 60_000 },
      { name: 'send-due', opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  async process(): Promise<number> {
    return this.reminders.sendDue();
  }
}
