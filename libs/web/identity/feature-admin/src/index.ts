export * from './lib/users-admin.routes';
