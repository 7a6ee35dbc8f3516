/** What the matcher knows about people. Codes (languages, sectors, slots) are compared exactly. */

export type MeetingFormat = 'online' | 'in-person';

export interface MentorCompetence {
  readonly code: string;
  /** Proficiency on the competence framework's scale (EntreComp: 1..8). */
  readonly level: number;
}

export interface WantedCompetence {
  readonly code: string;
  /** Where the mentee is now; absent = not yet started (0). */
  readonly currentLevel?: number;
  /** Where the mentee wants to get; absent = one level above the current one. */
  readonly targetLevel?: number;
}

export interface MentorProfile {
  readonly id: string;
  /** The person behind the profile: someone may be both mentor and mentee, never to themselves. */
  readonly personId: string;
  readonly languages: readonly string[];
  readonly territoryId: string | null;
  readonly sectors: readonly string[];
  readonly competences: readonly MentorCompetence[];
  readonly formats: readonly MeetingFormat[];
  /** Mentees the mentor takes in total; places left = capacity - activeMentees. */
  readonly capacity: number;
  readonly activeMentees: number;
  /** Availability slot codes, e.g. 'weekday-evening', 'weekend'. */
  readonly availability: readonly string[];
  readonly experienceYears: number;
  /** A paused mentor takes no new mentees. */
  readonly paused: boolean;
}

export interface MenteeProfile {
  readonly id: string;
  readonly personId: string;
  /** In order of preference: the first is the mentee's preferred language. */
  readonly languages: readonly string[];
  readonly territoryId: string | null;
  readonly sector: string | null;
  /** The competence gaps the mentee wants mentoring on. */
  readonly wantedCompetences: readonly WantedCompetence[];
  readonly formats: readonly MeetingFormat[];
  /** Availability slot codes; empty = available at any time. */
  readonly availability: readonly string[];
  readonly experienceYears: number;
  readonly preferredMentorId?: string | null;
}

/** A mentee–mentor pair by id, e.g. a pair that already ended or an admin exclusion. */
export interface PairRef {
  readonly menteeId: string;
  readonly mentorId: string;
}
