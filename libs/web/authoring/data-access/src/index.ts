export * from './lib/authoring.models';
export * from './lib/authoring.api';
export * from './lib/document-factory';
export * from './lib/document-paths';
export * from './lib/my-courses.store';
export * from './lib/course-editor.store';
export * from './lib/review-queue.store';
