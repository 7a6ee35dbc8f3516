export * from './lib/territories.store';
