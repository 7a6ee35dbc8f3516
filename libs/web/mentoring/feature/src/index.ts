export * from './lib/mentoring.routes';
