export * from './lib/competences.routes';
