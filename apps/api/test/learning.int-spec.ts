import {
  createAccount,
  publishCourse,
  republish,
  sampleCourseDocument,
  TestPlatform,
  type TestAccount,
} from '@academy/api/testing';
import type { CourseDocumentInput, EnrolmentSummary, PlayerProgress, QuizResult } from '@academy/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

type Lessons = CourseDocumentInput['modules'][number]['lessons'];

/** A course of two articles and one quiz (pass mark 100, two attempts). */
function shortCourse(title: string) {
  const [a1, a2, quiz] = [randomUUID(), randomUUID(), randomUUID()];
  const [question, right, wrong] = [randomUUID(), randomUUID(), randomUUID()];
  const lessons: Lessons = [
    { id: a1, kind: 'article', title: 'Mutuality', body: 'Members help each other.' },
    { id: a2, kind: 'article', title: 'Democracy', body: 'One member, one vote.' },
    {
      id: quiz,
      kind: 'quiz',
      title: 'Check',
      passMark: 100,
      attemptLimit: 2,
      questions: [
        {
          id: question,
          type: 'single',
          prompt: 'Votes per member?',
          feedback: 'Members vote as equals.',
          options: [
            { id: right, text: 'One', correct: true },
            { id: wrong, text: 'One per share', correct: false, feedback: 'That is a company.' },
          ],
        },
      ],
    },
  ];
  const document = sampleCourseDocument({ title, modules: [{ id: randomUUID(), title: 'All', lessons }] });
  return { document, ids: { a1, a2, quiz, question, right, wrong } };
}

describe('learning', () => {
  let platform: TestPlatform;
  let learner: TestAccount;
  let other: TestAccount;
  const api = <T = any>(method: string, path: string, who: TestAccount, body?: unknown) =>
    platform.request<T>(method, `/api/learning${path}`, { token: who.token, body });
  const db = () => platform.api!.get(DataSource);

  beforeAll(async () => {
    platform = await TestPlatform.start();
    learner = await createAccount(platform, { language: 'it' });
    other = await createAccount(platform);
  });
  afterAll(() => platform.stop());

  it('enrols once when asked several times at once, with one confirmation email per enrolment', async () => {
    const { courseId } = await publishCourse(platform, shortCourse('Enrolment race').document);
    const answers = await Promise.all(Array.from({ length: 6 }, () => api('POST', `/courses/${courseId}/enrolment`, learner)));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const rows = await db().query(`SELECT id FROM enrolments WHERE user_id = $1 AND course_id = $2`, [learner.id, courseId]);
    expect(rows).toHaveLength(1);
    const emails = () =>
      db().query(`SELECT locale FROM outbox_messages WHERE template = 'enrolment-confirmed' AND recipient = $1 AND params->>'courseTitle' = 'Enrolment race'`, [
        learner.email,
      ]);
    expect(await emails()).toEqual([{ locale: 'it' }]);

    // Withdrawing hides it; enrolling again is a new stint (and a new email), on the same row.
    expect((await api('DELETE', `/courses/${courseId}/enrolment`, learner)).status).toBe(204);
    expect((await api('GET', `/courses/${courseId}/enrolment`, learner)).status).toBe(404);
    expect((await api<EnrolmentSummary[]>('GET', '/enrolments', learner)).body.map((e) => e.course.id)).not.toContain(courseId);
    const again = await api('POST', `/courses/${courseId}/enrolment`, learner);
    expect(again.body.id).toBe(answers[0]!.body.id);
    expect(await emails()).toHaveLength(2);
  });

  it('refuses courses that are not open and bad ids', async () => {
    expect((await api('POST', `/courses/${randomUUID()}/enrolment`, learner)).body.code).toBe('course_not_open');
    const bad = await api('POST', `/courses/not-an-id/enrolment`, learner);
    expect(bad.status).toBe(400);
    expect((await platform.request('POST', `/api/learning/courses/${randomUUID()}/enrolment`)).status).toBe(401);
  });

  it('never shows quiz answers before a submission, and grades on the server', async () => {
    const { document, ids } = shortCourse('Quiz course');
    const { courseId } = await publishCourse(platform, document);
    const enrolment = (await api('POST', `/courses/${courseId}/enrolment`, learner)).body as EnrolmentSummary;
    const course = await api('GET', `/enrolments/${enrolment.id}/course`, learner);
    const player = await api('GET', `/enrolments/${enrolment.id}`, learner);
    for (const answer of [course, player, (await api('GET', '/enrolments', learner))]) {
      expect(JSON.stringify(answer.body)).not.toMatch(/"correct"|Members vote as equals|That is a company/);
    }
    expect(course.body.modules[0].lessons[2].questions[0].options).toEqual([
      { id: ids.right, text: 'One' },
      { id: ids.wrong, text: 'One per share' },
    ]);

    const submit = (attemptId: string, choice: string[]) =>
      api('POST', `/enrolments/${enrolment.id}/quizzes/${ids.quiz}/attempts`, learner, {
        attemptId,
        answers: { [ids.question]: choice },
      });
    const invalid = await submit(randomUUID(), [ids.right, ids.wrong]);
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual([{ field: `answers.${ids.question}`, message: 'takes one answer only' }]);

    const firstId = randomUUID();
    const failed = await submit(firstId, [ids.wrong]);
    expect(failed.body).toMatchObject({
      attemptNumber: 1,
      score: 0,
      passed: false,
      quiz: { attempts: 1, attemptsLeft: 1, passed: false },
      questions: [{ correct: false, correctOptionIds: [ids.right], feedback: ['Members vote as equals.', 'That is a company.'] }],
    });
    // The same attempt sent again counts once.
    const resent = await submit(firstId, [ids.right]);
    expect(resent.body).toMatchObject({ attemptNumber: 1, passed: false, quiz: { attempts: 1 } });
    const passed = await submit(randomUUID(), [ids.right]);
    expect(passed.body).toMatchObject({ attemptNumber: 2, score: 100, passed: true, quiz: { attemptsLeft: 0, bestScore: 100, passed: true } });
    expect((await submit(randomUUID(), [ids.right])).body.code).toBe('attempt_limit_reached');
    const history = await api<QuizResult[]>('GET', `/enrolments/${enrolment.id}/quizzes/${ids.quiz}/attempts`, learner);
    expect(history.body.map((a) => a.attemptNumber)).toEqual([2, 1]);
    const state = (await api<PlayerProgress>('GET', `/enrolments/${enrolment.id}`, learner)).body;
    expect(state.lessons[ids.quiz]).toMatchObject({ status: 'done' });
    expect(state.enrolment.progress).toEqual({ done: 1, total: 3, percent: 33 });
    // Quizzes are passed, not marked.
    expect((await api('POST', `/enrolments/${enrolment.id}/lessons/${ids.quiz}/done`, learner)).body.code).toBe('not_markable');
  });

  it('keeps every enrolment to its learner: another learner gets "not found" on every route', async () => {
    const { document, ids } = shortCourse('Private progress');
    const { courseId } = await publishCourse(platform, document);
    const mine = (await api('POST', `/courses/${courseId}/enrolment`, learner)).body as EnrolmentSummary;
    const routes: [string, string, unknown?][] = [
      ['GET', `/enrolments/${mine.id}`],
      ['GET', `/enrolments/${mine.id}/course`],
      ['POST', `/enrolments/${mine.id}/move-to-latest`],
      ['POST', `/enrolments/${mine.id}/lessons/${ids.a1}/visit`],
      ['POST', `/enrolments/${mine.id}/lessons/${ids.a1}/done`],
      ['POST', `/enrolments/${mine.id}/quizzes/${ids.quiz}/attempts`, { attemptId: randomUUID(), answers: { [ids.question]: [ids.right] } }],
      ['GET', `/enrolments/${mine.id}/quizzes/${ids.quiz}/attempts`],
      ['GET', `/enrolments/${mine.id}/assignments/${ids.quiz}`],
      ['PUT', `/enrolments/${mine.id}/assignments/${ids.quiz}/submission`, { text: 'Someone else’s work goes here, long enough.' }],
    ];
    for (const [method, path, body] of routes) {
      const answer = await api(method, path, other, body);
      expect([path, answer.status]).toEqual([path, 404]);
    }
    const untouched = await db().query(
      `SELECT (SELECT count(*) FROM lesson_progress WHERE enrolment_id = $1)::int AS done,
              (SELECT count(*) FROM quiz_attempts WHERE enrolment_id = $1)::int AS attempts`,
      [mine.id],
    );
    expect(untouched).toEqual([{ done: 0, attempts: 0 }]);
  });

  it('completes the course once when the last two lessons are marked done at the same moment', async () => {
    const { document, ids } = shortCourse('Completion race');
    const { courseId } = await publishCourse(platform, document);
    const enrolment = (await api('POST', `/courses/${courseId}/enrolment`, learner)).body as EnrolmentSummary;
    await api('POST', `/enrolments/${enrolment.id}/quizzes/${ids.quiz}/attempts`, learner, {
      attemptId: randomUUID(),
      answers: { [ids.question]: [ids.right] },
    });
    const results = await Promise.all(
      [ids.a1, ids.a2, ids.a1, ids.a2].map((lesson) => api('POST', `/enrolments/${enrolment.id}/lessons/${lesson}/done`, learner)),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(results.filter((r) => r.body.courseCompleted)).toHaveLength(1);
    const events = await db().query(`SELECT params FROM outbox_messages WHERE channel = 'event' AND template = 'course.completed' AND params->>'enrolmentId' = $1`, [
      enrolment.id,
    ]);
    expect(events).toHaveLength(1);
    expect(events[0].params).toMatchObject({ userId: learner.id, courseId, versionNumber: '1' });
    const summary = (await api<EnrolmentSummary>('GET', `/courses/${courseId}/enrolment`, learner)).body;
    expect(summary).toMatchObject({ status: 'completed', progress: { done: 3, total: 3, percent: 100 }, nextLesson: null });
    expect(summary.completedAt).toEqual(expect.any(String));
  });

  it('continues where the learner left off', async () => {
    const { document, ids } = shortCourse('Continue');
    const { courseId } = await publishCourse(platform, document);
    const enrolment = (await api('POST', `/courses/${courseId}/enrolment`, learner)).body as EnrolmentSummary;
    expect(enrolment.nextLesson?.id).toBe(ids.a1);
    expect((await api('POST', `/enrolments/${enrolment.id}/lessons/${ids.quiz}/visit`, learner)).status).toBe(204);
    expect((await api<EnrolmentSummary>('GET', `/courses/${courseId}/enrolment`, learner)).body.nextLesson?.id).toBe(ids.quiz);
    expect((await api('POST', `/enrolments/${enrolment.id}/lessons/${randomUUID()}/visit`, learner)).status).toBe(404);
  });

  it('keeps learners on their version until they move, carrying over unchanged lessons', async () => {
    const { document, ids } = shortCourse('Versions');
    const published = await publishCourse(platform, document);
    const enrolment = (await api('POST', `/courses/${published.courseId}/enrolment`, learner)).body as EnrolmentSummary;
    await api('POST', `/enrolments/${enrolment.id}/lessons/${ids.a1}/done`, learner);
    await api('POST', `/enrolments/${enrolment.id}/lessons/${ids.a2}/done`, learner);

    // Version 2 rewrites the second article.
    const draft = await platform.request('POST', `/api/courses/${published.courseId}/edit`, { token: published.author.token });
    expect(draft.status).toBe(201);
    const next = structuredClone(document);
    (next.modules[0]!.lessons[1] as { body: string }).body = 'One member, one vote, and why it matters.';
    expect((await platform.request('PUT', `/api/courses/${published.courseId}/draft`, { token: published.author.token, body: { document: next } })).status).toBe(200);
    await republish(platform, published.courseId, published);

    const before = (await api<EnrolmentSummary>('GET', `/courses/${published.courseId}/enrolment`, learner)).body;
    expect(before).toMatchObject({ versionNumber: 1, newVersion: { number: 2 }, progress: { done: 2 } });
    const moved = await api<EnrolmentSummary>('POST', `/enrolments/${enrolment.id}/move-to-latest`, learner);
    expect(moved.body).toMatchObject({ versionNumber: 2, newVersion: null, progress: { done: 1, total: 3 } });
    const lessons = (await api<PlayerProgress>('GET', `/enrolments/${enrolment.id}`, learner)).body.lessons;
    expect(lessons[ids.a1]?.status).toBe('done');
    expect(lessons[ids.a2]?.status).not.toBe('done');
    expect((await api('POST', `/enrolments/${enrolment.id}/move-to-latest`, learner)).body.code).toBe('already_latest');
  });

  it('hands course.completed to the worker, which emails the learner once', async () => {
    await platform.startWorker();
    try {
      const { document, ids } = shortCourse('Completion email');
      const { courseId } = await publishCourse(platform, document);
      const enrolment = (await api('POST', `/courses/${courseId}/enrolment`, other)).body as EnrolmentSummary;
      for (const lesson of [ids.a1, ids.a2]) await api('POST', `/enrolments/${enrolment.id}/lessons/${lesson}/done`, other);
      const result = await api('POST', `/enrolments/${enrolment.id}/quizzes/${ids.quiz}/attempts`, other, {
        attemptId: randomUUID(),
        answers: { [ids.question]: [ids.right] },
      });
      expect(result.body.courseCompleted).toBe(true);
      const mail = await platform.smtp.waitFor((m) => m.to === other.email && m.subject === 'Course completed: Completion email');
      expect(mail.text).toContain('/learn');
      await platform.smtp.waitFor((m) => m.to === other.email && m.subject === 'You are enrolled: Completion email');
      const [event] = await db().query(`SELECT status FROM outbox_messages WHERE channel = 'event' AND params->>'enrolmentId' = $1`, [enrolment.id]);
      expect(event.status).toBe('sent');
    } finally {
      await platform.stopWorker();
    }
  });
});
