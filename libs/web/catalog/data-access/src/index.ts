export * from './lib/catalog.models';
export * from './lib/catalog-query';
export * from './lib/catalog-search.store';
export * from './lib/course.store';
