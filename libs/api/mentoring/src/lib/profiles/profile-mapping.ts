import type { MentorProfileView, MenteeProfileView } from '@academy/shared/contracts';
import type { MenteeProfile, MentorProfile } from '@academy/shared/matching';
import type { MenteeProfileEntity } from '../entities/mentee-profile.entity';
import type { MentorProfileEntity } from '../entities/mentor-profile.entity';

export function mentorView(row: MentorProfileEntity, displayName: string, activeMentees: number): MentorProfileView {
  return {
    id: row.id,
    userId: row.userId,
    displayName,
    bio: row.bio,
    organisation: row.organisation,
    legalForm: row.legalForm,
    sectors: row.sectors,
    competences: row.competences,
    languages: row.languages,
    territoryId: row.territoryId,
    formats: row.formats,
    capacity: row.capacity,
    activeMentees,
    availability: row.availability,
    experienceYears: row.experienceYears,
    paused: row.paused,
    status: row.status,
  };
}

export function menteeView(row: MenteeProfileEntity, preferredMentor: MenteeProfileView['preferredMentor'] = null): MenteeProfileView {
  return {
    userId: row.userId,
    goals: row.goals,
    competences: row.competences,
    sector: row.sector,
    languages: row.languages,
    formats: row.formats,
    availability: row.availability,
    experienceYears: row.experienceYears,
    preferredMentorId: row.preferredMentorId,
    preferredMentor,
  };
}

/** The matching engine's view of a mentor. */
export const toMatchingMentor = (row: MentorProfileEntity, activeMentees: number): MentorProfile => ({
  id: row.id,
  personId: row.userId,
  languages: row.languages,
  territoryId: row.territoryId,
  sectors: row.sectors,
  competences: row.competences,
  formats: row.formats,
  capacity: row.capacity,
  activeMentees,
  availability: row.availability,
  experienceYears: row.experienceYears,
  paused: row.paused || row.status !== 'approved',
});

/** The matching engine's view of a mentee (their home territory comes from their account). */
export const toMatchingMentee = (row: MenteeProfileEntity, territoryId: string | null): MenteeProfile => ({
  id: row.userId,
  personId: row.userId,
  languages: row.languages,
  territoryId,
  sector: row.sector,
  wantedCompetences: row.competences,
  formats: row.formats,
  availability: row.availability,
  experienceYears: row.experienceYears,
  preferredMentorId: row.preferredMentorId,
});
