import { MenteeProfile, MentorProfile } from '../lib/profiles';

/** A mentor who shares Italian, online and evenings with `mentee()`; override what a test needs. */
export function mentor(overrides: Partial<MentorProfile> = {}): MentorProfile {
  return {
    id: 'mentor-1',
    personId: 'person-m1',
    languages: ['it', 'en'],
    territoryId: 'pordenone',
    sectors: ['social-agriculture'],
    competences: [{ code: 'financial-literacy', level: 6 }],
    formats: ['online', 'in-person'],
    capacity: 3,
    activeMentees: 0,
    availability: ['weekday-evening', 'weekend'],
    experienceYears: 12,
    paused: false,
    ...overrides,
  };
}

export function mentee(overrides: Partial<MenteeProfile> = {}): MenteeProfile {
  return {
    id: 'mentee-1',
    personId: 'person-e1',
    languages: ['it'],
    territoryId: 'pordenone',
    sector: 'social-agriculture',
    wantedCompetences: [{ code: 'financial-literacy', currentLevel: 2, targetLevel: 5 }],
    formats: ['online'],
    availability: ['weekday-evening'],
    experienceYears: 2,
    preferredMentorId: null,
    ...overrides,
  };
}
