export * from './lib/competences.models';
export * from './lib/competences.store';
