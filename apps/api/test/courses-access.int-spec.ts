import {
  createAccount,
  sampleCourseDocument,
  TestPlatform,
  type TestAccount,
} from '@academy/api/testing';
import { DataSource } from 'typeorm';

/** Who may see and change courses, and how bad documents are refused (whole, every problem listed). */
describe('course access, import and export', () => {
  let platform: TestPlatform;
  let db: DataSource;
  let territories: Record<string, string>;
  let author: TestAccount;
  let otherTrainer: TestAccount;
  let farTrainer: TestAccount;
  let learner: TestAccount;
  let partnerHere: TestAccount;
  let partnerThere: TestAccount;
  let admin: TestAccount;
  let courseId: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    db = platform.api!.get(DataSource);
    const list = (await platform.request('GET', '/api/territories')).body as {
      id: string;
      slug: string;
    }[];
    territories = Object.fromEntries(list.map((t) => [t.slug, t.id]));
    author = await createAccount(platform, { roles: [{ role: 'trainer' }] });
    otherTrainer = await createAccount(platform, { roles: [{ role: 'trainer' }] });
    farTrainer = await createAccount(platform, {
      territory: 'cascais',
      roles: [{ role: 'trainer' }],
    });
    learner = await createAccount(platform);
    partnerHere = await createAccount(platform, {
      roles: [{ role: 'partner_admin', territory: 'pordenone' }],
    });
    partnerThere = await createAccount(platform, {
      territory: 'cascais',
      roles: [{ role: 'partner_admin', territory: 'cascais' }],
    });
    admin = await createAccount(platform, { roles: [{ role: 'admin' }] });
    const created = await call('POST', '/courses', author, {
      territoryId: territories['pordenone'],
      document: sampleCourseDocument(),
    });
    expect(created.status).toBe(201);
    courseId = created.body.id;
  });
  afterAll(() => platform.stop());

  const call = (method: string, path: string, who?: TestAccount, body?: unknown) =>
    platform.request(method, `/api${path}`, { token: who?.token, body });
  const counts = async () =>
    (
      await db.query(`SELECT (SELECT COUNT(*)::int FROM courses) AS courses, (SELECT COUNT(*)::int FROM course_versions) AS versions,
                             (SELECT COUNT(*)::int FROM course_authors) AS authors`)
    )[0];

  it('never shows drafts to anonymous users, learners or trainers outside the course’s territory', async () => {
    expect((await call('GET', `/courses/${courseId}`)).status).toBe(401);
    expect((await call('GET', `/courses/${courseId}/versions`)).status).toBe(401);
    expect((await call('GET', `/courses/${courseId}`, learner)).status).toBe(403);
    expect((await call('GET', `/courses/${courseId}/export`, learner)).status).toBe(403);
    expect((await call('GET', '/reviews', learner)).status).toBe(403);
    const far = await call('GET', `/courses/${courseId}`, farTrainer);
    expect(far.status).toBe(404);
    expect(JSON.stringify(far.body)).not.toContain('correct');
    expect((await call('GET', `/courses/${courseId}`, partnerThere)).status).toBe(404);
    // Those who may see it: authors, trainers who may review it, the territory's partner admin, admins.
    for (const who of [author, otherTrainer, partnerHere, admin])
      expect((await call('GET', `/courses/${courseId}`, who)).status).toBe(200);
  });

  it('lets only authors edit and submit their drafts', async () => {
    const document = sampleCourseDocument({ title: 'Hijacked' });
    const notAuthor = await call('PUT', `/courses/${courseId}/draft`, otherTrainer, { document });
    expect(notAuthor.status).toBe(403);
    expect((await call('PUT', `/courses/${courseId}/draft`, admin, { document })).status).toBe(403);
    expect((await call('PUT', `/courses/${courseId}/draft`, farTrainer, { document })).status).toBe(
      404,
    );
    expect((await call('PUT', `/courses/${courseId}/draft`, learner, { document })).status).toBe(
      403,
    );
    expect((await call('POST', `/courses/${courseId}/submit`, otherTrainer)).status).toBe(403);
    expect(
      (
        await call('POST', `/courses/${courseId}/authors`, otherTrainer, {
          userId: otherTrainer.id,
        })
      ).status,
    ).toBe(403);
    // A learner cannot be made a co-author.
    const learnerAuthor = await call('POST', `/courses/${courseId}/authors`, author, {
      userId: learner.id,
    });
    expect(learnerAuthor.status).toBe(400);
    expect(learnerAuthor.body.errors).toEqual([
      { field: 'userId', message: 'must be a trainer of the academy' },
    ]);
    const [{ title }] = await db.query(
      `SELECT content->>'title' AS title FROM course_versions WHERE course_id = $1`,
      [courseId],
    );
    expect(title).toBe('Cooperatives 101');
  });

  it('lets trainers, admins and partner admins create courses only where they may', async () => {
    const document = sampleCourseDocument({ title: 'Where may I create?' });
    expect((await call('POST', '/courses', learner, { document })).status).toBe(403);
    expect((await call('POST', '/courses', undefined, { document })).status).toBe(401);
    expect(
      (
        await call('POST', '/courses', partnerThere, {
          territoryId: territories['pordenone'],
          document,
        })
      ).status,
    ).toBe(403);
    expect((await call('POST', '/courses', partnerThere, { document })).status).toBe(403); // network-wide: trainers and admins
    expect(
      (
        await call('POST', '/courses', farTrainer, {
          territoryId: territories['pordenone'],
          document,
        })
      ).status,
    ).toBe(403);
    const partner = await call('POST', '/courses', partnerHere, {
      territoryId: territories['pordenone'],
      document,
    });
    expect(partner.status).toBe(201);
    expect(partner.body.slug).toBe('where-may-i-create');
    // The same title again gets the next free slug.
    const again = await call('POST', '/courses', admin, {
      territoryId: territories['cascais'],
      document,
    });
    expect(again.body.slug).toBe('where-may-i-create-2');
    const unknown = await call('POST', '/courses', admin, {
      territoryId: '00000000-0000-4000-8000-000000000000',
      document,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { field: 'territoryId', message: 'is not a territory of the academy' },
    ]);
  });

  it('answers malformed requests with 400 and the field, never 500', async () => {
    const missing = await call('POST', '/courses', author, {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('document');
    expect((await call('POST', '/courses', author, { document: 'a string' })).status).toBe(400);
    expect((await call('POST', '/courses', author, { document: {}, extra: 1 })).status).toBe(400);
    expect((await call('GET', '/courses/not-a-uuid', author)).status).toBe(400);
    const empty = await call('POST', '/courses', author, { document: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('invalid_document');
    expect(empty.body.errors.length).toBeGreaterThan(5);
    expect(
      (await call('POST', `/courses/${courseId}/request-changes`, admin, { comments: '   ' }))
        .status,
    ).toBe(400);
  });

  it('refuses a video from a host that is not allowed, at its path', async () => {
    const document = sampleCourseDocument();
    const video = document.modules[0]?.lessons[1] as { url: string };
    video.url = 'https://videos.example.com/watch/1';
    const refused = await call('POST', '/courses', author, { document });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('invalid_document');
    expect(refused.body.errors).toEqual([
      {
        field: 'modules.0.lessons.1.url',
        message: expect.stringMatching(/^must be a video on one of the allowed hosts: .*youtube/),
      },
    ]);
  });

  it('rejects a bad import whole, listing every problem with its path', async () => {
    const before = await counts();
    const document = sampleCourseDocument() as unknown as Record<string, any>;
    document['title'] = '';
    document['competences'] = [
      { framework: 'entrecomp', code: '9.9' },
      { framework: 'greencomp', code: '1.1', targetLevel: 2 },
    ];
    document['modules'][0].lessons[1].url = 'https://evil.example/v.mp4';
    document['modules'][1].lessons[0].questions[0].options[1].correct = true;
    const bad = await call('POST', '/courses/import', admin, { document });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid_document');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      [
        'title',
        'competences.0',
        'competences.1.targetLevel',
        'modules.0.lessons.1.url',
        'modules.1.lessons.0.questions.0.options',
      ].sort(),
    );
    expect(await counts()).toEqual(before);
  });

  it('exports a course as one JSON file that imports back equal', async () => {
    const exported = await call('GET', `/courses/${courseId}/export`, author);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toBe(
      'attachment; filename="cooperatives-101.course.json"',
    );
    expect((await call('GET', `/courses/${courseId}/export`, otherTrainer)).status).toBe(403);
    const imported = await call('POST', '/courses/import', farTrainer, {
      territoryId: territories['cascais'],
      document: exported.body,
    });
    expect(imported.status).toBe(201);
    expect(imported.body.slug).toBe('cooperatives-101-2');
    expect(imported.body.authors).toEqual([expect.objectContaining({ id: farTrainer.id })]);
    expect(imported.body.openVersion.document).toEqual(exported.body);
    const again = await call('GET', `/courses/${imported.body.id}/export`, farTrainer);
    expect(again.body).toEqual(exported.body);
  });

  it('publishes the JSON Schema of the exchange format without signing in', async () => {
    const schema = await call('GET', '/courses/schema.json');
    expect(schema.status).toBe(200);
    expect(schema.body.$id).toBe('http://localhost:3000/api/courses/schema.json');
    expect(schema.body.properties.modules).toBeDefined();
    expect(schema.body.required).toEqual(expect.arrayContaining(['title', 'modules']));
  });
});
