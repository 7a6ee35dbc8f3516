import {
  createAccount,
  publishCourse,
  sampleCourseDocument,
  TestPlatform,
  type TestAccount,
} from '@academy/api/testing';
import type {
  AssignmentView,
  EnrolmentSummary,
  TrainerSubmissionView,
} from '@academy/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** A course whose only lesson is a peer-reviewed assignment with a two-criterion rubric. */
function assignmentCourse(title: string) {
  const ids = {
    lesson: randomUUID(),
    clarity: randomUUID(),
    clear: randomUUID(),
    unclear: randomUUID(),
    fit: randomUUID(),
    good: randomUUID(),
    poor: randomUUID(),
  };
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
            prompt:
              'Write the **membership article** of your cooperative’s statutes.<script>alert(1)</script>',
            rubric: {
              criteria: [
                {
                  id: ids.clarity,
                  title: 'Clarity',
                  levels: [
                    { id: ids.unclear, title: 'Unclear', points: 0 },
                    {
                      id: ids.clear,
                      title: 'Clear',
                      description: 'Anyone can apply it.',
                      points: 3,
                    },
                  ],
                },
                {
                  id: ids.fit,
                  title: 'Fit with the principles',
                  levels: [
                    { id: ids.poor, title: 'Poor', points: 0 },
                    { id: ids.good, title: 'Good', points: 2 },
                  ],
                },
              ],
            },
          },
        ],
      },
    ],
  });
  return { document, ids };
}

describe('a trainer reviewing a learner’s submission', () => {
  let platform: TestPlatform;
  let db: DataSource;
  const api = <T = any>(method: string, path: string, who: TestAccount, body?: unknown) =>
    platform.request<T>(method, `/api/learning${path}`, { token: who.token, body });

  beforeAll(async () => {
    platform = await TestPlatform.start();
    db = platform.api!.get(DataSource);
  });
  afterAll(() => platform.stop());

  /**
   * Three learners of Navarra who all submitted (so each has two peers' work to review), the
   * course's author, an admin, a partner admin of Navarra and one of Pordenone, and a trainer
   * who has nothing to do with the course.
   */
  async function setUp(title: string) {
    const { document, ids } = assignmentCourse(title);
    const course = await publishCourse(platform, document);
    const learners = await Promise.all(
      [0, 1, 2].map(() => createAccount(platform, { territory: 'navarra' })),
    );
    const enrolments: string[] = [];
    for (const learner of learners) {
      const enrolled = await api<EnrolmentSummary>(
        'POST',
        `/courses/${course.courseId}/enrolment`,
        learner,
      );
      enrolments.push(enrolled.body.id);
    }
    const submissions: string[] = [];
    for (const [i, learner] of learners.entries()) {
      const submitted = await api<AssignmentView>(
        'PUT',
        `/enrolments/${enrolments[i]}/assignments/${ids.lesson}/submission`,
        learner,
        {
          text: `Learner ${i}: membership is open to anyone who shares the purpose.`,
        },
      );
      expect(submitted.status).toBe(200);
      submissions.push(submitted.body.submission!.id);
    }
    const people = {
      author: course.author,
      admin: await createAccount(platform, { roles: [{ role: 'admin' }] }),
      ownAdmin: await createAccount(platform, {
        roles: [{ role: 'partner_admin', territory: 'navarra' }],
      }),
      otherAdmin: await createAccount(platform, {
        roles: [{ role: 'partner_admin', territory: 'pordenone' }],
      }),
      strangerTrainer: await createAccount(platform, { roles: [{ role: 'trainer' }] }),
    };
    const view = async (i: number) =>
      (
        await api<AssignmentView>(
          'GET',
          `/enrolments/${enrolments[i]}/assignments/${ids.lesson}`,
          learners[i]!,
        )
      ).body;
    /** Learner `reviewer` sends the review of learner `author`'s work they were handed. */
    const peerReview = async (
      reviewer: number,
      author: number,
      scores: Record<string, string>,
      comment: string,
    ) => {
      const text = (await view(author)).submission!.text;
      const handed = (await view(reviewer)).reviewsToGive.find((r) => r.submission.text === text);
      if (!handed) throw new Error(`Learner ${reviewer} was not handed learner ${author}'s work`);
      const sent = await api('POST', `/peer-reviews/${handed.reviewId}`, learners[reviewer]!, {
        scores,
        comment,
      });
      expect(sent.status).toBe(200);
    };
    const best = { [ids.clarity]: ids.clear, [ids.fit]: ids.good };
    const trainerReviews = async (submissionId: string) =>
      (await db.query(
        `SELECT reviewer_id AS "reviewerId", comment, points FROM peer_reviews WHERE submission_id = $1 AND kind = 'trainer' ORDER BY submitted_at`,
        [submissionId],
      )) as { reviewerId: string; comment: string; points: number }[];
    return {
      course,
      ids,
      learners,
      enrolments,
      submissions,
      people,
      view,
      peerReview,
      best,
      trainerReviews,
    };
  }

  it('shows the work, the instructions, the rubric and the reviews sent so far to those who may review it, and to nobody else', async () => {
    const { course, ids, learners, submissions, people, peerReview, best } =
      await setUp('Read by a trainer');
    // Learner 1 reviews learner 0's work; learner 2 has not yet.
    await peerReview(
      1,
      0,
      { [ids.clarity]: ids.unclear, [ids.fit]: ids.good },
      'Say who decides on admission, please.',
    );

    const seen = await api<TrainerSubmissionView>(
      'GET',
      `/submissions/${submissions[0]}`,
      people.author,
    );
    expect(seen.status).toBe(200);
    expect(seen.body).toEqual({
      id: submissions[0],
      course: { id: course.courseId, title: 'Read by a trainer', language: 'en' },
      learner: { displayName: learners[0]!.email.split('@')[0], email: learners[0]!.email },
      assignment: {
        lessonId: ids.lesson,
        title: 'Your membership article',
        promptHtml: expect.stringContaining('<strong>membership article</strong>'),
        rubric: {
          criteria: [
            {
              id: ids.clarity,
              title: 'Clarity',
              levels: [
                { id: ids.unclear, title: 'Unclear', points: 0 },
                { id: ids.clear, title: 'Clear', description: 'Anyone can apply it.', points: 3 },
              ],
            },
            {
              id: ids.fit,
              title: 'Fit with the principles',
              levels: [
                { id: ids.poor, title: 'Poor', points: 0 },
                { id: ids.good, title: 'Good', points: 2 },
              ],
            },
          ],
        },
        maxPoints: 5,
      },
      text: 'Learner 0: membership is open to anyone who shares the purpose.',
      submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      state: { submitted: true, reviewsGiven: 0, reviewsReceived: 1, complete: false },
      overridden: false,
      reviewsPending: 1,
      reviews: [
        {
          by: 'peer',
          mine: false,
          scores: { [ids.clarity]: ids.unclear, [ids.fit]: ids.good },
          comment: 'Say who decides on admission, please.',
          points: 2,
          maxPoints: 5,
          submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      ],
      ownWork: false,
    });
    // The instructions are sanitised HTML; peers stay anonymous to the trainer too.
    expect(seen.body.assignment.promptHtml).not.toContain('<script');
    for (const peer of [learners[1]!, learners[2]!]) {
      expect(JSON.stringify(seen.body)).not.toContain(peer.email);
      expect(JSON.stringify(seen.body)).not.toContain(peer.id);
    }

    // The admin and the partner admin of the learner's territory see the same.
    for (const who of [people.admin, people.ownAdmin]) {
      const same = await api<TrainerSubmissionView>('GET', `/submissions/${submissions[0]}`, who);
      expect(same.status).toBe(200);
      expect(same.body).toEqual(seen.body);
    }
    // A trainer's own review is marked as theirs, for them only.
    expect(
      (
        await api('POST', `/submissions/${submissions[0]}/trainer-review`, people.ownAdmin, {
          scores: best,
          comment: 'Clear, and true to the principles.',
        })
      ).status,
    ).toBe(200);
    const byAdmin = (
      await api<TrainerSubmissionView>('GET', `/submissions/${submissions[0]}`, people.ownAdmin)
    ).body;
    const byAuthor = (
      await api<TrainerSubmissionView>('GET', `/submissions/${submissions[0]}`, people.author)
    ).body;
    expect(byAdmin.reviews.map((r) => [r.by, r.mine, r.points])).toEqual([
      ['peer', false, 2],
      ['trainer', true, 5],
    ]);
    expect(byAuthor.reviews.map((r) => [r.by, r.mine])).toEqual([
      ['peer', false],
      ['trainer', false],
    ]);
    expect(byAuthor.state).toEqual({
      submitted: true,
      reviewsGiven: 0,
      reviewsReceived: 2,
      complete: false,
    });

    // Everyone else: not found, exactly as for a submission that does not exist.
    const missing = await api('GET', `/submissions/${randomUUID()}`, people.author);
    expect(missing.status).toBe(404);
    for (const who of [people.otherAdmin, people.strangerTrainer, learners[0]!, learners[1]!]) {
      const refused = await api('GET', `/submissions/${submissions[0]}`, who);
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual(missing.body);
    }
    // Learner 1's own submission is not theirs to read this way either.
    expect((await api('GET', `/submissions/${submissions[1]}`, learners[1]!)).status).toBe(404);

    // Not an id: 400, naming the field.
    const bad = await api('GET', '/submissions/not-an-id', people.author);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'id', message: expect.stringContaining('UUID') }]);
  });

  it('counts a trainer’s review as one received, refuses bad reviews field by field, and changes nothing when refusing', async () => {
    const {
      ids,
      learners,
      enrolments,
      submissions,
      people,
      view,
      peerReview,
      best,
      trainerReviews,
    } = await setUp('Reviewed by a trainer');
    const before = (
      await api<TrainerSubmissionView>('GET', `/submissions/${submissions[0]}`, people.author)
    ).body;
    const review = { scores: best, comment: 'A solid article; say who decides on admission.' };

    // Refused: people the learner's work is not open to (for them it does not exist), and
    // reviews that do not fit the rubric.
    for (const who of [people.otherAdmin, people.strangerTrainer, learners[0]!, learners[1]!]) {
      expect(
        (await api('POST', `/submissions/${submissions[0]}/trainer-review`, who, review)).status,
      ).toBe(404);
    }
    expect(
      (await api('POST', `/submissions/${randomUUID()}/trainer-review`, people.author, review))
        .status,
    ).toBe(404);
    const fields = async (body: unknown, id = submissions[0]) => {
      const refused = await api('POST', `/submissions/${id}/trainer-review`, people.author, body);
      expect(refused.status).toBe(400);
      return [...new Set((refused.body.errors as { field: string }[]).map((e) => e.field))].sort();
    };
    expect(await fields({ scores: best, comment: 'Too short' })).toEqual(['comment']);
    expect(await fields({ scores: 'all good', comment: review.comment })).toEqual(['scores']);
    expect(await fields({ scores: best })).toEqual(['comment']);
    expect(await fields({ scores: {}, comment: review.comment })).toEqual(
      [`scores.${ids.clarity}`, `scores.${ids.fit}`].sort(),
    );
    expect(
      await fields({
        scores: { [ids.clarity]: ids.good, [ids.fit]: ids.good, other: ids.clear },
        comment: review.comment,
      }),
    ).toEqual(['scores.other', `scores.${ids.clarity}`].sort());
    expect(await fields(review, 'not-an-id')).toEqual(['id']);
    expect(await trainerReviews(submissions[0]!)).toEqual([]);
    expect(
      (await api<TrainerSubmissionView>('GET', `/submissions/${submissions[0]}`, people.author))
        .body,
    ).toEqual(before);
    expect((await view(0)).state).toEqual({
      submitted: true,
      reviewsGiven: 0,
      reviewsReceived: 0,
      complete: false,
    });

    // Learner 0 gives both reviews and gets one from a peer: one more received completes it.
    await peerReview(0, 1, best, 'Clear and well argued, thank you.');
    await peerReview(0, 2, best, 'Clear and well argued, thank you.');
    await peerReview(1, 0, best, 'Clear, and open to everyone who shares the purpose.');
    expect((await view(0)).state).toEqual({
      submitted: true,
      reviewsGiven: 2,
      reviewsReceived: 1,
      complete: false,
    });

    const reviewed = await api<AssignmentView>(
      'POST',
      `/submissions/${submissions[0]}/trainer-review`,
      people.ownAdmin,
      {
        scores: { [ids.clarity]: ids.clear, [ids.fit]: ids.poor },
        comment: 'Clear; now tie admission to the cooperative principles.',
      },
    );
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.state).toEqual({
      submitted: true,
      reviewsGiven: 2,
      reviewsReceived: 2,
      complete: true,
    });
    const after = (
      await api<TrainerSubmissionView>('GET', `/submissions/${submissions[0]}`, people.ownAdmin)
    ).body;
    expect(after.state).toEqual({
      submitted: true,
      reviewsGiven: 2,
      reviewsReceived: 2,
      complete: true,
    });
    expect(after.reviews.map((r) => [r.by, r.mine, r.points, r.comment])).toEqual([
      ['peer', false, 5, 'Clear, and open to everyone who shares the purpose.'],
      ['trainer', true, 3, 'Clear; now tie admission to the cooperative principles.'],
    ]);
    const [summary] = (
      await api<EnrolmentSummary[]>('GET', '/enrolments', learners[0]!)
    ).body.filter((e) => e.id === enrolments[0]);
    expect(summary?.status).toBe('completed');

    // Revising the review replaces it: still one trainer review, still two received.
    const revised = await api<AssignmentView>(
      'POST',
      `/submissions/${submissions[0]}/trainer-review`,
      people.ownAdmin,
      review,
    );
    expect(revised.status).toBe(200);
    expect(revised.body.state.reviewsReceived).toBe(2);
    expect(await trainerReviews(submissions[0]!)).toEqual([
      { reviewerId: people.ownAdmin.id, comment: review.comment, points: 5 },
    ]);
    // A bad revision leaves the review as it was.
    expect(await fields({ scores: {}, comment: review.comment })).toEqual(
      [`scores.${ids.clarity}`, `scores.${ids.fit}`].sort(),
    );
    expect(await trainerReviews(submissions[0]!)).toEqual([
      { reviewerId: people.ownAdmin.id, comment: review.comment, points: 5 },
    ]);
  });
});
