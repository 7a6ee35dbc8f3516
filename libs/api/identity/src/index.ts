export { IdentityModule, identityEntities } from './lib/identity.module';
export { UsersService } from './lib/users/users.service';
export type { Contact } from './lib/users/users.service';
export { DemoAccounts } from './lib/seed/demo-accounts';
