import {
  createAccount,
  linkIn,
  publishCourse,
  sampleCourseDocument,
  TEST_PASSWORD,
  TestPlatform,
  type TestAccount,
} from '@academy/api/testing';
import type { CohortImportReport, CourseReport } from '@academy/shared/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

/** A real spreadsheet export: semicolons, CRLF, a header, a blank line and bad rows. */
const FILE = readFileSync(join(__dirname, 'fixtures/cohort-learners.csv'));

describe('cohorts and the trainer’s view', () => {
  let platform: TestPlatform;
  let course: Awaited<ReturnType<typeof publishCourse>>;
  let ana: TestAccount;
  let bruno: TestAccount;
  let diego: TestAccount;
  let pordenoneAdmin: TestAccount;
  let navarraAdmin: TestAccount;
  const db = () => platform.api!.get(DataSource);

  const upload = async (cohortId: string, who: TestAccount, bytes: Buffer = FILE) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'text/csv' }), 'learners.csv');
    const response = await fetch(`${platform.baseUrl}/api/learning/cohorts/${cohortId}/members`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${who.token}` },
    });
    return { status: response.status, body: await response.json() };
  };
  const counts = async () =>
    (
      await db().query(`SELECT (SELECT count(*) FROM enrolments)::int AS enrolments, (SELECT count(*) FROM cohort_invitations)::int AS invitations,
                               (SELECT count(*) FROM outbox_messages)::int AS emails`)
    )[0];

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
    course = await publishCourse(platform, sampleCourseDocument({ title: 'Community energy' }));
    ana = await createAccount(platform, { email: 'ana.pordenone@example.org' });
    bruno = await createAccount(platform, { email: 'bruno.enrolled@example.org' });
    diego = await createAccount(platform, { email: 'diego.navarra@example.org', territory: 'navarra' });
    pordenoneAdmin = await createAccount(platform, { roles: [{ role: 'partner_admin', territory: 'pordenone' }] });
    navarraAdmin = await createAccount(platform, { roles: [{ role: 'partner_admin', territory: 'navarra' }] });
    await platform.request('POST', `/api/learning/courses/${course.courseId}/enrolment`, { token: bruno.token });
  });
  afterAll(() => platform.stop());

  it('enrols a group from a CSV file with a report row by row, and a second upload changes nothing', async () => {
    const created = await platform.request('POST', `/api/learning/courses/${course.courseId}/cohorts`, {
      token: course.author.token,
      body: { name: 'Spring 2027', startsOn: '2027-03-01', endsOn: '2027-06-30' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Spring 2027', startsOn: '2027-03-01', endsOn: '2027-06-30', members: 0, territoryId: null });

    const first = await upload(created.body.id, course.author);
    expect(first.status).toBe(201);
    expect(first.body as CohortImportReport).toEqual({
      cohortId: created.body.id,
      accepted: [
        { row: 2, email: 'ana.pordenone@example.org', outcome: 'enrolled' },
        { row: 4, email: 'chiara.new@example.org', outcome: 'invited' },
        { row: 8, email: 'diego.navarra@example.org', outcome: 'enrolled' },
        { row: 9, email: 'eva.new@example.org', outcome: 'invited' },
      ],
      rejected: [
        { row: 3, email: 'bruno.enrolled@example.org', reason: 'already_enrolled' },
        { row: 5, email: 'chiara.new@example.org', reason: 'duplicate' },
        { row: 6, email: 'not-an-email', reason: 'bad_email' },
      ],
    });
    const invitation = await platform.smtp.waitFor((m) => m.to === 'eva.new@example.org');
    expect(invitation.subject).toBe('You are invited to learn: Community energy');
    expect(invitation.html).toContain('Eva &quot;Evi&quot; Costa');

    const before = await counts();
    const second = await upload(created.body.id, course.author);
    expect(second.body.accepted).toEqual([]);
    expect(second.body.rejected.map((r: { reason: string }) => r.reason)).toEqual([
      'already_enrolled',
      'already_enrolled',
      'already_invited',
      'duplicate',
      'bad_email',
      'already_enrolled',
      'already_invited',
    ]);
    expect(await counts()).toEqual(before);

    // The invited address registers; confirming it enrols them in the cohort.
    const registered = await platform.request('POST', '/api/auth/register', {
      body: {
        email: 'eva.new@example.org',
        password: TEST_PASSWORD,
        displayName: 'Eva',
        preferredLanguage: 'en',
        homeTerritoryId: (await platform.request('GET', '/api/territories')).body[0].id,
        learnerProfile: 'aspiring_entrepreneur',
        acceptTerms: true,
      },
    });
    expect(registered.status).toBe(202);
    const verify = await platform.smtp.waitFor((m) => m.to === 'eva.new@example.org' && m.subject.startsWith('Confirm'));
    await platform.request('POST', '/api/auth/verify-email', { body: { token: linkIn(verify, '/verify-email').searchParams.get('token') } });
    await platform.smtp.waitFor((m) => m.to === 'eva.new@example.org' && m.subject === 'You are enrolled: Community energy');
    const [eva] = await db().query(
      `SELECT e.cohort_id AS "cohortId" FROM enrolments e JOIN users u ON u.id = e.user_id WHERE u.email = 'eva.new@example.org'`,
    );
    expect(eva.cohortId).toBe(created.body.id);
  });

  it('keeps partner admins to their territory', async () => {
    const theirs = await platform.request('POST', `/api/learning/courses/${course.courseId}/cohorts`, {
      token: pordenoneAdmin.token,
      body: { name: 'Pordenone evening class' },
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.territoryId).toEqual(expect.any(String));
    expect((await upload(theirs.body.id, navarraAdmin)).status).toBe(403);
    expect((await upload(theirs.body.id, ana)).status).toBe(403);
    const report = await upload(theirs.body.id, pordenoneAdmin, Buffer.from('email\ndiego.navarra@example.org\n'));
    expect(report.body.rejected).toEqual([{ row: 2, email: 'diego.navarra@example.org', reason: 'other_territory' }]);
    const listed = await platform.request('GET', `/api/learning/courses/${course.courseId}/cohorts`, { token: navarraAdmin.token });
    expect(listed.body).toEqual([]);
  });

  it('refuses bad cohorts and files with the field', async () => {
    const bad = await platform.request('POST', `/api/learning/courses/${course.courseId}/cohorts`, {
      token: course.author.token,
      body: { name: '', startsOn: '2027-13-01' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'startsOn']);
    const reversed = await platform.request('POST', `/api/learning/courses/${course.courseId}/cohorts`, {
      token: course.author.token,
      body: { name: 'Backwards', startsOn: '2027-06-01', endsOn: '2027-01-01' },
    });
    expect(reversed.body.errors).toEqual([{ field: 'endsOn', message: 'must not be before the start date' }]);
    const [{ id }] = await db().query(`SELECT id FROM cohorts LIMIT 1`);
    const empty = await upload(id, course.author, Buffer.from('email\n'));
    expect(empty.body.errors).toEqual([{ field: 'file', message: 'has no email addresses' }]);
  });

  it('shows trainers every learner and partner admins their own, with quiz results per question and a CSV export', async () => {
    const all = await platform.request<CourseReport>('GET', `/api/learning/courses/${course.courseId}/report`, { token: course.author.token });
    expect(all.status).toBe(200);
    expect(all.body.learners.map((l) => l.email).sort()).toEqual([
      'ana.pordenone@example.org',
      'bruno.enrolled@example.org',
      'diego.navarra@example.org',
      'eva.new@example.org',
    ]);
    expect(all.body).toMatchObject({ enrolled: 4, completed: 0, completionRate: 0 });
    expect(all.body.quizzes[0]!.questions[0]).toMatchObject({ answered: 0, correctRate: null });

    const navarra = await platform.request<CourseReport>('GET', `/api/learning/courses/${course.courseId}/report`, { token: navarraAdmin.token });
    expect(navarra.body.learners.map((l) => l.email)).toEqual(['diego.navarra@example.org']);
    expect(navarra.body.scope).toMatchObject({ all: false });

    const cohortId = all.body.cohorts.find((c) => c.name === 'Spring 2027')!.id;
    const byCohort = await platform.request<CourseReport>('GET', `/api/learning/courses/${course.courseId}/report?cohort=${cohortId}`, {
      token: course.author.token,
    });
    expect(byCohort.body.learners.map((l) => l.email).sort()).toEqual(['ana.pordenone@example.org', 'diego.navarra@example.org', 'eva.new@example.org']);

    // A learner answers the quiz wrong, another right: the question's rate shows it.
    const enrolmentOf = async (who: TestAccount) =>
      (await platform.request('GET', `/api/learning/courses/${course.courseId}/enrolment`, { token: who.token })).body.id as string;
    const content = (await platform.request('GET', `/api/learning/enrolments/${await enrolmentOf(ana)}/course`, { token: ana.token })).body;
    const q = content.modules[1].lessons[0];
    const [right, wrong] = q.questions[0].options; // the sample's first option is the right one
    for (const [who, option] of [[ana, right], [diego, wrong]] as const)
      await platform.request('POST', `/api/learning/enrolments/${await enrolmentOf(who)}/quizzes/${q.id}/attempts`, {
        token: who.token,
        body: { attemptId: crypto.randomUUID(), answers: { [q.questions[0].id]: [option.id] } },
      });
    const after = await platform.request<CourseReport>('GET', `/api/learning/courses/${course.courseId}/report`, { token: course.author.token });
    expect(after.body.quizzes[0]!.questions[0]).toMatchObject({ answered: 2, correctRate: 50 });
    expect(after.body.learners.find((l) => l.email === 'ana.pordenone@example.org')!.quizScores[q.id]).toBe(100);

    const csv = await fetch(`${platform.baseUrl}/api/learning/courses/${course.courseId}/report.csv`, {
      headers: { authorization: `Bearer ${navarraAdmin.token}` },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('quiz: Check your understanding (best %)');
    expect(lines[1]).toMatch(/^diego\.navarra,diego\.navarra@example\.org,Spring 2027,active,/);

    for (const who of [ana, await createAccount(platform, { roles: [{ role: 'trainer' }] })])
      expect((await platform.request('GET', `/api/learning/courses/${course.courseId}/report`, { token: who.token })).status).toBe(403);
  });
});
