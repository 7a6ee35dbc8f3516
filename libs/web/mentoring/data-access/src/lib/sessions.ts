import {
  MEETING_FORMATS,
  type MeetingFormatCode,
  type MentoringSessionView,
  type MentorshipRequestView,
  type RelationshipView,
} from '@academy/shared/contracts';
import type {
  CheckInRequest,
  ClosingSurveyRequest,
  FeedbackRequest,
  SessionProposalRequest,
} from './mentoring.models';

/** The API's limits (mentoring.dtos.ts). */
export const SESSION_LIMITS = {
  duration: { min: 15, max: 480 },
  where: { max: 500 },
  comment: { max: 2000 },
  note: { max: 10_000 },
  requestMessage: { min: 10, max: 2000 },
  answer: { max: 2000 },
  survey: { max: 2000 },
} as const;

/** Days into a relationship when both of the pair are asked whether it is working (the API's). */
export const CHECK_IN_AFTER_DAYS = 30;

/** A mentee waits for answers to at most this many requests at a time (the API's rule). */
export const MAX_OPEN_REQUESTS = 2;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A `datetime-local` value ("2026-05-04T14:30", the reader's own clock) as the moment the API
 * takes: ISO 8601 in UTC. null for anything that is not a real date and time.
 */
export function localInputToIso(value: string): string | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((p) => Number(p ?? 0));
  if (hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(year, month - 1, day, hour, minute, second);
  // 31 April rolls over into May: not a date the person meant.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day)
    return null;
  return date.toISOString();
}

/** A moment (ISO) as a `datetime-local` value on the reader's own clock, to the minute. */
export function isoToLocalInput(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export interface SessionFormValue {
  /** As the `datetime-local` input gives it. */
  startsAt: string;
  durationMinutes: number | null;
  format: string;
  where: string;
}

export type SessionFormProblem = 'startsAt' | 'durationMinutes' | 'format' | 'where';

/** What is wrong with a session proposal before it is sent, by field. */
export function sessionProblems(value: SessionFormValue): SessionFormProblem[] {
  const problems: SessionFormProblem[] = [];
  if (!localInputToIso(value.startsAt)) problems.push('startsAt');
  const d = value.durationMinutes;
  if (
    d === null ||
    !Number.isInteger(d) ||
    d < SESSION_LIMITS.duration.min ||
    d > SESSION_LIMITS.duration.max
  )
    problems.push('durationMinutes');
  if (!(MEETING_FORMATS as readonly string[]).includes(value.format)) problems.push('format');
  const where = value.where.trim();
  if (!where || where.length > SESSION_LIMITS.where.max) problems.push('where');
  return problems;
}

/** The proposal for a valid form: the start in UTC, the place trimmed. */
export function sessionRequest(value: SessionFormValue): SessionProposalRequest {
  const startsAt = localInputToIso(value.startsAt);
  if (!startsAt || sessionProblems(value).length) throw new Error('sessionRequest: invalid form');
  return {
    startsAt,
    durationMinutes: value.durationMinutes as number,
    format: value.format as MeetingFormatCode,
    where: value.where.trim(),
  };
}

export function feedbackRequest(rating: number | null, comment: string): FeedbackRequest | null {
  const text = comment.trim();
  if (rating === null || !Number.isInteger(rating) || rating < 1 || rating > 5) return null;
  if (!text || text.length > SESSION_LIMITS.comment.max) return null;
  return { rating, comment: text };
}

/** The other person confirms a proposed session; the proposer waits. */
export function canConfirm(session: MentoringSessionView, myUserId: string): boolean {
  return session.status === 'proposed' && session.proposedBy !== myUserId;
}

export function waitsForOther(session: MentoringSessionView, myUserId: string): boolean {
  return session.status === 'proposed' && session.proposedBy === myUserId;
}

export function hasStarted(session: MentoringSessionView, now: number): boolean {
  return Date.parse(session.startsAt) <= now;
}

/** Feedback opens once a confirmed session has started, once per person. */
export function canGiveFeedback(session: MentoringSessionView, now: number): boolean {
  return session.status === 'confirmed' && hasStarted(session, now) && !session.myFeedback;
}

/** Sessions still to come (soonest first) and those whose time has passed (latest first). */
export function splitSessions(
  sessions: readonly MentoringSessionView[],
  now: number,
): { upcoming: MentoringSessionView[]; past: MentoringSessionView[] } {
  const byStart = [...sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return {
    upcoming: byStart.filter((s) => !hasStarted(s, now)),
    past: byStart.filter((s) => hasStarted(s, now)).reverse(),
  };
}

/** The next session that is not cancelled, if any. */
export function nextSession(
  relationship: RelationshipView,
  now: number,
): MentoringSessionView | null {
  return (
    splitSessions(relationship.sessions, now).upcoming.find((s) => s.status !== 'cancelled') ?? null
  );
}

/** Which side of the pair the signed-in person is, and the other person's name. */
export function mySide(relationship: RelationshipView, myUserId: string) {
  const mentor = relationship.mentor.userId === myUserId;
  return {
    role: mentor ? ('mentor' as const) : ('mentee' as const),
    other: mentor ? relationship.mentee.displayName : relationship.mentor.displayName,
  };
}

/** Requests the person sent as a mentee and those they received as a mentor. */
export function splitRequests(
  requests: readonly MentorshipRequestView[],
  myUserId: string,
): { sent: MentorshipRequestView[]; received: MentorshipRequestView[] } {
  return {
    sent: requests.filter((r) => r.mentee.userId === myUserId),
    received: requests.filter((r) => r.mentor.userId === myUserId && r.mentee.userId !== myUserId),
  };
}

/** The person's requests still waiting for an answer. */
export function openRequestCount(requests: readonly MentorshipRequestView[], myUserId: string) {
  return requests.filter((r) => r.mentee.userId === myUserId && r.status === 'pending').length;
}

/** The pending request this person sent to a mentor, if any. */
export function pendingRequestTo(
  requests: readonly MentorshipRequestView[],
  mentorId: string,
  myUserId: string,
): MentorshipRequestView | null {
  return (
    requests.find(
      (r) => r.mentor.id === mentorId && r.mentee.userId === myUserId && r.status === 'pending',
    ) ?? null
  );
}

/**
 * The check-in is asked (by email) thirty days in: from then on, while the relationship is
 * active, the page offers it too.
 */
export function checkInDue(relationship: RelationshipView, now: number): boolean {
  const days = (now - Date.parse(relationship.startedAt)) / 86_400_000;
  return relationship.status === 'active' && days >= CHECK_IN_AFTER_DAYS;
}

/** A check-in answer: yes or no, and an optional comment (trimmed). null until yes or no is chosen. */
export function checkInRequest(working: boolean | null, comment: string): CheckInRequest | null {
  const text = comment.trim();
  if (working === null || text.length > SESSION_LIMITS.survey.max) return null;
  return { working, comment: text };
}

export type ClosingSurveyProblem = 'goalsMet' | 'rating' | 'comment';

/** What is missing from a closing survey, by field, in the form's order. */
export function closingSurveyProblems(
  goalsMet: boolean | null,
  rating: number | null,
  comment: string,
): ClosingSurveyProblem[] {
  const problems: ClosingSurveyProblem[] = [];
  if (goalsMet === null) problems.push('goalsMet');
  if (rating === null || !Number.isInteger(rating) || rating < 1 || rating > 5)
    problems.push('rating');
  const text = comment.trim();
  if (!text || text.length > SESSION_LIMITS.survey.max) problems.push('comment');
  return problems;
}

/** The survey for a complete form, the comment trimmed. */
export function closingSurveyRequest(
  goalsMet: boolean | null,
  rating: number | null,
  comment: string,
): ClosingSurveyRequest | null {
  if (closingSurveyProblems(goalsMet, rating, comment).length) return null;
  return { goalsMet: goalsMet as boolean, rating: rating as number, comment: comment.trim() };
}
