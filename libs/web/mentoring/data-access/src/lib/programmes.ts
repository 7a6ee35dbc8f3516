import type { ProgrammeView } from '@academy/shared/contracts';
import {
  DEFAULT_MATCHING_WEIGHTS,
  MATCHING_CRITERIA,
  type MatchingCriterion,
} from '@academy/shared/matching';
import type { TranslationKey } from '@academy/web/i18n';
import type {
  EditPairsRequest,
  MatchingObjective,
  NewProgrammeRequest,
  ParticipantsRequest,
} from './mentoring.models';

/** The matching criteria and their default weights, as the matching engine has them. */
export const DEFAULT_WEIGHTS: Readonly<Record<MatchingCriterion, number>> =
  DEFAULT_MATCHING_WEIGHTS;
export type WeightCriterion = MatchingCriterion;
export const WEIGHT_CRITERIA: readonly WeightCriterion[] = MATCHING_CRITERIA;

export const PROGRAMME_NAME_MAX = 160;

export interface ProgrammeFormValue {
  name: string;
  startsOn: string;
  endsOn: string;
  territoryId: string;
  objective: MatchingObjective;
  /** One entry per criterion; null when the field was left empty (the default weight). */
  weights: Record<WeightCriterion, number | null>;
}

export type ProgrammeFormProblem =
  'name' | 'startsOn' | 'endsOn' | 'endsBeforeStart' | 'weights' | 'territoryId';

/** What is wrong with a new programme before it is sent. */
export function programmeProblems(
  value: ProgrammeFormValue,
  territoryRequired: boolean,
): ProgrammeFormProblem[] {
  const problems: ProgrammeFormProblem[] = [];
  const name = value.name.trim();
  if (!name || name.length > PROGRAMME_NAME_MAX) problems.push('name');
  if (!value.startsOn) problems.push('startsOn');
  if (!value.endsOn) problems.push('endsOn');
  else if (value.startsOn && value.endsOn < value.startsOn) problems.push('endsBeforeStart');
  const weights = WEIGHT_CRITERIA.map((c) => value.weights[c] ?? DEFAULT_WEIGHTS[c]);
  if (weights.some((w) => !Number.isFinite(w) || w < 0) || weights.every((w) => w === 0))
    problems.push('weights');
  if (territoryRequired && !value.territoryId) problems.push('territoryId');
  return problems;
}

/**
 * The request for a valid form: the name trimmed, the territory only when chosen, and the
 * weights only when one differs from the default (the API keeps the defaults otherwise).
 */
export function programmeRequest(value: ProgrammeFormValue): NewProgrammeRequest {
  const request: NewProgrammeRequest = {
    name: value.name.trim(),
    startsOn: value.startsOn,
    endsOn: value.endsOn,
    objective: value.objective,
  };
  if (value.territoryId) request.territoryId = value.territoryId;
  const weights = Object.fromEntries(
    WEIGHT_CRITERIA.map((c) => [c, value.weights[c] ?? DEFAULT_WEIGHTS[c]]),
  ) as Record<WeightCriterion, number>;
  if (WEIGHT_CRITERIA.some((c) => weights[c] !== DEFAULT_WEIGHTS[c])) request.weights = weights;
  return request;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * User ids pasted into a text box, one per line or separated by commas or spaces: the ids once
 * each (lower case), and what does not look like an id.
 */
export function parseUserIds(text: string): { ids: string[]; invalid: string[] } {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const ids = [...new Set(parts.filter((p) => UUID.test(p)).map((p) => p.toLowerCase()))];
  const invalid = [...new Set(parts.filter((p) => !UUID.test(p)))];
  return { ids, invalid };
}

export function participantsRequest(mentors: string, mentees: string): ParticipantsRequest {
  return { mentors: parseUserIds(mentors).ids, mentees: parseUserIds(mentees).ids };
}

/** A person the API would not add to a programme: which list, which id and why. */
export interface ParticipantProblem {
  list: 'mentors' | 'mentees';
  userId: string;
  key: TranslationKey;
}

/**
 * Reads the API's `mentors.<i>` / `mentees.<i>` field errors back to the ids that were sent,
 * with the reason in words (the API words it in English).
 */
export function participantProblems(
  fieldErrors: readonly { field: string; message: string }[],
  sent: ParticipantsRequest,
): ParticipantProblem[] {
  return fieldErrors.flatMap(({ field, message }) => {
    const m = /^(mentors|mentees)\.(\d+)$/.exec(field);
    if (!m) return [];
    const list = m[1] as 'mentors' | 'mentees';
    const userId = sent[list][Number(m[2])];
    if (!userId) return [];
    const key: TranslationKey = /mentor profile/.test(message)
      ? 'mentoring.participants.noMentorProfile'
      : /mentee profile/.test(message)
        ? 'mentoring.participants.noMenteeProfile'
        : 'mentoring.participants.cannotTakePart';
    return [{ list, userId, key }];
  });
}

/** The rules a draft edit can break, as the API names them (the matching engine's reasons). */
const REFUSALS: Readonly<Record<string, TranslationKey>> = {
  'same-person': 'mentoring.refusal.same-person',
  'mentor-paused': 'mentoring.refusal.mentor-paused',
  'mentor-full': 'mentoring.refusal.mentor-full',
  'no-shared-language': 'mentoring.refusal.no-shared-language',
  'ended-pair': 'mentoring.refusal.ended-pair',
  'excluded-pair': 'mentoring.refusal.excluded-pair',
  'mentee-already-paired': 'mentoring.refusal.mentee-already-paired',
  'is not a mentee of this programme': 'mentoring.refusal.notMentee',
  'is not a mentor of this programme': 'mentoring.refusal.notMentor',
};

/** A refusal's reason code in words; one the app does not know yet gets a general message. */
export function refusalKey(reason: string): TranslationKey {
  return REFUSALS[reason.trim()] ?? 'mentoring.refusal.other';
}

/**
 * Why a draft edit was refused (409 `constraint_violated`): the first field error holds the
 * reasons, several joined by commas ("mentor-full, no-shared-language").
 */
export function refusalKeys(fieldErrors: readonly { message: string }[]): TranslationKey[] {
  const message = fieldErrors[0]?.message ?? '';
  const reasons = /^is not a (mentee|mentor) of this programme$/.test(message.trim())
    ? [message]
    : message.split(',');
  return [...new Set(reasons.map(refusalKey))];
}

/** A mentor who can be chosen for a new pair: the profile id the API takes, and their places. */
export interface MentorChoice {
  mentorId: string;
  userId: string;
  displayName: string;
  /** Places left once the draft's pairs are counted. */
  free: number;
}

/** The programme's mentors who can be chosen in a pair edit, with the places the draft leaves them. */
export function mentorChoices(programme: ProgrammeView): MentorChoice[] {
  return programme.mentors.map((m) => {
    const drafted = programme.pairs.filter((p) => p.mentor.id === m.id).length;
    return {
      mentorId: m.id,
      userId: m.userId,
      displayName: m.displayName,
      free: Math.max(0, m.capacity - m.activeMentees - drafted),
    };
  });
}

/** The mentees left without a mentor, by name. */
export function unmatchedMentees(
  programme: ProgrammeView,
): { userId: string; displayName: string }[] {
  const names = new Map(programme.mentees.map((m) => [m.userId, m.displayName]));
  return programme.unmatchedMenteeIds.map((userId) => ({
    userId,
    displayName: names.get(userId) ?? userId,
  }));
}

export interface PairEditFormValue {
  /** A pair to take out first ('' for none). */
  removePairId: string;
  menteeId: string;
  mentorId: string;
}

/** One change to the draft: an optional pair removed and the new pair, checked together. */
export function pairEditRequest(value: PairEditFormValue): EditPairsRequest {
  return {
    remove: value.removePairId ? [value.removePairId] : [],
    add:
      value.menteeId && value.mentorId
        ? [{ menteeId: value.menteeId, mentorId: value.mentorId }]
        : [],
  };
}

/**
 * Mentees who can be put in a new pair: those without a mentor, and the mentee of the pair
 * being removed (a swap gives them another mentor).
 */
export function menteesForEdit(
  programme: ProgrammeView,
  removePairId: string,
): { userId: string; displayName: string }[] {
  const removed = programme.pairs.find((p) => p.id === removePairId);
  const free = unmatchedMentees(programme);
  return removed ? [removed.mentee, ...free] : free;
}
