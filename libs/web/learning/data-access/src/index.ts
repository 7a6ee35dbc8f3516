export * from './lib/learning.models';
export * from './lib/learning.api';
export * from './lib/course-plan';
export * from './lib/quiz-answers';
export * from './lib/rubric';
export * from './lib/player.store';
export * from './lib/my-learning.store';
export * from './lib/enrolment.store';
