import { LearningReminders } from '@academy/api/learning';
import {
  createAccount,
  linkIn,
  publishCourse,
  sampleCourseDocument,
  TestPlatform,
  type TestAccount,
} from '@academy/api/testing';
import { DataSource } from 'typeorm';

describe('learning reminders', () => {
  let platform: TestPlatform;
  let idle: TestAccount;
  let optedOut: TestAccount;
  let recent: TestAccount;
  let finished: TestAccount;
  const db = () => platform.api!.get(DataSource);
  const reminders = () => platform.worker!.get(LearningReminders);
  const reminderRows = () =>
    db().query(`SELECT recipient FROM outbox_messages WHERE template = 'learning-reminder' ORDER BY recipient`) as Promise<{ recipient: string }[]>;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
    [idle, optedOut, recent, finished] = await Promise.all(
      ['it', 'en', 'en', 'en'].map((language) => createAccount(platform, { language })),
    ) as [TestAccount, TestAccount, TestAccount, TestAccount];
    const { courseId } = await publishCourse(platform, sampleCourseDocument({ title: 'Social farming' }));
    for (const learner of [idle, optedOut, recent, finished])
      await platform.request('POST', `/api/learning/courses/${courseId}/enrolment`, { token: learner.token });
    await db().query(`UPDATE enrolments SET last_activity_at = now() - interval '8 days' WHERE user_id = ANY($1)`, [[idle.id, optedOut.id, finished.id]]);
    await db().query(`UPDATE enrolments SET last_activity_at = now() - interval '2 days' WHERE user_id = $1`, [recent.id]);
    await db().query(`UPDATE enrolments SET status = 'completed', completed_at = now() - interval '8 days' WHERE user_id = $1`, [finished.id]);
    const optOut = await platform.request('PUT', '/api/me/email-preferences', { token: optedOut.token, body: { reminders: false } });
    expect(optOut.body).toEqual({ reminders: false });
  });
  afterAll(() => platform.stop());

  it('nudges only learners idle for a week in an unfinished course who did not opt out, once a week even with two runs at once', async () => {
    await Promise.all([reminders().sendDue(), reminders().sendDue()]);
    expect(await reminderRows()).toEqual([{ recipient: idle.email }]);
    await reminders().sendDue();
    expect(await reminderRows()).toHaveLength(1);

    const mail = await platform.smtp.waitFor((m) => m.to === idle.email && m.subject.startsWith('Riprendi'));
    expect(mail.subject).toBe('Riprendi da dove eri rimasto: Social farming');
    expect(mail.text).toContain('«What is a cooperative?»'); // the next lesson
    expect(linkIn(mail, '/learn/').pathname).toMatch(/^\/learn\/[0-9a-f-]{36}$/);

    // The unsubscribe link works without signing in, and only with its own signature.
    const token = linkIn(mail, '/unsubscribe?token=').searchParams.get('token')!;
    const forged = await platform.request('POST', '/api/email-preferences/unsubscribe', { body: { token: `${optedOut.id}.${token.split('.')[1]}` } });
    expect(forged.status).toBe(400);
    expect(forged.body.errors[0].field).toBe('token');
    // The mail client's one-click unsubscribe (RFC 8058): a form POST to the header's URL.
    const oneClick = await platform.request('POST', `/api/email-preferences/unsubscribe?token=${encodeURIComponent(token)}`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      raw: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect((await platform.request('GET', '/api/me/email-preferences', { token: idle.token })).body).toEqual({ reminders: false });

    // A week later, still idle: nothing, because they opted out.
    await db().query(`UPDATE learner_reminders SET last_sent_at = now() - interval '8 days'`);
    expect(await reminders().sendDue()).toBe(0);
    expect(await reminderRows()).toHaveLength(1);
  });

  it('validates preferences', async () => {
    const bad = await platform.request('PUT', '/api/me/email-preferences', { token: recent.token, body: { reminders: 'sometimes' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('reminders');
    expect((await platform.request('GET', '/api/me/email-preferences')).status).toBe(401);
  });
});
