import type { EnrolmentStatus } from '@academy/shared/contracts';
import type { EntityManager } from 'typeorm';
import { enrolmentNotFound, withdrawn } from './learning.errors';

export interface LockedEnrolment {
  id: string;
  userId: string;
  courseId: string;
  versionId: string;
  status: EnrolmentStatus;
}

/**
 * Opens a learner's write on their enrolment: checks it is theirs (another learner's id is
 * "not found", never "forbidden", so ids reveal nothing), records the activity, and locks the
 * row until the transaction ends. Every progress write of one enrolment therefore runs one
 * after another, which is what lets completion see every lesson done (two last lessons
 * marked at the same moment still complete the course, once).
 */
export async function lockEnrolment(
  manager: EntityManager,
  enrolmentId: string,
  userId: string,
  lessonId: string | null = null,
): Promise<LockedEnrolment> {
  const [rows] = (await manager.query(
    `UPDATE enrolments SET last_activity_at = now(), last_lesson_id = coalesce($3, last_lesson_id)
     WHERE id = $1 AND user_id = $2
     RETURNING id, user_id AS "userId", course_id AS "courseId", version_id AS "versionId", status`,
    [enrolmentId, userId, lessonId],
  )) as [LockedEnrolment[], number];
  const enrolment = rows[0];
  if (!enrolment) throw enrolmentNotFound();
  if (enrolment.status === 'withdrawn') throw withdrawn();
  return enrolment;
}
