import { MentoringCheckIns } from '@academy/api/mentoring';
import { createAccount, TestPlatform, type TestAccount } from '@academy/api/testing';
import type { MentorSuggestion, RelationshipView } from '@academy/shared/contracts';
import { DataSource } from 'typeorm';

describe('mentoring check-ins, closing and the learner’s record', () => {
  let platform: TestPlatform;
  let trainer: TestAccount;
  const api = <T = any>(method: string, path: string, who: TestAccount, body?: unknown) =>
    platform.request<T>(method, `/api/mentoring${path}`, { token: who.token, body });
  const db = () => platform.api!.get(DataSource);

  /** A mentor and a mentee working together (through a request the mentor accepted). */
  async function pair() {
    const mentor = await createAccount(platform);
    const profile = await api('PUT', '/me/mentor-profile', mentor, {
      bio: 'Cooperative founder, ten years of member assemblies and budgets.',
      organisation: 'Coop Uno',
      legalForm: 'cooperative',
      sectors: ['food'],
      competences: [{ code: 'entrecomp:2.4', level: 6 }],
      languages: ['en'],
      formats: ['online'],
      capacity: 3,
      availability: ['weekend'],
      experienceYears: 10,
    });
    await api('POST', `/mentors/${profile.body.id}/review`, trainer, { approve: true });
    const mentee = await createAccount(platform);
    await api('PUT', '/me/mentee-profile', mentee, {
      goals: 'Open a cooperative bakery with my neighbours.',
      competences: [{ code: 'entrecomp:2.4', currentLevel: 1, targetLevel: 4 }],
      sector: 'food',
      languages: ['en'],
      formats: ['online'],
      availability: ['weekend'],
      experienceYears: 0,
    });
    const request = await api('POST', '/requests', mentee, { mentorId: profile.body.id, message: 'Would you mentor me, please?' });
    const accepted = await api('POST', `/requests/${request.body.id}/accept`, mentor, { message: 'Yes!' });
    return { mentor, mentee, mentorId: profile.body.id as string, relationshipId: accepted.body.relationshipId as string };
  }

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
    trainer = await createAccount(platform, { roles: [{ role: 'trainer' }] });
  });
  afterAll(() => platform.stop());

  it('asks both of the pair after 30 days, once even with two runs; a "no" ends it and frees the mentee to be matched again', async () => {
    const { mentor, mentee, mentorId, relationshipId } = await pair();
    expect(await platform.worker!.get(MentoringCheckIns).sendDue()).toBe(0);
    await db().query(`UPDATE mentoring_relationships SET started_at = now() - interval '31 days' WHERE id = $1`, [relationshipId]);
    const runs = await Promise.all([1, 2].map(() => platform.worker!.get(MentoringCheckIns).sendDue()));
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    for (const who of [mentor, mentee]) await platform.smtp.waitFor((m) => m.to === who.email && m.subject.startsWith('Is your mentoring with'));
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM outbox_messages WHERE template = 'mentoring-check-in'`);
    expect(n).toBe(2);

    expect((await api<RelationshipView>('POST', `/relationships/${relationshipId}/check-in`, mentor, { working: true, comment: 'Going well.' })).body.status).toBe('active');
    const ended = await api<RelationshipView>('POST', `/relationships/${relationshipId}/check-in`, mentee, { working: false, comment: 'Our times never match.' });
    expect(ended.body.status).toBe('closed');
    expect((await api('POST', `/relationships/${relationshipId}/check-in`, mentee, { working: true, comment: '' })).body.code).toBe('closed');
    const suggested = (await api<MentorSuggestion[]>('GET', '/suggestions', mentee)).body.map((s) => s.mentor.id);
    expect(suggested).not.toContain(mentorId);
  });

  it('closes with a survey and records sessions and completed relationships per learner', async () => {
    const { mentor, mentee, relationshipId } = await pair();
    const session = await api<RelationshipView>('POST', `/relationships/${relationshipId}/sessions`, mentee, {
      startsAt: new Date(Date.now() + 3_600_000).toISOString(),
      durationMinutes: 30,
      format: 'online',
      where: 'https://meet.example.org/bakery',
    });
    await api('POST', `/sessions/${session.body.sessions[0]!.id}/confirm`, mentor);
    await db().query(`UPDATE mentoring_sessions SET starts_at = now() - interval '1 day' WHERE relationship_id = $1`, [relationshipId]);
    expect((await api('GET', '/me/record', mentee)).body).toEqual({ sessionsHeld: 1, relationshipsCompleted: 0, relationshipsActive: 1 });

    const bad = await api('POST', `/relationships/${relationshipId}/close`, mentee, { goalsMet: 'yes', rating: 7, comment: '' });
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['comment', 'goalsMet', 'rating']);
    const closed = await api<RelationshipView>('POST', `/relationships/${relationshipId}/close`, mentee, { goalsMet: true, rating: 5, comment: 'The bakery opens in May!' });
    expect(closed.body.status).toBe('closed');
    expect((await api('POST', `/relationships/${relationshipId}/close`, mentor, { goalsMet: true, rating: 4, comment: 'Proud of them.' })).status).toBe(200);
    expect((await api('POST', `/relationships/${relationshipId}/close`, mentee, { goalsMet: true, rating: 5, comment: 'Again' })).body.code).toBe('answered');
    expect((await api('GET', '/me/record', mentee)).body).toEqual({ sessionsHeld: 1, relationshipsCompleted: 1, relationshipsActive: 0 });
  });
});
