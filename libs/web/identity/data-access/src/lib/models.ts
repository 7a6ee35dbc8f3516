import type { Language, LearnerProfile, Role } from '@academy/shared/contracts';

export interface TerritoryRef {
  id: string;
  slug: string;
  name: string;
}

export interface RoleAssignment {
  id: string;
  role: Role;
  territoryId: string | null;
  territoryName: string | null;
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  preferredLanguage: Language;
  learnerProfile: LearnerProfile;
  emailVerified: boolean;
  homeTerritory: TerritoryRef;
  roles: RoleAssignment[];
}

export interface Session {
  accessToken: string;
  expiresIn: number;
  user: Me;
}

export interface RegisterRequest {
  email: string;
  password: string;
  displayName: string;
  preferredLanguage: Language;
  homeTerritoryId: string;
  learnerProfile: LearnerProfile;
  acceptTerms: true;
}

export type UpdateMeRequest = Partial<
  Pick<Me, 'displayName' | 'preferredLanguage' | 'learnerProfile'> & { homeTerritoryId: string }
>;

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  homeTerritory: TerritoryRef;
  roles: RoleAssignment[];
}

export interface UserPage {
  items: UserSummary[];
  nextCursor: string | null;
}

export interface UserQuery {
  q?: string;
  territoryId?: string;
  cursor?: string | null;
  limit?: number;
}

export interface AssignRoleRequest {
  role: Role;
  territoryId?: string;
}
