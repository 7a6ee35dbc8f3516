import { NotificationsWorkerModule } from '@academy/api/notifications';
import { QUEUES } from '@academy/shared/contracts';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { MentoringCheckIns, MentoringJobsProcessor } from './worker/check-ins';

/** Mentoring's part of the worker: the 30-day check-ins. */
@Module({
  imports: [NotificationsWorkerModule, BullModule.registerQueue({ name: QUEUES.mentoring })],
  providers: [MentoringCheckIns, MentoringJobsProcessor],
  exports: [MentoringCheckIns],
})
export class MentoringWorkerModule {}
