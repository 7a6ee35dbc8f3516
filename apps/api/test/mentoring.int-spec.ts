import { createAccount, TestPlatform, type TestAccount } from '@academy/api/testing';
import type { MentorProfileView, MentorSuggestion, MentorshipRequestView, RelationshipView } from '@academy/shared/contracts';
import { DataSource } from 'typeorm';

const mentorProfile = (overrides: Record<string, unknown> = {}) => ({
  bio: 'I have run a social farming cooperative for twelve years and love sharing what worked.',
  organisation: 'Terra Viva',
  legalForm: 'cooperative',
  sectors: ['social_agriculture'],
  competences: [{ code: 'entrecomp:2.4', level: 6 }],
  languages: ['it', 'en'],
  formats: ['online'],
  capacity: 2,
  availability: ['weekday-evening'],
  experienceYears: 12,
  ...overrides,
});

const menteeProfile = (overrides: Record<string, unknown> = {}) => ({
  goals: 'Get our first funding round right and keep the members on board.',
  competences: [{ code: 'entrecomp:2.4', currentLevel: 2, targetLevel: 5 }],
  sector: 'social_agriculture',
  languages: ['it'],
  formats: ['online'],
  availability: ['weekday-evening'],
  experienceYears: 1,
  ...overrides,
});

describe('peer mentoring', () => {
  let platform: TestPlatform;
  let trainer: TestAccount;
  const api = <T = any>(method: string, path: string, who: TestAccount, body?: unknown) =>
    platform.request<T>(method, `/api/mentoring${path}`, { token: who.token, body });

  /** A person whose mentor offer a trainer approved; returns the account and profile id. */
  async function mentor(overrides: Record<string, unknown> = {}, territory = 'pordenone') {
    const account = await createAccount(platform, { territory });
    const saved = await api('PUT', '/me/mentor-profile', account, mentorProfile(overrides));
    expect(saved.status).toBe(200);
    expect((await api('POST', `/mentors/${saved.body.id}/review`, trainer, { approve: true })).body.status).toBe('approved');
    return { account, id: saved.body.id as string };
  }
  async function mentee(overrides: Record<string, unknown> = {}) {
    const account = await createAccount(platform);
    expect((await api('PUT', '/me/mentee-profile', account, menteeProfile(overrides))).status).toBe(200);
    return account;
  }

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
    trainer = await createAccount(platform, { roles: [{ role: 'trainer' }] });
  });
  afterAll(() => platform.stop());

  it('suggests approved mentors with free places who share a language, best first, with the reasons', async () => {
    const best = await mentor();
    const other = await mentor({ sectors: ['housing'], competences: [{ code: 'digcomp:1.1', level: 4 }], availability: ['weekend'] });
    const full = await mentor({ capacity: 1 });
    const paused = await mentor();
    await api('POST', '/me/mentor-profile/pause', paused.account, { paused: true });
    const noLanguage = await mentor({ languages: ['pt'] });
    const pending = await createAccount(platform);
    await api('PUT', '/me/mentor-profile', pending, mentorProfile());

    const someone = await mentee();
    const first = await api('POST', '/requests', someone, { mentorId: full.id, message: 'Hello, could you mentor me?' });
    await api('POST', `/requests/${first.body.id}/accept`, full.account, { message: 'Gladly.' });

    const learner = await mentee();
    const suggestions = (await api<MentorSuggestion[]>('GET', '/suggestions', learner)).body;
    const ids = suggestions.map((s) => s.mentor.id);
    expect(ids[0]).toBe(best.id);
    expect(ids).toContain(other.id);
    for (const excluded of [full.id, paused.id, noLanguage.id]) expect(ids).not.toContain(excluded);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    const top = suggestions[0]!;
    expect(top.score).toBeGreaterThan(suggestions.find((s) => s.mentor.id === other.id)!.score);
    expect(top.explanation.reduce((sum, c) => sum + c.points, 0)).toBe(top.score);
    expect(top.explanation).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ criterion: 'language', sharedLanguages: ['it'] }),
        expect.objectContaining({ criterion: 'sector', sector: 'social_agriculture', shared: true }),
        expect.objectContaining({ criterion: 'competence', gaps: [expect.objectContaining({ code: 'entrecomp:2.4', mentorLevel: 6 })] }),
      ]),
    );
    // A full mentor cannot be asked either.
    expect((await api('POST', '/requests', learner, { mentorId: full.id, message: 'Hello, could you mentor me?' })).body.code).toBe('mentor_unavailable');
  });

  it('lets a mentee keep at most two open requests', async () => {
    const [a, b, c] = [await mentor(), await mentor(), await mentor()];
    const learner = await mentee();
    const sent = await Promise.all([a, b, c].map((m) => api('POST', '/requests', learner, { mentorId: m.id, message: 'Could you help me with funding?' })));
    expect(sent.map((r) => r.status).sort()).toEqual([201, 201, 409]);
    expect(sent.find((r) => r.status === 409)!.body.code).toBe('too_many_open_requests');
    // Mentors already asked are not suggested again.
    const asked = sent.filter((r) => r.status === 201).map((r) => r.body.mentor.id);
    const suggested = (await api<MentorSuggestion[]>('GET', '/suggestions', learner)).body.map((x) => x.mentor.id);
    for (const id of asked) expect(suggested).not.toContain(id);
  });

  it('never exceeds a mentor’s capacity, even when two acceptances race for the last place', async () => {
    const m = await mentor({ capacity: 1 });
    const [x, y] = [await mentee(), await mentee()];
    const requests = await Promise.all([x, y].map((who) => api('POST', '/requests', who, { mentorId: m.id, message: 'I would love your help.' })));
    const answers = await Promise.all(requests.map((r) => api('POST', `/requests/${r.body.id}/accept`, m.account, { message: 'Welcome!' })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.body.code).toBe('mentor_full');
    const [{ active }] = await platform.api!.get(DataSource).query(
      `SELECT count(*)::int AS active FROM mentoring_relationships WHERE mentor_id = $1 AND status = 'active'`,
      [m.id],
    );
    expect(active).toBe(1);
  });

  it('runs a relationship: sessions with a calendar invitation, feedback, and notes only the pair can read', async () => {
    const m = await mentor();
    const learner = await mentee();
    const request = (await api<MentorshipRequestView>('POST', '/requests', learner, { mentorId: m.id, message: 'Can we work on funding together?' })).body;
    expect((await api('POST', `/requests/${request.id}/accept`, learner, { message: 'Accepting myself' })).status).toBe(404);
    const accepted = (await api<MentorshipRequestView>('POST', `/requests/${request.id}/accept`, m.account, { message: 'Happy to!' })).body;
    expect(accepted.status).toBe('accepted');
    await platform.smtp.waitFor((mail) => mail.to === learner.email && mail.subject.endsWith('will be your mentor'));
    const relationshipId = accepted.relationshipId!;

    const soon = new Date(Date.now() + 2 * 86_400_000);
    soon.setUTCHours(17, 0, 0, 0);
    const proposed = await api<RelationshipView>('POST', `/relationships/${relationshipId}/sessions`, learner, {
      startsAt: soon.toISOString(),
      durationMinutes: 60,
      format: 'online',
      where: 'https://meet.example.org/terra-viva',
    });
    expect(proposed.status).toBe(201);
    const session = proposed.body.sessions[0]!;
    expect((await api('POST', `/sessions/${session.id}/confirm`, learner)).body.code).toBe('own_proposal');
    const confirmed = await api<RelationshipView>('POST', `/sessions/${session.id}/confirm`, m.account);
    expect(confirmed.body.sessions[0]!.status).toBe('confirmed');
    for (const who of [learner, m.account]) {
      const mail = await platform.smtp.waitFor((x) => x.to === who.email && x.subject.startsWith('Mentoring session confirmed'));
      const invitation = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
      expect(invitation?.content).toContain(`DTSTART:${soon.toISOString().replace(/[-:]/g, '').replace('.000', '')}`);
      expect(invitation?.content).toContain('LOCATION:https://meet.example.org/terra-viva');
    }

    // Feedback opens once the session has started.
    expect((await api('POST', `/sessions/${session.id}/feedback`, learner, { rating: 5, comment: 'Very useful.' })).body.code).toBe('not_held_yet');
    await platform.api!.get(DataSource).query(`UPDATE mentoring_sessions SET starts_at = now() - interval '1 hour' WHERE id = $1`, [session.id]);
    for (const who of [learner, m.account]) {
      const given = await api<RelationshipView>('POST', `/sessions/${session.id}/feedback`, who, { rating: 5, comment: 'Very useful.' });
      expect(given.body.sessions[0]!.myFeedback).toEqual({ rating: 5, comment: 'Very useful.' });
    }
    expect((await api('POST', `/sessions/${session.id}/feedback`, learner, { rating: 1, comment: 'Changed my mind' })).body.code).toBe('feedback_given');
    expect((await api('POST', `/sessions/${session.id}/feedback`, learner, { rating: 9, comment: '' })).body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'comment',
      'rating',
    ]);

    expect((await api('POST', `/relationships/${relationshipId}/notes`, m.account, { text: 'Next time: the budget.' })).status).toBe(201);
    expect((await api('GET', `/relationships/${relationshipId}/notes`, learner)).body.map((n: { text: string }) => n.text)).toEqual(['Next time: the budget.']);
    const outsider = await createAccount(platform, { roles: [{ role: 'admin' }] });
    for (const [method, path] of [
      ['GET', `/relationships/${relationshipId}/notes`],
      ['POST', `/relationships/${relationshipId}/notes`],
      ['GET', `/relationships/${relationshipId}`],
      ['POST', `/sessions/${session.id}/confirm`],
    ] as const) {
      const body = method === 'POST' ? { text: 'Peeking' } : undefined;
      expect([path, (await api(method, path, outsider, body)).status]).toEqual([path, 404]);
    }
  });

  it('refuses bad profiles with the fields, and reviews by the right people only', async () => {
    const account = await createAccount(platform, { territory: 'navarra' });
    const bad = await api('PUT', '/me/mentor-profile', account, mentorProfile({ capacity: 0, languages: [], competences: [{ code: 'nonsense', level: 12 }] }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['capacity', 'competences.0.code', 'competences.0.level', 'languages']);
    const saved = await api('PUT', '/me/mentor-profile', account, mentorProfile());
    expect(saved.body.status).toBe('pending');
    const elsewhere = await createAccount(platform, { roles: [{ role: 'partner_admin', territory: 'pordenone' }] });
    const home = await createAccount(platform, { roles: [{ role: 'partner_admin', territory: 'navarra' }] });
    expect((await api('POST', `/mentors/${saved.body.id}/review`, elsewhere, { approve: true })).status).toBe(403);
    expect((await api('GET', '/mentors/pending', elsewhere)).body.map((m: { id: string }) => m.id)).not.toContain(saved.body.id);
    expect((await api('GET', '/mentors/pending', home)).body.map((m: { id: string }) => m.id)).toContain(saved.body.id);
    expect((await api('POST', `/mentors/${saved.body.id}/review`, home, { approve: true })).body.status).toBe('approved');
    expect((await api('POST', `/mentors/${saved.body.id}/review`, account, { approve: true })).status).toBe(403);
  });

  it('finds approved mentors by name or organisation, and keeps a preferred mentor to real, approved offers', async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const known = await mentor({ organisation: `Orto Sociale ${tag}` });
    const pending = await createAccount(platform);
    await api('PUT', '/me/mentor-profile', pending, mentorProfile({ organisation: `Orto Sociale ${tag} bis` }));
    const learner = await mentee();

    const found = await api<MentorProfileView[]>('GET', `/mentors?q=${encodeURIComponent(`sociale ${tag}`)}`, learner);
    expect(found.body.map((m) => m.id)).toEqual([known.id]);
    // Wildcards are taken literally; a mentor does not find themself.
    expect((await api<MentorProfileView[]>('GET', `/mentors?q=${encodeURIComponent('%_%')}`, learner)).body).toEqual([]);
    expect((await api<MentorProfileView[]>('GET', `/mentors?q=${encodeURIComponent(`sociale ${tag}`)}`, known.account)).body).toEqual([]);
    const short = await api('GET', '/mentors?q=a', learner);
    expect(short.status).toBe(400);
    expect(short.body.errors[0].field).toBe('q');

    // Only another person's approved offer can be preferred; a refusal changes nothing.
    const before = (await api('GET', '/me/mentee-profile', learner)).body;
    for (const preferredMentorId of [crypto.randomUUID(), (await api('GET', '/me/mentor-profile', pending)).body.id]) {
      const refused = await api('PUT', '/me/mentee-profile', learner, menteeProfile({ preferredMentorId }));
      expect([refused.status, refused.body.errors]).toEqual([400, [{ field: 'preferredMentorId', message: expect.stringContaining('approved mentor profile') }]]);
    }
    expect((await api('GET', '/me/mentee-profile', learner)).body).toEqual(before);
    const ownOffer = await mentor();
    expect((await api('PUT', '/me/mentee-profile', ownOffer.account, menteeProfile({ preferredMentorId: ownOffer.id }))).status).toBe(400);

    const saved = await api('PUT', '/me/mentee-profile', learner, menteeProfile({ preferredMentorId: known.id }));
    expect(saved.body.preferredMentor).toEqual({ id: known.id, displayName: known.account.email.split('@')[0] });
    // The preference counts in the suggestions' score, and says so.
    const suggestion = (await api<MentorSuggestion[]>('GET', '/suggestions', learner)).body.find((s) => s.mentor.id === known.id);
    expect(suggestion?.explanation).toContainEqual(expect.objectContaining({ criterion: 'preference', preferred: true }));
  });

  it('lets both of the pair rewrite their shared goals, never losing an edit made meanwhile', async () => {
    const m = await mentor();
    const learner = await mentee();
    const request = (await api<MentorshipRequestView>('POST', '/requests', learner, { mentorId: m.id, message: 'Can we set our goals together?' })).body;
    const id = (await api<MentorshipRequestView>('POST', `/requests/${request.id}/accept`, m.account, { message: 'Yes, let us start.' })).body.relationshipId!;
    const start = (await api<RelationshipView>('GET', `/relationships/${id}`, learner)).body.goals;
    // The mentee's profile goals are the pair's first shared goals.
    expect(start).toBe(menteeProfile().goals);

    const mine = 'Close the first funding round by June; keep every member voting on the plan.';
    const theirs = 'Write a one-page budget first, then meet two local banks.';
    // Both edit from the same text at once: one wins, the other is told and changes nothing.
    const edits = await Promise.all([
      api('PUT', `/relationships/${id}/goals`, learner, { goals: `  ${mine} `, previous: start }),
      api('PUT', `/relationships/${id}/goals`, m.account, { goals: theirs, previous: start }),
    ]);
    expect(edits.map((e) => e.status).sort()).toEqual([200, 409]);
    const lost = edits.find((e) => e.status === 409)!;
    expect(lost.body.code).toBe('goals_changed');
    const kept = (edits.find((e) => e.status === 200)!.body as RelationshipView).goals;
    expect([mine, theirs]).toContain(kept);
    expect((await api<RelationshipView>('GET', `/relationships/${id}`, m.account)).body.goals).toBe(kept);

    // Bad input and outsiders change nothing.
    const empty = await api('PUT', `/relationships/${id}/goals`, learner, { goals: '   ', previous: kept });
    expect([empty.status, empty.body.errors.map((e: { field: string }) => e.field)]).toEqual([400, ['goals']]);
    const outsider = await mentee();
    expect((await api('PUT', `/relationships/${id}/goals`, outsider, { goals: 'Mine now', previous: kept })).status).toBe(404);
    expect((await api('PUT', `/relationships/${id}/goals`, trainer, { goals: 'Mine now', previous: kept })).status).toBe(404);

    // Once closed, the goals stay as they were.
    await api('POST', `/relationships/${id}/close`, learner, { goalsMet: true, rating: 5, comment: 'Done.' });
    expect((await api('PUT', `/relationships/${id}/goals`, m.account, { goals: 'Later', previous: kept })).body.code).toBe('closed');
    expect((await api<RelationshipView>('GET', `/relationships/${id}`, learner)).body.goals).toBe(kept);
  });
});
