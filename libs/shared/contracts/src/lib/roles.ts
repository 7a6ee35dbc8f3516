export const ROLES = ['learner', 'mentor', 'trainer', 'partner_admin', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that only make sense inside one territory. */
export const TERRITORY_SCOPED_ROLES: readonly Role[] = ['partner_admin'];

export const LEARNER_PROFILES = [
  'university_student',
  'aspiring_entrepreneur',
  'practising_entrepreneur',
] as const;
export type LearnerProfile = (typeof LEARNER_PROFILES)[number];

export const PARTNER_TYPES = [
  'public_authority',
  'social_economy_organisation',
  'university',
  'network',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];
