import { NotificationsWorkerModule } from '@academy/api/notifications';
import { Module } from '@nestjs/common';
import { CourseCompletedEmail } from './worker/course-completed-email';

/** Learning's part of the worker: handlers of its events (and, next, reminders). */
@Module({
  imports: [NotificationsWorkerModule],
  providers: [CourseCompletedEmail],
})
export class LearningWorkerModule {}
