export * from './lib/languages';
export * from './lib/roles';
export * from './lib/queues';
export * from './lib/errors';
export * from './lib/courses/course-document';
