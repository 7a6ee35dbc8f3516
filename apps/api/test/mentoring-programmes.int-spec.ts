import { createAccount, TestPlatform, type TestAccount } from '@academy/api/testing';
import type { MyProgrammePair, ProgrammeStats, ProgrammeView } from '@academy/shared/contracts';

describe('mentoring programmes', () => {
  let platform: TestPlatform;
  let admin: TestAccount;
  let otherAdmin: TestAccount;
  const api = <T = any>(method: string, path: string, who: TestAccount, body?: unknown) =>
    platform.request<T>(method, `/api/mentoring${path}`, { token: who.token, body });

  async function mentor(languages: string[], sectors: string[]) {
    const account = await createAccount(platform);
    const saved = await api('PUT', '/me/mentor-profile', account, {
      bio: 'Twenty years in cooperatives of the Friuli region, happy to help.',
      organisation: 'Coop Friuli',
      legalForm: 'cooperative',
      sectors,
      competences: [{ code: 'entrecomp:2.4', level: 6 }],
      languages,
      formats: ['online'],
      capacity: 1,
      availability: ['weekend'],
      experienceYears: 20,
    });
    await api('POST', `/mentors/${saved.body.id}/review`, admin, { approve: true });
    return { account, id: saved.body.id as string };
  }
  async function mentee(languages: string[]) {
    const account = await createAccount(platform);
    await api('PUT', '/me/mentee-profile', account, {
      goals: 'Grow our cooperative and find funding.',
      competences: [{ code: 'entrecomp:2.4', currentLevel: 1, targetLevel: 4 }],
      sector: 'social_agriculture',
      languages,
      formats: ['online'],
      availability: ['weekend'],
      experienceYears: 1,
    });
    return account;
  }

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
    admin = await createAccount(platform, {
      roles: [{ role: 'partner_admin', territory: 'pordenone' }],
    });
    otherAdmin = await createAccount(platform, {
      roles: [{ role: 'partner_admin', territory: 'navarra' }],
    });
  });
  afterAll(() => platform.stop());

  it('matches optimally, keeps draft edits within the rules, publishes, and starts relationships both sides accept', async () => {
    // A speaks Italian and Portuguese and works in social agriculture; B speaks Italian only.
    const a = await mentor(['it', 'pt'], ['social_agriculture']);
    const b = await mentor(['it'], ['housing']);
    // Ana fits A best but can work with B; Pedro speaks only Portuguese, so only A can mentor him.
    const ana = await mentee(['it']);
    const pedro = await mentee(['pt']);
    const third = await mentee(['it']);

    const created = await api<ProgrammeView>('POST', '/programmes', admin, {
      name: 'Pordenone spring round',
      startsOn: '2027-03-01',
      endsOn: '2027-06-30',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    for (const [method, path] of [
      ['GET', `/programmes/${id}`],
      ['POST', `/programmes/${id}/match`],
      ['POST', `/programmes/${id}/publish`],
    ] as const)
      expect([path, (await api(method, path, otherAdmin)).status]).toEqual([path, 404]);
    expect((await api('GET', '/programmes', otherAdmin)).body).toEqual([]);

    const missing = await api('POST', `/programmes/${id}/participants`, admin, {
      mentors: [ana.id],
      mentees: [a.account.id],
    });
    expect(missing.body.errors).toEqual([
      { field: 'mentors.0', message: 'has no approved mentor profile' },
      { field: 'mentees.0', message: 'has no mentee profile' },
    ]);
    await api('POST', `/programmes/${id}/participants`, admin, {
      mentors: [a.account.id, b.account.id],
      mentees: [ana.id, pedro.id, third.id],
    });

    // Greedy would give Ana her best mentor (A) and leave Pedro without one; the optimum matches both.
    const matched = (await api<ProgrammeView>('POST', `/programmes/${id}/match`, admin)).body;
    const pairOf = (view: ProgrammeView, menteeId: string) =>
      view.pairs.find((p) => p.mentee.userId === menteeId);
    expect(matched.pairs).toHaveLength(2);
    // Mentors are listed with the profile ids that pair edits name.
    expect(matched.mentors.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    expect(pairOf(matched, pedro.id)?.mentor.id).toBe(a.id);
    expect(matched.unmatchedMenteeIds).toHaveLength(1);
    for (const pair of matched.pairs)
      expect(pair.explanation.reduce((s, c) => s + c.points, 0)).toBe(pair.score);

    // Edits that break a rule are refused with the reason, and change nothing.
    const waiting = matched.unmatchedMenteeIds[0]!;
    const full = await api('POST', `/programmes/${id}/pairs`, admin, {
      add: [{ menteeId: waiting, mentorId: a.id }],
    });
    expect(full.status).toBe(409);
    expect(full.body.errors).toEqual([{ field: 'add.0', message: 'mentor-full' }]);
    const pedroPair = pairOf(matched, pedro.id)!;
    const language = await api('POST', `/programmes/${id}/pairs`, admin, {
      remove: [pedroPair.id],
      add: [{ menteeId: pedro.id, mentorId: b.id }],
    });
    expect(language.body.errors[0].message).toContain('no-shared-language');
    expect(
      (await api<ProgrammeView>('GET', `/programmes/${id}`, admin)).body.pairs
        .map((p) => p.id)
        .sort(),
    ).toEqual(matched.pairs.map((p) => p.id).sort());
    // A swap that keeps the rules: the waiting mentee takes B instead of whoever had B.
    const bPair = matched.pairs.find((p) => p.mentor.id === b.id)!;
    const swapped = await api<ProgrammeView>('POST', `/programmes/${id}/pairs`, admin, {
      remove: [bPair.id],
      add: [{ menteeId: waiting, mentorId: b.id }],
    });
    expect(swapped.status).toBe(200);
    expect(pairOf(swapped.body, waiting)?.mentor.id).toBe(b.id);

    // Nobody sees a draft pair of theirs.
    expect((await api('GET', '/programme-pairs/mine', pedro)).body).toEqual([]);
    const published = (await api<ProgrammeView>('POST', `/programmes/${id}/publish`, admin)).body;
    expect(published.status).toBe('published');
    expect((await api('POST', `/programmes/${id}/match`, admin)).body.code).toBe('not_draft');
    await platform.smtp.waitFor(
      (m) => m.to === pedro.email && m.subject === 'Your mentoring match in Pordenone spring round',
    );

    const pair = pairOf(published, pedro.id)!;
    expect(
      (await api('POST', `/programme-pairs/${pair.id}/respond`, ana, { accept: true })).status,
    ).toBe(404);
    expect(
      (await api('POST', `/programme-pairs/${pair.id}/respond`, pedro, { accept: true })).body,
    ).toEqual({ status: 'proposed', relationshipId: null });
    // Each side sees the pair from its own side, with both answers so far.
    const programme = {
      id,
      name: 'Pordenone spring round',
      startsOn: '2027-03-01',
      endsOn: '2027-06-30',
    };
    expect((await api<MyProgrammePair[]>('GET', '/programme-pairs/mine', pedro)).body).toEqual([
      expect.objectContaining({
        id: pair.id,
        programme,
        role: 'mentee',
        status: 'proposed',
        myAnswer: true,
        otherAnswer: null,
        score: pair.score,
        relationshipId: null,
      }),
    ]);
    const mentorSide = (await api<MyProgrammePair[]>('GET', '/programme-pairs/mine', a.account))
      .body;
    expect(mentorSide).toEqual([
      expect.objectContaining({
        id: pair.id,
        role: 'mentor',
        myAnswer: null,
        otherAnswer: true,
        other: { displayName: pair.mentee.displayName },
      }),
    ]);
    expect(mentorSide[0]!.explanation).toEqual(pair.explanation);
    const both = await api('POST', `/programme-pairs/${pair.id}/respond`, a.account, {
      accept: true,
    });
    expect(both.body).toMatchObject({ status: 'accepted', relationshipId: expect.any(String) });
    expect(
      (await api<MyProgrammePair[]>('GET', '/programme-pairs/mine', pedro)).body[0],
    ).toMatchObject({ status: 'accepted', relationshipId: both.body.relationshipId });
    expect((await api('GET', `/relationships/${both.body.relationshipId}`, pedro)).status).toBe(
      200,
    );
    const other = pairOf(published, waiting)!;
    await api('POST', `/programme-pairs/${other.id}/respond`, b.account, { accept: false });

    const stats = (await api<ProgrammeStats>('GET', `/programmes/${id}/stats`, admin)).body;
    expect(stats).toMatchObject({
      matched: 2,
      waiting: 1,
      accepted: 1,
      declined: 1,
      sessionsHeld: 0,
      satisfaction: null,
    });
    expect(stats.mentorsLoad.find((m) => m.userId === a.account.id)).toMatchObject({
      mentees: 1,
      capacity: 1,
    });
    expect((await api('GET', `/programmes/${id}/stats`, otherAdmin)).status).toBe(404);
  });

  it('never proposes a pair the organisers excluded, refuses it in edits, and lifts the exclusion on request', async () => {
    const a = await mentor(['it'], ['social_agriculture']);
    const b = await mentor(['it'], ['housing']);
    const ana = await mentee(['it']);
    const id = (await api<ProgrammeView>('POST', '/programmes', admin, { name: 'Round with a conflict of interest', startsOn: '2027-03-01', endsOn: '2027-06-30' })).body.id;
    await api('POST', `/programmes/${id}/participants`, admin, { mentors: [a.account.id, b.account.id], mentees: [ana.id] });
    // Ana's best fit is A, whose cooperative employs her: the organisers rule the pair out.
    expect((await api<ProgrammeView>('POST', `/programmes/${id}/match`, admin)).body.pairs.map((p) => p.mentor.id)).toEqual([a.id]);
    const pair = { menteeId: ana.id, mentorId: a.id };

    // Checked like every other edit: bad input, people outside the programme, another territory.
    const bad = await api('POST', `/programmes/${id}/exclusions`, admin, { menteeId: 'nobody', mentorId: a.id, reason: 'x'.repeat(301) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['menteeId', 'reason']);
    const outsider = await api('POST', `/programmes/${id}/exclusions`, admin, { menteeId: admin.id, mentorId: a.id });
    expect(outsider.body).toMatchObject({ code: 'constraint_violated', errors: [{ field: 'menteeId', message: 'is not a mentee of this programme' }] });
    expect((await api('POST', `/programmes/${id}/exclusions`, otherAdmin, pair)).status).toBe(404);
    expect((await api<ProgrammeView>('GET', `/programmes/${id}`, admin)).body.exclusions).toEqual([]);

    // Excluding takes the drafted pair out; twice is the same as once.
    const reason = 'Ana works at Coop Friuli, A’s cooperative.';
    for (const attempt of [1, 2]) {
      const excluded = await api<ProgrammeView>('POST', `/programmes/${id}/exclusions`, admin, { ...pair, reason: attempt === 1 ? `  ${reason} ` : 'again' });
      expect(excluded.status).toBe(200);
      expect(excluded.body.pairs).toEqual([]);
      expect(excluded.body.exclusions).toEqual([{ mentee: { userId: ana.id, displayName: expect.any(String) }, mentor: expect.objectContaining({ id: a.id, userId: a.account.id }), reason }]);
    }
    // The engine and the edits keep to it; the next best mentor is proposed instead.
    expect((await api<ProgrammeView>('POST', `/programmes/${id}/match`, admin)).body.pairs.map((p) => p.mentor.id)).toEqual([b.id]);
    const bPair = (await api<ProgrammeView>('GET', `/programmes/${id}`, admin)).body.pairs[0]!;
    const edit = await api('POST', `/programmes/${id}/pairs`, admin, { remove: [bPair.id], add: [pair] });
    expect(edit.body.errors).toEqual([{ field: 'add.0', message: 'excluded-pair' }]);
    expect((await api<ProgrammeView>('GET', `/programmes/${id}`, admin)).body.pairs.map((p) => p.id)).toEqual([bPair.id]);

    // Lifted, the pair can be made again; once published, exclusions no longer change.
    expect((await api('DELETE', `/programmes/${id}/exclusions/${ana.id}/${a.id}`, otherAdmin)).status).toBe(404);
    expect((await api<ProgrammeView>('DELETE', `/programmes/${id}/exclusions/${ana.id}/${a.id}`, admin)).body.exclusions).toEqual([]);
    expect((await api<ProgrammeView>('POST', `/programmes/${id}/match`, admin)).body.pairs.map((p) => p.mentor.id)).toEqual([a.id]);
    await api('POST', `/programmes/${id}/publish`, admin);
    expect((await api('POST', `/programmes/${id}/exclusions`, admin, pair)).body.code).toBe('not_draft');
  });
});
