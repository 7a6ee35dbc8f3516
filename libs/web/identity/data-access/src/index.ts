export * from './lib/models';
export * from './lib/auth.api';
export * from './lib/auth.store';
export * from './lib/auth.interceptor';
export * from './lib/auth.guards';
export * from './lib/users.api';
export * from './lib/provide-identity';
export * from './lib/labels';
