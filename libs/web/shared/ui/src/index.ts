export * from './lib/control-error.pipe';
export * from './lib/form-alert.component';
export * from './lib/form-helpers';
export * from './lib/nest-headings';
export * from './lib/rubric-levels.component';
