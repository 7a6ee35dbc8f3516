import type { OutboxService } from '@academy/api/notifications';
import type { Language } from '@academy/shared/contracts';
import type { EntityManager } from 'typeorm';

export interface EnrolmentStart {
  userId: string;
  courseId: string;
  versionId: string;
  courseTitle: string;
  cohortId?: string | null;
  learner: { email: string; displayName: string; preferredLanguage: Language };
}

/**
 * Enrols (or enrols again after withdrawing) and writes the confirmation email, in the caller's
 * transaction. One statement decides, so a double click, two tabs or a re-uploaded cohort file
 * make one enrolment and one email. Returns false when the learner was already enrolled.
 */
export async function startEnrolment(
  manager: EntityManager,
  outbox: OutboxService,
  publicUrl: string,
  start: EnrolmentStart,
): Promise<boolean> {
  const rows = (await manager.query(
    `INSERT INTO enrolments (user_id, course_id, version_id, cohort_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, course_id) DO UPDATE
       SET status = 'active', enrolled_at = now(), last_activity_at = now(), completed_at = NULL,
           cohort_id = coalesce(EXCLUDED.cohort_id, enrolments.cohort_id)
       WHERE enrolments.status = 'withdrawn'
     RETURNING id, enrolled_at AS "enrolledAt"`,
    [start.userId, start.courseId, start.versionId, start.cohortId ?? null],
  )) as { id: string; enrolledAt: Date }[];
  const started = rows[0];
  if (!started) return false;
  await outbox.enqueueEmail(manager, {
    idempotencyKey: `enrolment-confirmed:${started.id}:${started.enrolledAt.getTime()}`,
    to: start.learner.email,
    template: 'enrolment-confirmed',
    locale: start.learner.preferredLanguage,
    params: {
      displayName: start.learner.displayName,
      courseTitle: start.courseTitle,
      link: `${publicUrl.replace(/\/$/, '')}/learn/${started.id}`,
    },
  });
  return true;
}
