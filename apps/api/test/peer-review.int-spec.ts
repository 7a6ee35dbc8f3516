import {
  createAccount,
  publishCourse,
  sampleCourseDocument,
  TestPlatform,
  type TestAccount,
} from '@academy/api/testing';
import type { AssignmentView, EnrolmentSummary } from '@academy/shared/contracts';
import { randomUUID } from 'node:crypto';

/** A course whose only lesson is a peer-reviewed assignment with a two-criterion rubric. */
function assignmentCourse(title: string) {
  const ids = { lesson: randomUUID(), clarity: randomUUID(), clear: randomUUID(), unclear: randomUUID(), fit: randomUUID(), good: randomUUID(), poor: randomUUID() };
  const document = sampleCourseDocument({
    title,
    modules: [
      {
        id: randomUUID(),
        title: 'Practice',
        lessons: [
          {
            id: ids.lesson,
            kind: 'assignment',
            title: 'Your membership article',
            prompt: 'Write the membership article of your cooperative’s statutes.',
            rubric: {
              criteria: [
                { id: ids.clarity, title: 'Clarity', levels: [{ id: ids.unclear, title: 'Unclear', points: 0 }, { id: ids.clear, title: 'Clear', points: 3 }] },
                { id: ids.fit, title: 'Fit with the principles', levels: [{ id: ids.poor, title: 'Poor', points: 0 }, { id: ids.good, title: 'Good', points: 2 }] },
              ],
            },
          },
        ],
      },
    ],
  });
  return { document, ids };
}

describe('peer-reviewed assignments', () => {
  let platform: TestPlatform;
  const api = <T = any>(method: string, path: string, who: TestAccount, body?: unknown) =>
    platform.request<T>(method, `/api/learning${path}`, { token: who.token, body });

  beforeAll(async () => {
    platform = await TestPlatform.start();
  });
  afterAll(() => platform.stop());

  async function setUp(title: string, learners: number) {
    const { document, ids } = assignmentCourse(title);
    const course = await publishCourse(platform, document);
    const people = await Promise.all(Array.from({ length: learners }, () => createAccount(platform, { territory: 'navarra' })));
    const enrolments = await Promise.all(
      people.map(async (p) => ((await api('POST', `/courses/${course.courseId}/enrolment`, p)).body as EnrolmentSummary).id),
    );
    const submit = (i: number) =>
      api('PUT', `/enrolments/${enrolments[i]}/assignments/${ids.lesson}/submission`, people[i]!, {
        text: `Learner ${i}: membership is open to anyone who shares the purpose.`,
      });
    const view = async (i: number) => (await api<AssignmentView>('GET', `/enrolments/${enrolments[i]}/assignments/${ids.lesson}`, people[i]!)).body;
    const scores = { [ids.clarity]: ids.clear, [ids.fit]: ids.good };
    return { course, ids, people, enrolments, submit, view, scores };
  }

  it('waits for three submissions, then gives every submitter two peers, never their own, spread evenly', async () => {
    const { people, submit, view } = await setUp('Allocation', 7);
    const first = await submit(0);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ waitingForPeers: true, reviewsToGive: [], state: { submitted: true, complete: false } });
    expect((await submit(0)).body.code).toBe('already_submitted');
    // The rest submit all at once.
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map(submit));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(200));

    const views = await Promise.all(people.map((_, i) => view(i)));
    const ownTexts = views.map((v) => v.submission!.text);
    const receivedBy = new Map<string, number>();
    views.forEach((v, i) => {
      expect(v.waitingForPeers).toBe(false);
      expect(v.reviewsToGive).toHaveLength(2);
      const texts = v.reviewsToGive.map((r) => r.submission.text);
      expect(texts).not.toContain(ownTexts[i]);
      expect(new Set(texts).size).toBe(2);
      for (const t of texts) receivedBy.set(t, (receivedBy.get(t) ?? 0) + 1);
    });
    const counts = ownTexts.map((t) => receivedBy.get(t) ?? 0);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(14);
    // Least-reviewed first: nobody gets more than three, and only the last two to submit (whom
    // the next submitters would pick first) may have fewer than two.
    expect(Math.max(...counts)).toBeLessThanOrEqual(3);
    expect(counts.filter((c) => c < 2).length).toBeLessThanOrEqual(2);
  });

  it('completes the assignment (and the course) after giving two reviews and receiving two', async () => {
    const { people, submit, view, scores, enrolments } = await setUp('Mutual review', 3);
    for (const i of [0, 1, 2]) await submit(i);
    const bad = await api('POST', `/peer-reviews/${(await view(0)).reviewsToGive[0]!.reviewId}`, people[0]!, {
      scores: { [randomUUID()]: 'x' },
      comment: 'Short',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['comment']);
    const badScores = await api('POST', `/peer-reviews/${(await view(0)).reviewsToGive[0]!.reviewId}`, people[0]!, {
      scores: { extra: 'x' },
      comment: 'Clear and well argued, thank you.',
    });
    expect(badScores.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['scores.extra', ...Object.keys(scores).map((k) => `scores.${k}`)].sort(),
    );

    // Someone else's review cannot be sent.
    const othersReview = (await view(1)).reviewsToGive[0]!.reviewId;
    expect((await api('POST', `/peer-reviews/${othersReview}`, people[0]!, { scores, comment: 'Clear and well argued.' })).status).toBe(404);

    // Everyone reviews both peers, all at the same moment.
    const all = await Promise.all(
      [0, 1, 2].flatMap((i) => [0, 1].map(async (k) => {
        const reviewId = (await view(i)).reviewsToGive[k]!.reviewId;
        return api('POST', `/peer-reviews/${reviewId}`, people[i]!, { scores, comment: `Review ${i}.${k}: clear and well argued.` });
      })),
    );
    expect(all.map((r) => r.status)).toEqual(Array(6).fill(200));
    const first = await view(0);
    expect(first.state).toEqual({ submitted: true, reviewsGiven: 2, reviewsReceived: 2, complete: true });
    expect(first.reviewsReceived).toHaveLength(2);
    expect(first.reviewsReceived[0]).toMatchObject({ by: 'peer', points: 5, maxPoints: 5 });
    expect(JSON.stringify(first)).not.toMatch(/@example\.org/);
    const again = await api('POST', `/peer-reviews/${first.reviewsToGive[0]!.reviewId}`, people[0]!, { scores, comment: 'Changing my mind here.' });
    expect(again.body.code).toBe('already_reviewed');
    for (const i of [0, 1, 2]) {
      const summary = (await api<EnrolmentSummary[]>('GET', '/enrolments', people[i]!)).body.find((e) => e.id === enrolments[i]);
      expect(summary?.status).toBe('completed');
    }
  });

  it('lets the course’s trainers and the learner’s partner admin review or settle, and nobody else', async () => {
    const { course, people, submit, view, scores } = await setUp('Settled by a trainer', 1);
    const submission = (await submit(0)).body.submission!.id;
    const strangerTrainer = await createAccount(platform, { roles: [{ role: 'trainer' }] });
    const otherAdmin = await createAccount(platform, { roles: [{ role: 'partner_admin', territory: 'pordenone' }] });
    const ownAdmin = await createAccount(platform, { roles: [{ role: 'partner_admin', territory: 'navarra' }] });
    const review = { scores, comment: 'A solid article; say who decides on admission.' };
    for (const who of [strangerTrainer, otherAdmin, people[0]!]) {
      expect((await api('POST', `/submissions/${submission}/trainer-review`, who, review)).status).toBe(404);
      expect((await api('POST', `/submissions/${submission}/override`, who)).status).toBe(404);
    }
    expect((await api('POST', `/submissions/${randomUUID()}/override`, course.author)).status).toBe(404);

    const reviewed = await api<AssignmentView>('POST', `/submissions/${submission}/trainer-review`, course.author, review);
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.reviewsReceived).toEqual([expect.objectContaining({ by: 'trainer', points: 5 })]);
    expect(reviewed.body.state.complete).toBe(false);

    const settled = await api<AssignmentView>('POST', `/submissions/${submission}/override`, ownAdmin);
    expect(settled.body).toMatchObject({ overridden: true, state: { complete: true } });
    expect((await view(0)).overridden).toBe(true);
    const [summary] = (await api<EnrolmentSummary[]>('GET', '/enrolments', people[0]!)).body;
    expect(summary?.status).toBe('completed');
  });
});
