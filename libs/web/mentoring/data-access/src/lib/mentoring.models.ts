import type {
  AvailabilitySlot,
  CompetenceLevel,
  LegalForm,
  MeetingFormatCode,
  MyProgrammePair,
  Sector,
  WantedCompetenceView,
} from '@academy/shared/contracts';

/** The body of `PUT me/mentor-profile`: a new offer waits for approval, an edit keeps the decision. */
export interface MentorProfileRequest {
  bio: string;
  organisation: string;
  legalForm: LegalForm;
  sectors: Sector[];
  competences: CompetenceLevel[];
  languages: string[];
  formats: MeetingFormatCode[];
  capacity: number;
  availability: AvailabilitySlot[];
  experienceYears: number;
}

/** The body of `PUT me/mentee-profile`; `languages` in order of preference (the first is preferred). */
export interface MenteeProfileRequest {
  goals: string;
  competences: WantedCompetenceView[];
  sector: Sector | null;
  languages: string[];
  formats: MeetingFormatCode[];
  availability: AvailabilitySlot[];
  experienceYears: number;
  preferredMentorId: string | null;
}

/** The body of `POST relationships/:id/sessions`: the start as an ISO 8601 UTC timestamp. */
export interface SessionProposalRequest {
  startsAt: string;
  durationMinutes: number;
  format: MeetingFormatCode;
  where: string;
}

export interface FeedbackRequest {
  rating: number;
  comment: string;
}

/** The 30-day check-in: is the pairing working? A "no" ends it. */
export interface CheckInRequest {
  working: boolean;
  comment: string;
}

/** Each person's closing survey, sent when they end the relationship (or after the other did). */
export interface ClosingSurveyRequest {
  goalsMet: boolean;
  rating: number;
  comment: string;
}

/** What a person has done in mentoring (`GET me/record`), for learning paths that require it. */
export interface MentoringRecord {
  sessionsHeld: number;
  relationshipsCompleted: number;
  relationshipsActive: number;
}

export type MatchingObjective = 'max-matched' | 'max-score';

/** The body of `POST programmes`: dates as YYYY-MM-DD. */
export interface NewProgrammeRequest {
  name: string;
  startsOn: string;
  endsOn: string;
  territoryId?: string;
  weights?: Record<string, number>;
  objective?: MatchingObjective;
}

/** A programme as `GET programmes` lists it (the stored row, without people or pairs). */
export interface ProgrammeSummary {
  id: string;
  territoryId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  weights: Record<string, number>;
  objective: MatchingObjective;
  status: 'draft' | 'published';
  createdAt: string;
  publishedAt: string | null;
}

/** User ids to add to a programme, as `POST programmes/:id/participants` takes them. */
export interface ParticipantsRequest {
  mentors: string[];
  mentees: string[];
}

/** A change to a draft match: pairs removed and pairs added (a swap is both), checked as one. */
export interface EditPairsRequest {
  remove: string[];
  add: { menteeId: string; mentorId: string }[];
}

/** How a programme pair was answered by one side. */
/** The body of `POST programmes/:id/exclusions`: a pair ruled out, and why (for organisers). */
export interface ExclusionRequest {
  menteeId: string;
  mentorId: string;
  reason: string;
}

/** Where a programme pair stands after an answer (a draft pair cannot be answered). */
export type PairAnswer = Pick<MyProgrammePair, 'status' | 'relationshipId'>;
