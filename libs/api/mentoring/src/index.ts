export { MentoringModule, mentoringEntities } from './lib/mentoring.module';
export { DemoMentoring } from './lib/seed/demo-mentoring.seeder';
