import { toPublicCourse } from '@academy/api/catalog';
import {
  createAccount,
  sampleCourseDocument,
  TestPlatform,
  type TestAccount,
} from '@academy/api/testing';
import type { CourseDocument } from '@academy/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** The course workflow end to end: authoring, review with emails, versions and what changed. */
describe('course authoring and review', () => {
  let platform: TestPlatform;
  let db: DataSource;
  let territories: Record<string, string>;
  let author: TestAccount;
  let coAuthor: TestAccount;
  let reviewer: TestAccount;
  let farTrainer: TestAccount;
  let admin: TestAccount;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
    db = platform.api!.get(DataSource);
    const list = (await platform.request('GET', '/api/territories')).body as {
      id: string;
      slug: string;
    }[];
    territories = Object.fromEntries(list.map((t) => [t.slug, t.id]));
    author = await createAccount(platform, { roles: [{ role: 'trainer' }] });
    coAuthor = await createAccount(platform, { roles: [{ role: 'trainer' }], language: 'it' });
    reviewer = await createAccount(platform, { roles: [{ role: 'trainer' }] });
    // A trainer of another territory: not a reviewer of Pordenone's courses.
    farTrainer = await createAccount(platform, {
      territory: 'cascais',
      roles: [{ role: 'trainer' }],
    });
    admin = await createAccount(platform, { territory: 'navarra', roles: [{ role: 'admin' }] });
  });
  afterAll(() => platform.stop());

  const call = (method: string, path: string, who?: TestAccount, body?: unknown) =>
    platform.request(method, `/api${path}`, { token: who?.token, body });

  it('runs create → edit → submit → approve → edit → send back → approve, with emails and what changed', async () => {
    // Create: the creator is the author, the first version a draft.
    const created = await call('POST', '/courses', author, {
      territoryId: territories['pordenone'],
      document: sampleCourseDocument(),
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      slug: 'cooperatives-101',
      territoryId: territories['pordenone'],
      authors: [{ id: author.id }],
      openVersion: { number: 1, status: 'draft' },
      publishedVersion: null,
    });
    // Defaults of the contract are applied to what is stored.
    expect(created.body.openVersion.document.modules[0].lessons[0]).toMatchObject({
      required: true,
      competences: [],
    });

    // Edit the draft, add a co-author.
    const doc = created.body.openVersion.document as CourseDocument;
    const saved = await call('PUT', `/courses/${id}/draft`, author, {
      document: { ...doc, title: 'Cooperatives 101: governance' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.openVersion.document.title).toBe('Cooperatives 101: governance');
    expect(
      (await call('POST', `/courses/${id}/authors`, author, { userId: coAuthor.id })).status,
    ).toBe(200);

    // Submit: the reviewers of Pordenone (its trainers and the admins) are told, nobody else.
    const submitted = await call('POST', `/courses/${id}/submit`, coAuthor);
    expect(submitted.status).toBe(200);
    expect(submitted.body.openVersion.status).toBe('in_review');
    const toReviewer = await platform.smtp.waitFor(
      (m) => m.to === reviewer.email && /waiting for your review/.test(m.subject),
    );
    expect(toReviewer.text).toContain('http://localhost:3000/authoring/reviews');
    await platform.smtp.waitFor(
      (m) => m.to === admin.email && /waiting for your review/.test(m.subject),
    );
    // The outbox is the complete list of who will be emailed: exactly Pordenone's non-author trainer and the admin.
    const outbox: { recipient: string }[] = await db.query(
      `SELECT recipient FROM outbox_messages WHERE template = 'course-submitted'`,
    );
    expect(outbox.map((r) => r.recipient).sort()).toEqual([admin.email, reviewer.email].sort());

    // In review: not editable; in the queue of reviewers but not of authors or far trainers.
    const locked = await call('PUT', `/courses/${id}/draft`, author, { document: doc });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('not_editable');
    expect(
      (await call('GET', '/reviews', reviewer)).body.map((r: { courseId: string }) => r.courseId),
    ).toContain(id);
    expect((await call('GET', '/reviews', author)).body).toEqual([]);
    expect((await call('GET', '/reviews', farTrainer)).body).toEqual([]);

    // Authors cannot approve their own course.
    for (const who of [author, coAuthor]) {
      const own = await call('POST', `/courses/${id}/approve`, who, { note: 'Looks great' });
      expect(own.status).toBe(403);
      expect(own.body.code).toBe('own_course');
    }

    // Approve: version 1 published, both authors told, each in their language, with the note.
    const approved = await call('POST', `/courses/${id}/approve`, reviewer, {
      note: 'Clear and well structured',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.openVersion).toBeNull();
    expect(approved.body.publishedVersion).toMatchObject({
      number: 1,
      status: 'published',
      reviewNote: 'Clear and well structured',
      changes: null,
    });
    const toAuthor = await platform.smtp.waitFor(
      (m) => m.to === author.email && /is published/.test(m.subject),
    );
    expect(toAuthor.text).toContain('Clear and well structured');
    expect(toAuthor.text).toContain(`http://localhost:3000/authoring/courses/${id}`);
    const toCoAuthor = await platform.smtp.waitFor(
      (m) => m.to === coAuthor.email && /pubblicato/.test(m.subject),
    );
    expect(toCoAuthor.text).toContain('Clear and well structured');

    // Editing a published course starts version 2 from it; only one open version at a time.
    const edit = await call('POST', `/courses/${id}/edit`, author);
    expect(edit.status).toBe(201);
    expect(edit.body.openVersion).toMatchObject({ number: 2, status: 'draft' });
    expect((await call('POST', `/courses/${id}/edit`, author)).body.code).toBe('draft_exists');

    // Change one lesson, remove one, add one.
    const v2 = structuredClone(edit.body.openVersion.document) as CourseDocument;
    const [basics, practice] = v2.modules;
    if (!basics || !practice) throw new Error('two modules expected');
    const article = basics.lessons[0];
    if (article?.kind !== 'article') throw new Error('article expected');
    article.body += '\n\nA second paragraph.';
    const removed = basics.lessons.splice(2, 1)[0];
    const addedId = randomUUID();
    practice.lessons.push({
      id: addedId,
      kind: 'article',
      title: 'Case study',
      body: 'A cooperative in Pordenone.',
      required: false,
      competences: [],
    });
    expect((await call('PUT', `/courses/${id}/draft`, coAuthor, { document: v2 })).status).toBe(
      200,
    );
    expect((await call('POST', `/courses/${id}/submit`, author)).status).toBe(200);

    // Sent back with comments: a draft again, the authors told why.
    const back = await call('POST', `/courses/${id}/request-changes`, admin, {
      comments: 'Add a source to the case study',
    });
    expect(back.status).toBe(200);
    expect(back.body.openVersion).toMatchObject({
      number: 2,
      status: 'draft',
      reviewNote: 'Add a source to the case study',
    });
    const changesMail = await platform.smtp.waitFor(
      (m) => m.to === author.email && /Changes requested/.test(m.subject),
    );
    expect(changesMail.text).toContain('Add a source to the case study');
    expect((await call('POST', `/courses/${id}/approve`, reviewer, { note: 'x' })).body.code).toBe(
      'not_in_review',
    );

    expect((await call('POST', `/courses/${id}/submit`, author)).status).toBe(200);
    const second = await call('POST', `/courses/${id}/approve`, admin, { note: 'Better now' });
    expect(second.status).toBe(200);
    expect(second.body.publishedVersion.number).toBe(2);
    expect(second.body.publishedVersion.changes).toEqual({
      previousVersion: 1,
      added: [{ id: addedId, title: 'Case study', moduleId: practice.id }],
      removed: [{ id: removed?.id, title: removed?.title, moduleId: basics.id }],
      changed: [{ id: article.id, title: article.title, moduleId: basics.id }],
      courseDetailsChanged: true,
    });

    // The history: both versions, every event in order.
    const history = await call('GET', `/courses/${id}/versions`, author);
    expect(history.status).toBe(200);
    expect(
      history.body.versions.map((v: { number: number; status: string }) => [v.number, v.status]),
    ).toEqual([
      [2, 'published'],
      [1, 'published'],
    ]);
    expect(
      history.body.events.map(
        (e: { action: string; versionNumber: number }) => `${e.versionNumber}:${e.action}`,
      ),
    ).toEqual([
      '1:submitted',
      '1:approved',
      '2:submitted',
      '2:changes_requested',
      '2:submitted',
      '2:approved',
    ]);
    expect(history.body.events[3]).toMatchObject({
      note: 'Add a source to the case study',
      actor: { id: admin.id },
    });

    // My courses: title of the latest version, nothing open, version 2 published.
    const mine = await call('GET', '/courses/mine', coAuthor);
    expect(mine.body).toEqual([
      expect.objectContaining({
        id,
        title: 'Cooperatives 101: governance',
        openStatus: null,
        publishedVersion: 2,
        archived: false,
      }),
    ]);

    // Archive: out of the workflow, published versions kept.
    const archived = await call('POST', `/courses/${id}/archive`, author);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await call('POST', `/courses/${id}/edit`, author)).body.code).toBe('archived');
    expect((await call('GET', '/courses/mine', author)).body[0]).toMatchObject({
      id,
      archived: true,
      publishedVersion: 2,
    });
  });

  it('emails nobody twice when the same event is relayed again (keys come from the review event)', async () => {
    const keys: { idempotency_key: string }[] = await db.query(
      `SELECT idempotency_key FROM outbox_messages WHERE template LIKE 'course-%'`,
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys.map((k) => k.idempotency_key)).size).toBe(keys.length);
    for (const { idempotency_key } of keys)
      expect(idempotency_key).toMatch(/^course-[a-z-]+:[0-9a-f-]{36}:[0-9a-f-]{36}$/);
  });

  it('publishes once when two reviewers approve at the same moment', async () => {
    const created = await call('POST', '/courses', author, {
      document: sampleCourseDocument({ title: 'Race to publish' }),
    });
    const id = created.body.id as string;
    expect((await call('POST', `/courses/${id}/submit`, author)).status).toBe(200);
    const results = await Promise.all([
      call('POST', `/courses/${id}/approve`, reviewer, { note: 'First' }),
      call('POST', `/courses/${id}/approve`, admin, { note: 'Second' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.code).toBe('not_in_review');
    const [counts] = await db.query(
      `SELECT (SELECT COUNT(*)::int FROM course_versions WHERE course_id = $1 AND status = 'published') AS published,
              (SELECT COUNT(*)::int FROM course_review_events WHERE course_id = $1 AND action = 'approved') AS approvals`,
      [id],
    );
    expect(counts).toEqual({ published: 1, approvals: 1 });
  });

  it('keeps published versions immutable in the database itself', async () => {
    const created = await call('POST', '/courses', author, {
      document: sampleCourseDocument({ title: 'Frozen course' }),
    });
    const id = created.body.id as string;
    const draftId = created.body.openVersion.id as string;
    // A draft may change (the trigger only guards published versions).
    await db.query(
      `UPDATE course_versions SET content = jsonb_set(content, '{title}', '"Frozen course!"') WHERE id = $1`,
      [draftId],
    );
    await call('POST', `/courses/${id}/submit`, author);
    expect((await call('POST', `/courses/${id}/approve`, reviewer, { note: 'Fine' })).status).toBe(
      200,
    );

    await expect(
      db.query(
        `UPDATE course_versions SET content = jsonb_set(content, '{title}', '"Changed"') WHERE id = $1`,
        [draftId],
      ),
    ).rejects.toThrow(/is published: it cannot be changed/);
    await expect(
      db.query(`UPDATE course_versions SET number = 7 WHERE id = $1`, [draftId]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(
      db.query(`UPDATE course_versions SET status = 'draft', published_at = NULL WHERE id = $1`, [
        draftId,
      ]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(db.query(`DELETE FROM course_versions WHERE id = $1`, [draftId])).rejects.toThrow(
      /cannot be deleted/,
    );
    const [row] = await db.query(
      `SELECT content->>'title' AS title, number, status FROM course_versions WHERE id = $1`,
      [draftId],
    );
    expect(row).toEqual({ title: 'Frozen course!', number: 1, status: 'published' });
  });

  it('gives learners the published content without answers (toPublicCourse)', async () => {
    const created = await call('POST', '/courses', author, {
      document: sampleCourseDocument({ title: 'Public projection' }),
    });
    const id = created.body.id as string;
    await call('POST', `/courses/${id}/submit`, author);
    await call('POST', `/courses/${id}/approve`, reviewer, { note: 'Fine' });
    const [{ content }] = await db.query(
      `SELECT v.content FROM course_versions v JOIN courses c ON c.published_version_id = v.id WHERE c.id = $1`,
      [id],
    );
    expect(JSON.stringify(content)).toContain('"correct":true');
    const projected = JSON.stringify(toPublicCourse(content));
    expect(projected).not.toContain('"correct"');
    expect(projected).not.toContain('"feedback"');
    expect(projected).toContain('How many votes does each member have?');
  });
});
