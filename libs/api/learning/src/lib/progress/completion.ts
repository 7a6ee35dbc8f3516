import { PublishedCourses } from '@academy/api/catalog';
import { UsersService } from '@academy/api/identity';
import { OutboxService } from '@academy/api/notifications';
import type { ProgressSummary } from '@academy/shared/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LockedEnrolment } from '../learning-access';
import { lessonNotFound } from '../learning.errors';
import { findLesson, optionalLessonIds, requiredLessonIds } from './course-outline';

export interface LessonDone {
  progress: ProgressSummary;
  /** True only for the write that completed the course. */
  courseCompleted: boolean;
}

export const summary = (done: number, total: number): ProgressSummary => ({
  done,
  total,
  percent: total === 0 ? 100 : Math.floor((100 * done) / total),
});

/**
 * Records a finished lesson and, when it was the last required one, the course's completion:
 * once (a conditional update), with a `course.completed` event in the outbox of the same
 * transaction, so certificates never miss one and never get two.
 */
@Injectable()
export class Completion {
  constructor(
    private readonly courses: PublishedCourses,
    private readonly outbox: OutboxService,
    private readonly users: UsersService,
  ) {}

  /** The caller holds the enrolment's lock (lockEnrolment). */
  async lessonDone(manager: EntityManager, enrolment: LockedEnrolment, lessonId: string): Promise<LessonDone> {
    const version = await this.courses.version(enrolment.versionId, manager);
    const required = requiredLessonIds(version.content);
    const optional = optionalLessonIds(version.content);
    // A review may complete an assignment of a version the learner has since left.
    if (!findLesson(version.content, lessonId)) throw lessonNotFound();
    // Every progress row is a lesson of the enrolment's version (moving to another version
    // drops the others), so the required lessons done are all rows minus the optional ones:
    // no list of hundreds of ids to send and match on every write. The count runs after the
    // insert in the same statement's snapshot, so it adds the row just inserted (if any) to
    // the rows committed before the enrolment's lock was taken.
    const [{ done }] = (await manager.query(
      `WITH inserted AS (
         INSERT INTO lesson_progress (enrolment_id, lesson_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING lesson_id)
       SELECT ((SELECT count(*) FROM lesson_progress WHERE enrolment_id = $1 AND NOT (lesson_id = ANY($3::uuid[])))
             + (SELECT count(*) FROM inserted WHERE NOT (lesson_id = ANY($3::uuid[]))))::int AS done`,
      [enrolment.id, lessonId, optional],
    )) as { done: number }[];
    const progress = summary(done, required.length);
    if (done < required.length || enrolment.status === 'completed') return { progress, courseCompleted: false };

    const [completed] = (await manager.query(
      `UPDATE enrolments SET status = 'completed', completed_at = now()
       WHERE id = $1 AND completed_at IS NULL RETURNING completed_at AS "completedAt"`,
      [enrolment.id],
    )) as [{ completedAt: Date }[], number];
    const completedAt = completed[0]?.completedAt;
    if (!completedAt) return { progress, courseCompleted: false };
    const [learner] = await this.users.contacts([enrolment.userId], manager);
    await this.outbox.enqueueEvent(manager, {
      idempotencyKey: `course.completed:${enrolment.id}`,
      type: 'course.completed',
      subjectId: enrolment.userId,
      locale: learner?.preferredLanguage ?? 'en',
      payload: {
        enrolmentId: enrolment.id,
        userId: enrolment.userId,
        courseId: enrolment.courseId,
        versionId: version.id,
        versionNumber: String(version.number),
        completedAt: completedAt.toISOString(),
      },
    });
    return { progress, courseCompleted: true };
  }
}
