export { MentoringModule, mentoringEntities } from './lib/mentoring.module';
export { DEMO_OPEN_PROGRAMME, DEMO_PROGRAMME, DemoMentoring } from './lib/seed/demo-mentoring.seeder';
export { MentoringWorkerModule } from './lib/mentoring-worker.module';
export { MentoringCheckIns } from './lib/worker/check-ins';
