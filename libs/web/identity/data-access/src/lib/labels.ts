import type { LearnerProfile, Role } from '@academy/shared/contracts';
import type { TranslatedMessage, TranslationKey } from '@academy/web/i18n';
import type { RoleAssignment } from './models';

// Typed key builders: the compiler checks every role and profile has a translation.

export function roleKey(role: Role): TranslationKey {
  return `role.${role}`;
}

export function learnerProfileKey(profile: LearnerProfile): TranslationKey {
  return `learnerProfile.${profile}`;
}

export function learnerProfileHintKey(profile: LearnerProfile): TranslationKey {
  return `learnerProfile.${profile}.hint`;
}

/** "Mentor" or "Partner admin (Torino)", as a function of the current language. */
export function roleAssignmentLabel(
  assignment: RoleAssignment,
  t: (key: TranslationKey, params?: TranslatedMessage['params']) => string,
): string {
  const role = t(roleKey(assignment.role));
  return assignment.territoryName
    ? t('role.inTerritory', { role, territory: assignment.territoryName })
    : role;
}
