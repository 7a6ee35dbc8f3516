import type { TerritoriesService, TerritorySummary } from '@academy/api/territories';
import type { Language, LearnerProfile, Role } from '@academy/shared/contracts';
import type { RoleAssignmentEntity } from '../entities/role-assignment.entity';
import type { UserEntity } from '../entities/user.entity';

export interface RoleView {
  id: string;
  role: Role;
  territoryId: string | null;
  territoryName: string | null;
}

export interface UserSummaryView {
  id: string;
  email: string;
  displayName: string;
  homeTerritory: TerritorySummary;
  roles: RoleView[];
}

export interface MeView extends UserSummaryView {
  preferredLanguage: Language;
  learnerProfile: LearnerProfile;
  emailVerified: boolean;
}

const ROLE_ORDER: Role[] = ['admin', 'partner_admin', 'trainer', 'mentor', 'learner'];

/** Builds user views with territory names, asking the territories context once per batch. */
export async function toViews(
  territories: TerritoriesService,
  users: (UserEntity & { roles: RoleAssignmentEntity[] })[],
): Promise<MeView[]> {
  const ids = users.flatMap((u) => [
    u.homeTerritoryId,
    ...u.roles.map((r) => r.territoryId ?? '').filter(Boolean),
  ]);
  const names = await territories.getMany(ids);
  const missing = { id: '', slug: '', name: '' };
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    preferredLanguage: u.preferredLanguage,
    learnerProfile: u.learnerProfile,
    emailVerified: u.emailVerifiedAt !== null,
    homeTerritory: names.get(u.homeTerritoryId) ?? missing,
    roles: [...u.roles]
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
      .map((r) => toRoleView(r, names)),
  }));
}

export const toRoleView = (
  r: RoleAssignmentEntity,
  names: Map<string, TerritorySummary>,
): RoleView => ({
  id: r.id,
  role: r.role,
  territoryId: r.territoryId,
  territoryName: r.territoryId ? (names.get(r.territoryId)?.name ?? null) : null,
});
