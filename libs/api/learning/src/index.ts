export { LearningModule, learningEntities } from './lib/learning.module';
export { EnrolmentService } from './lib/enrolment/enrolment.service';
export { LearningWorkerModule } from './lib/learning-worker.module';
export { LearningReminders } from './lib/worker/reminders';
export { DemoLearning } from './lib/seed/demo-learning.seeder';
