import {
  AVAILABILITY_SLOTS,
  type AvailabilitySlot,
  type CompetenceLevel,
  LANGUAGES,
  LEGAL_FORMS,
  type LegalForm,
  MEETING_FORMATS,
  type MeetingFormatCode,
  type MenteeProfileView,
  type MentorProfileView,
  SECTORS,
  type Sector,
  type WantedCompetenceView,
} from '@academy/shared/contracts';
import type { MenteeProfileRequest, MentorProfileRequest } from './mentoring.models';

/** The API's limits (mentoring.dtos.ts), also used for the fields' maxlength and hints. */
export const PROFILE_LIMITS = {
  goals: { min: 10, max: 3000 },
  bio: { min: 20, max: 3000 },
  organisation: { max: 200 },
  capacity: { min: 1, max: 20 },
  experienceYears: { min: 0, max: 70 },
  mentorCompetences: 30,
  menteeCompetences: 20,
  level: { min: 1, max: 8 },
} as const;

/** A wanted competence as the form holds it: levels not given are null. */
export interface WantedCompetenceDraft {
  code: string;
  currentLevel: number | null;
  targetLevel: number | null;
}

export interface MenteeFormValue {
  goals: string;
  competences: WantedCompetenceDraft[];
  /** '' when the person names no sector. */
  sector: string;
  /** Their preferred language, asked first: the matching engine favours mentors who speak it. */
  firstLanguage: string;
  otherLanguages: string[];
  formats: string[];
  availability: string[];
  experienceYears: number | null;
}

export interface MentorFormValue {
  bio: string;
  organisation: string;
  legalForm: string;
  sectors: string[];
  competences: CompetenceLevel[];
  languages: string[];
  formats: string[];
  capacity: number | null;
  availability: string[];
  experienceYears: number | null;
}

/** The codes of a vocabulary that were chosen, once each, in the vocabulary's order. */
export function chosen<T extends string>(vocabulary: readonly T[], values: readonly string[]): T[] {
  return vocabulary.filter((code) => values.includes(code));
}

const isSector = (value: string): value is Sector => (SECTORS as readonly string[]).includes(value);
const isLegalForm = (value: string): value is LegalForm =>
  (LEGAL_FORMS as readonly string[]).includes(value);

/** The preferred language first, then the others in the usual order, each once. */
export function orderedLanguages(first: string, others: readonly string[]): string[] {
  const rest = chosen(LANGUAGES, others).filter((l) => l !== first);
  return first ? [first, ...rest] : rest;
}

/** Levels that were not given are left out: the matching engine reads them as "not started" / "one level up". */
export function wantedCompetence(draft: WantedCompetenceDraft): WantedCompetenceView {
  const wanted: WantedCompetenceView = { code: draft.code };
  if (draft.currentLevel !== null) wanted.currentLevel = draft.currentLevel;
  if (draft.targetLevel !== null) wanted.targetLevel = draft.targetLevel;
  return wanted;
}

/** A target at or below the current level is no gap to close. */
export function targetNotAbove(draft: Pick<WantedCompetenceDraft, 'currentLevel' | 'targetLevel'>) {
  return (
    draft.currentLevel !== null &&
    draft.targetLevel !== null &&
    draft.targetLevel <= draft.currentLevel
  );
}

/** The request for a filled-in mentee form; the preferred mentor is kept as it was. */
export function menteeRequest(
  value: MenteeFormValue,
  preferredMentorId: string | null = null,
): MenteeProfileRequest {
  return {
    goals: value.goals.trim(),
    competences: value.competences.map(wantedCompetence),
    sector: isSector(value.sector) ? value.sector : null,
    languages: orderedLanguages(value.firstLanguage, value.otherLanguages),
    formats: chosen<MeetingFormatCode>(MEETING_FORMATS, value.formats),
    availability: chosen<AvailabilitySlot>(AVAILABILITY_SLOTS, value.availability),
    experienceYears: value.experienceYears ?? 0,
    preferredMentorId,
  };
}

/** The form for a saved mentee profile, or a new one in the reader's language. */
export function menteeFormValue(
  profile: MenteeProfileView | null,
  language: string,
): MenteeFormValue {
  if (!profile)
    return {
      goals: '',
      competences: [],
      sector: '',
      firstLanguage: language,
      otherLanguages: [],
      formats: ['online'],
      availability: [],
      experienceYears: 0,
    };
  const [first = language, ...others] = profile.languages;
  return {
    goals: profile.goals,
    competences: profile.competences.map((c) => ({
      code: c.code,
      currentLevel: c.currentLevel ?? null,
      targetLevel: c.targetLevel ?? null,
    })),
    sector: profile.sector ?? '',
    firstLanguage: first,
    otherLanguages: others,
    formats: [...profile.formats],
    availability: [...profile.availability],
    experienceYears: profile.experienceYears,
  };
}

/** The request for a filled-in mentor form. */
export function mentorRequest(value: MentorFormValue): MentorProfileRequest {
  return {
    bio: value.bio.trim(),
    organisation: value.organisation.trim(),
    legalForm: isLegalForm(value.legalForm) ? value.legalForm : 'other',
    sectors: chosen<Sector>(SECTORS, value.sectors),
    competences: value.competences.map((c) => ({ code: c.code, level: c.level })),
    languages: chosen(LANGUAGES, value.languages),
    formats: chosen<MeetingFormatCode>(MEETING_FORMATS, value.formats),
    capacity: value.capacity ?? PROFILE_LIMITS.capacity.min,
    availability: chosen<AvailabilitySlot>(AVAILABILITY_SLOTS, value.availability),
    experienceYears: value.experienceYears ?? 0,
  };
}

export function mentorFormValue(
  profile: MentorProfileView | null,
  language: string,
): MentorFormValue {
  if (!profile)
    return {
      bio: '',
      organisation: '',
      legalForm: '',
      sectors: [],
      competences: [],
      languages: [language],
      formats: ['online'],
      capacity: 2,
      availability: [],
      experienceYears: null,
    };
  return {
    bio: profile.bio,
    organisation: profile.organisation,
    legalForm: profile.legalForm,
    sectors: [...profile.sectors],
    competences: profile.competences.map((c) => ({ ...c })),
    languages: [...profile.languages],
    formats: [...profile.formats],
    capacity: profile.capacity,
    availability: [...profile.availability],
    experienceYears: profile.experienceYears,
  };
}

/** Adds a competence, replacing an earlier entry of the same code (its levels change). */
export function upsertByCode<T extends { code: string }>(list: readonly T[], entry: T): T[] {
  const at = list.findIndex((c) => c.code === entry.code);
  return at < 0 ? [...list, entry] : list.map((c, i) => (i === at ? entry : c));
}

/** "entrecomp:2.4" → { framework: 'entrecomp', code: '2.4' }. */
export function splitCompetenceCode(code: string): { framework: string; code: string } {
  const at = code.indexOf(':');
  return at < 0
    ? { framework: '', code }
    : { framework: code.slice(0, at), code: code.slice(at + 1) };
}
