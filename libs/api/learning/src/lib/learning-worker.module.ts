import { NotificationsWorkerModule } from '@academy/api/notifications';
import { QUEUES } from '@academy/shared/contracts';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CourseCompletedEmail } from './worker/course-completed-email';
import { LearningReminders, RemindersProcessor } from './worker/reminders';

/** Learning's part of the worker: handlers of its events, and the weekly reminders. */
@Module({
  imports: [NotificationsWorkerModule, BullModule.registerQueue({ name: QUEUES.reminders })],
  providers: [CourseCompletedEmail, LearningReminders, RemindersProcessor],
  exports: [LearningReminders],
})
export class LearningWorkerModule {}
