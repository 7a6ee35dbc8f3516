export { MentoringModule, mentoringEntities } from './lib/mentoring.module';
