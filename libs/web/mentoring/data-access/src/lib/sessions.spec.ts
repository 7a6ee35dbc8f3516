import type {
  MentoringSessionView,
  MentorshipRequestView,
  RelationshipView,
} from '@academy/shared/contracts';
import {
  canConfirm,
  checkInDue,
  checkInRequest,
  closingSurveyProblems,
  closingSurveyRequest,
  canGiveFeedback,
  feedbackRequest,
  isoToLocalInput,
  localInputToIso,
  mySide,
  nextSession,
  openRequestCount,
  pendingRequestTo,
  sessionProblems,
  sessionRequest,
  splitRequests,
  splitSessions,
  waitsForOther,
} from './sessions';

// jest.config.js puts the tests on Europe/Rome's clock: UTC+1 in winter, UTC+2 in summer.
describe('a session’s start, between the date-time field and the API', () => {
  it('runs on the Italian clock', () => {
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(-60);
  });

  it('reads the field on the reader’s own clock and sends UTC, summer time included', () => {
    expect(localInputToIso('2026-05-04T14:30')).toBe('2026-05-04T12:30:00.000Z');
    expect(localInputToIso('2026-01-15T09:00')).toBe('2026-01-15T08:00:00.000Z');
    expect(localInputToIso('2026-05-04T14:30:15')).toBe('2026-05-04T12:30:15.000Z');
    // The night the clocks go back, 02:30 happens twice: the first (summer time) is meant.
    expect(localInputToIso('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
    // The night they go forward, 02:30 never happens: it is read as 03:30 summer time.
    expect(localInputToIso('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('turns a moment back into the field’s value on the reader’s clock', () => {
    expect(isoToLocalInput('2026-05-04T12:30:00.000Z')).toBe('2026-05-04T14:30');
    expect(isoToLocalInput('2026-12-31T23:30:00.000Z')).toBe('2027-01-01T00:30');
    expect(isoToLocalInput(localInputToIso('2026-03-09T07:05') as string)).toBe('2026-03-09T07:05');
  });

  it('refuses what is not a real date and time', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('2026-04-31T10:00')).toBeNull();
    expect(localInputToIso('2026-02-10T24:00')).toBeNull();
    expect(localInputToIso('10/02/2026 10:00')).toBeNull();
  });
});

describe('proposing a session', () => {
  const value = {
    startsAt: '2026-05-04T14:30',
    durationMinutes: 60,
    format: 'online',
    where: ' https://meet.example.org/abc ',
  };

  it('sends the start in UTC and the place trimmed', () => {
    expect(sessionRequest(value)).toEqual({
      startsAt: '2026-05-04T12:30:00.000Z',
      durationMinutes: 60,
      format: 'online',
      where: 'https://meet.example.org/abc',
    });
  });

  it('names each field that is not right', () => {
    expect(sessionProblems(value)).toEqual([]);
    expect(
      sessionProblems({ startsAt: '', durationMinutes: 10, format: 'phone', where: '  ' }),
    ).toEqual(['startsAt', 'durationMinutes', 'format', 'where']);
    expect(sessionProblems({ ...value, durationMinutes: 481 })).toEqual(['durationMinutes']);
    expect(sessionProblems({ ...value, durationMinutes: 15.5 })).toEqual(['durationMinutes']);
    expect(sessionProblems({ ...value, durationMinutes: null })).toEqual(['durationMinutes']);
    expect(() => sessionRequest({ ...value, where: '' })).toThrow();
  });
});

describe('feedback', () => {
  it('needs a rating from 1 to 5 and a comment', () => {
    expect(feedbackRequest(4, '  Clear next steps ')).toEqual({
      rating: 4,
      comment: 'Clear next steps',
    });
    expect(feedbackRequest(null, 'ok')).toBeNull();
    expect(feedbackRequest(6, 'ok')).toBeNull();
    expect(feedbackRequest(3, '   ')).toBeNull();
  });
});

const session = (over: Partial<MentoringSessionView>): MentoringSessionView => ({
  id: 's1',
  startsAt: '2026-05-04T12:30:00.000Z',
  durationMinutes: 60,
  format: 'online',
  where: 'https://meet.example.org/abc',
  status: 'proposed',
  proposedBy: 'mentee',
  myFeedback: null,
  feedbackCount: 0,
  ...over,
});
const before = Date.parse('2026-05-04T12:00:00Z');
const after = Date.parse('2026-05-04T13:00:00Z');

describe('a session’s next step', () => {
  it('is confirmed by the other person while the proposer waits', () => {
    const proposed = session({ proposedBy: 'mentee' });
    expect(canConfirm(proposed, 'mentor')).toBe(true);
    expect(canConfirm(proposed, 'mentee')).toBe(false);
    expect(waitsForOther(proposed, 'mentee')).toBe(true);
    expect(canConfirm(session({ status: 'confirmed' }), 'mentor')).toBe(false);
  });

  it('takes feedback once a confirmed session has started, once', () => {
    const confirmed = session({ status: 'confirmed' });
    expect(canGiveFeedback(confirmed, before)).toBe(false);
    expect(canGiveFeedback(confirmed, after)).toBe(true);
    expect(canGiveFeedback(session({ status: 'proposed' }), after)).toBe(false);
    expect(
      canGiveFeedback(
        session({ status: 'confirmed', myFeedback: { rating: 5, comment: 'x' } }),
        after,
      ),
    ).toBe(false);
  });

  it('puts sessions to come soonest first and past ones latest first', () => {
    const a = session({ id: 'a', startsAt: '2026-05-01T10:00:00Z' });
    const b = session({ id: 'b', startsAt: '2026-05-10T10:00:00Z', status: 'cancelled' });
    const c = session({ id: 'c', startsAt: '2026-05-08T10:00:00Z' });
    const d = session({ id: 'd', startsAt: '2026-04-01T10:00:00Z' });
    const now = Date.parse('2026-05-05T00:00:00Z');
    const split = splitSessions([a, b, c, d], now);
    expect(split.upcoming.map((s) => s.id)).toEqual(['c', 'b']);
    expect(split.past.map((s) => s.id)).toEqual(['a', 'd']);
    const relationship = { sessions: [a, b, c, d] } as RelationshipView;
    expect(nextSession(relationship, now)?.id).toBe('c');
    expect(nextSession(relationship, Date.parse('2026-05-09T00:00:00Z'))).toBeNull();
  });
});

describe('the two sides', () => {
  const relationship = {
    mentor: { id: 'p1', userId: 'mentor', displayName: 'Marta' },
    mentee: { userId: 'mentee', displayName: 'Luca' },
  } as RelationshipView;

  it('knows which side the reader is and who the other person is', () => {
    expect(mySide(relationship, 'mentor')).toEqual({ role: 'mentor', other: 'Luca' });
    expect(mySide(relationship, 'mentee')).toEqual({ role: 'mentee', other: 'Marta' });
  });

  const request = (
    id: string,
    menteeId: string,
    mentorUserId: string,
    status: MentorshipRequestView['status'],
    mentorId = 'p1',
  ) =>
    ({
      id,
      mentee: { userId: menteeId, displayName: '' },
      mentor: { id: mentorId, userId: mentorUserId, displayName: '' },
      status,
    }) as MentorshipRequestView;

  it('tells requests sent from requests received, and counts the open ones', () => {
    const list = [
      request('r1', 'me', 'marta', 'pending'),
      request('r2', 'luca', 'me', 'pending'),
      request('r3', 'me', 'ana', 'declined', 'p2'),
      request('r4', 'me', 'joao', 'pending', 'p3'),
    ];
    const { sent, received } = splitRequests(list, 'me');
    expect(sent.map((r) => r.id)).toEqual(['r1', 'r3', 'r4']);
    expect(received.map((r) => r.id)).toEqual(['r2']);
    expect(openRequestCount(list, 'me')).toBe(2);
    expect(pendingRequestTo(list, 'p1', 'me')?.id).toBe('r1');
    expect(pendingRequestTo(list, 'p2', 'me')).toBeNull();
  });
});

describe('the check-in and the closing survey', () => {
  const started = (startedAt: string, status: RelationshipView['status'] = 'active') =>
    ({ startedAt, status }) as RelationshipView;
  const now = Date.parse('2026-05-31T12:00:00Z');

  it('offers the check-in from thirty days in, while the relationship lasts', () => {
    expect(checkInDue(started('2026-05-01T12:00:00Z'), now)).toBe(true);
    expect(checkInDue(started('2026-05-01T12:00:01Z'), now)).toBe(false);
    expect(checkInDue(started('2026-01-01T00:00:00Z', 'closed'), now)).toBe(false);
  });

  it('needs a yes or a no, the comment being optional', () => {
    expect(checkInRequest(true, '  ')).toEqual({ working: true, comment: '' });
    expect(checkInRequest(false, ' Our times never match. ')).toEqual({
      working: false,
      comment: 'Our times never match.',
    });
    expect(checkInRequest(null, 'Fine')).toBeNull();
    expect(checkInRequest(true, 'x'.repeat(2001))).toBeNull();
  });

  it('needs goals met or not, a rating from 1 to 5 and a comment to close', () => {
    expect(closingSurveyRequest(true, 5, ' The bakery opens in May! ')).toEqual({
      goalsMet: true,
      rating: 5,
      comment: 'The bakery opens in May!',
    });
    expect(closingSurveyRequest(false, 2, 'We drifted apart.')).toEqual({
      goalsMet: false,
      rating: 2,
      comment: 'We drifted apart.',
    });
    expect(closingSurveyProblems(null, null, ' ')).toEqual(['goalsMet', 'rating', 'comment']);
    expect(closingSurveyProblems(true, 7, 'ok')).toEqual(['rating']);
    expect(closingSurveyRequest(true, 0, 'ok')).toBeNull();
  });
});
