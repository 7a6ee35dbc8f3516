import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Language, Role } from '@academy/shared/contracts';

/** The signed-in person as every context sees them (set by identity's guard). */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  preferredLanguage: Language;
  homeTerritoryId: string;
  sessionId: string;
  roles: { role: Role; territoryId: string | null }[];
}

export const ROLES_KEY = 'roles';

/** Allows a route to people holding any of these roles (territory checks stay per object). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
});

export const isAdmin = (user: AuthUser) => user.roles.some((r) => r.role === 'admin');

/** Territories this person administers as partner admin. */
export const adminTerritories = (user: AuthUser): string[] =>
  user.roles.filter((r) => r.role === 'partner_admin' && r.territoryId).map((r) => r.territoryId as string);

/** Admins may act everywhere; partner admins only in their own territory. */
export const canAdministerTerritory = (user: AuthUser, territoryId: string) =>
  isAdmin(user) || adminTerritories(user).includes(territoryId);
