/** Peer mentoring: vocabulary and the API's answers, shared by the API and the web app. */

export const LEGAL_FORMS = [
  'cooperative',
  'association',
  'social_enterprise',
  'foundation',
  'other',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** Sectors of the social economy the academy's partners work in. */
export const SECTORS = [
  'social_agriculture',
  'renewable_energy',
  'circular_economy',
  'care_services',
  'work_integration',
  'culture_tourism',
  'digital_services',
  'food',
  'housing',
  'education',
  'ethical_finance',
] as const;
export type Sector = (typeof SECTORS)[number];

export const MEETING_FORMATS = ['online', 'in-person'] as const;
export type MeetingFormatCode = (typeof MEETING_FORMATS)[number];

export const AVAILABILITY_SLOTS = [
  'weekday-morning',
  'weekday-afternoon',
  'weekday-evening',
  'weekend',
] as const;
export type AvailabilitySlot = (typeof AVAILABILITY_SLOTS)[number];

export const MENTOR_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type MentorStatus = (typeof MENTOR_STATUSES)[number];

/** "framework:code" (e.g. "entrecomp:2.4") and a proficiency level 1-8. */
export interface CompetenceLevel {
  code: string;
  level: number;
}

export interface WantedCompetenceView {
  code: string;
  currentLevel?: number;
  targetLevel?: number;
}

export interface MentorProfileView {
  id: string;
  userId: string;
  displayName: string;
  bio: string;
  organisation: string;
  legalForm: LegalForm;
  sectors: Sector[];
  competences: CompetenceLevel[];
  languages: string[];
  territoryId: string | null;
  formats: MeetingFormatCode[];
  capacity: number;
  activeMentees: number;
  availability: AvailabilitySlot[];
  experienceYears: number;
  paused: boolean;
  status: MentorStatus;
}

export interface MenteeProfileView {
  userId: string;
  goals: string;
  competences: WantedCompetenceView[];
  sector: Sector | null;
  languages: string[];
  formats: MeetingFormatCode[];
  availability: AvailabilitySlot[];
  experienceYears: number;
  preferredMentorId: string | null;
  /** The preferred mentor's name, while their offer stands (null otherwise). */
  preferredMentor: { id: string; displayName: string } | null;
}

/**
 * Why a mentor is suggested: each criterion's points with its facts (structured, so the web
 * app words them in the reader's language). Mirrors the matching engine's contributions.
 */
export interface MatchExplanationItem {
  criterion: string;
  points: number;
  maxPoints: number;
  [fact: string]: unknown;
}

export interface MentorSuggestion {
  mentor: MentorProfileView;
  score: number;
  explanation: MatchExplanationItem[];
}

export const MENTORSHIP_REQUEST_STATUSES = [
  'pending',
  'accepted',
  'declined',
  'withdrawn',
] as const;
export type MentorshipRequestStatus = (typeof MENTORSHIP_REQUEST_STATUSES)[number];

export interface MentorshipRequestView {
  id: string;
  mentee: { userId: string; displayName: string };
  mentor: { id: string; userId: string; displayName: string };
  message: string;
  status: MentorshipRequestStatus;
  responseMessage: string | null;
  createdAt: string;
  respondedAt: string | null;
  relationshipId: string | null;
}

export interface MentoringSessionView {
  id: string;
  startsAt: string;
  durationMinutes: number;
  format: MeetingFormatCode;
  where: string;
  status: 'proposed' | 'confirmed' | 'cancelled';
  proposedBy: string;
  /** Feedback given by the person asking (1-5 and a comment), if any. */
  myFeedback: { rating: number; comment: string } | null;
  feedbackCount: number;
}

export interface RelationshipView {
  id: string;
  mentor: { id: string; userId: string; displayName: string };
  mentee: { userId: string; displayName: string };
  goals: string;
  status: 'active' | 'closed';
  startedAt: string;
  endedAt: string | null;
  sessions: MentoringSessionView[];
}

export interface PrivateNoteView {
  id: string;
  authorId: string;
  text: string;
  createdAt: string;
}

export interface ProgrammePairView {
  id: string;
  mentor: { id: string; userId: string; displayName: string };
  mentee: { userId: string; displayName: string };
  score: number;
  explanation: MatchExplanationItem[];
  status: 'draft' | 'proposed' | 'accepted' | 'declined';
  mentorAccepted: boolean | null;
  menteeAccepted: boolean | null;
}

export interface ProgrammeExclusionView {
  mentee: { userId: string; displayName: string };
  mentor: { id: string; userId: string; displayName: string };
  /** For the organisers only. */
  reason: string;
}

export interface ProgrammeView {
  id: string;
  territoryId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  weights: Record<string, number>;
  objective: 'max-matched' | 'max-score';
  status: 'draft' | 'published';
  /** `id` is the mentor profile's id, which pair edits name. */
  mentors: {
    id: string;
    userId: string;
    displayName: string;
    capacity: number;
    activeMentees: number;
  }[];
  mentees: { userId: string; displayName: string }[];
  pairs: ProgrammePairView[];
  /** Pairs the organisers ruled out: never proposed, refused in edits. */
  exclusions: ProgrammeExclusionView[];
  unmatchedMenteeIds: string[];
  totalScore: number;
}

/** A programme pair as one of its two people sees it, once the programme is published. */
export interface MyProgrammePair {
  id: string;
  programme: { id: string; name: string; startsOn: string; endsOn: string };
  /** The reader's side of the pair. */
  role: 'mentor' | 'mentee';
  other: { displayName: string };
  score: number;
  explanation: MatchExplanationItem[];
  status: 'proposed' | 'accepted' | 'declined';
  /** The reader's answer and the other side's (null: not yet). */
  myAnswer: boolean | null;
  otherAnswer: boolean | null;
  relationshipId: string | null;
}

export interface ProgrammeStats {
  matched: number;
  waiting: number;
  accepted: number;
  declined: number;
  sessionsHeld: number;
  /** Average session feedback, 1-5 (null without feedback). */
  satisfaction: number | null;
  mentorsLoad: { userId: string; displayName: string; mentees: number; capacity: number }[];
}
