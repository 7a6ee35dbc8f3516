export { AppModule } from './lib/app/app.module';
export { createApp } from './lib/app/create-app';
export { WorkerModule } from './lib/worker/worker.module';
export { createDataSource, dataSourceOptions, entities } from './lib/database/data-source';
export { pendingSchemaChanges } from './lib/database/schema-diff';
