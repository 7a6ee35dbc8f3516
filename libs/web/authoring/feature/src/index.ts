export * from './lib/authoring.routes';
