export * from './lib/teaching.routes';
