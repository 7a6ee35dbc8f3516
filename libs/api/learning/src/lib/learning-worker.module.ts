import { NotificationsWorkerModule } from '@academy/api/notifications';
import { QUEUES } from '@academy/shared/contracts';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CohortInvitations } from './worker/cohort-invitations';
import { CourseCompletedEmail } from './worker/course-completed-email';
import { LearningReminders, RemindersProcessor } from './worker/reminders';

/** Learning's part of the worker: completion emails, cohort invitations on sign-up, weekly reminders. */
@Module({
  imports: [NotificationsWorkerModule, BullModule.registerQueue({ name: QUEUES.reminders })],
  providers: [CourseCompletedEmail, CohortInvitations, LearningReminders, RemindersProcessor],
  exports: [LearningReminders],
})
export class LearningWorkerModule {}
