import {
  createAccount,
  sampleCourseDocument,
  TestPlatform,
  type TestAccount,
} from '@academy/api/testing';

describe('publishing to the catalogue', () => {
  let platform: TestPlatform;
  let author: TestAccount;
  let reviewer: TestAccount;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    author = await createAccount(platform, { roles: [{ role: 'trainer' }] });
    reviewer = await createAccount(platform, { roles: [{ role: 'trainer' }] });
  });
  afterAll(() => platform.stop());

  const approve = async (id: string) => {
    expect(
      (await platform.request('POST', `/api/courses/${id}/submit`, { token: author.token })).status,
    ).toBe(200);
    expect(
      (
        await platform.request('POST', `/api/courses/${id}/approve`, {
          token: reviewer.token,
          body: { note: 'Clear and useful.' },
        })
      ).status,
    ).toBe(200);
  };
  const find = async (q: string) =>
    (await platform.request('GET', `/api/catalog/courses?q=${encodeURIComponent(q)}`)).body
      .items as { slug: string; version: number }[];

  it('lists a course when it is approved, shows its page without answers, updates it and drops it when archived', async () => {
    const document = sampleCourseDocument({ title: 'Mutual aid societies explained' });
    const attribution =
      'Doeners.be, SECON Best Practices Report (Interreg Europe, KMOP, January 2024)';
    Object.assign(document.modules[0]!.lessons[0]!, {
      caseStudy: { slug: 'doeners-be', attribution },
    });
    const created = await platform.request('POST', '/api/courses', {
      token: author.token,
      body: { document },
    });
    expect(created.status).toBe(201);
    const { id, slug } = created.body;

    // A draft is nowhere public.
    expect(await find('mutual aid')).toEqual([]);
    expect((await platform.request('GET', `/api/catalog/courses/${slug}`)).status).toBe(404);

    await approve(id);
    expect(await find('mutual aid')).toEqual([expect.objectContaining({ slug, version: 1 })]);
    const page = await platform.request('GET', `/api/catalog/courses/${slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      slug,
      version: 1,
      changes: null,
      authors: [{ displayName: author.email.split('@')[0] }],
      course: {
        title: 'Mutual aid societies explained',
        competences: [{ framework: 'entrecomp', code: '2.5', title: 'Mobilising others' }],
      },
    });
    expect(page.body.course.descriptionHtml).toContain('<strong>member ownership</strong>');
    expect(page.body.course.modules[0].lessons[0].caseStudyAttribution).toBe(attribution);
    const text = JSON.stringify(page.body);
    expect(text).not.toMatch(/"correct"|"feedback"|"questions"|"options"/);

    // A second version: the page shows what changed, the catalogue the new version.
    expect(
      (await platform.request('POST', `/api/courses/${id}/edit`, { token: author.token })).status,
    ).toBe(201);
    const next = structuredClone(document);
    const firstLesson = next.modules[0]!.lessons[0]!;
    firstLesson.title = 'What mutual aid is';
    expect(
      (
        await platform.request('PUT', `/api/courses/${id}/draft`, {
          token: author.token,
          body: { document: next },
        })
      ).status,
    ).toBe(200);
    await approve(id);
    const updated = await platform.request('GET', `/api/catalog/courses/${slug}`);
    expect(updated.body.version).toBe(2);
    expect(updated.body.changes.changed).toEqual([
      { id: firstLesson.id, title: 'What mutual aid is' },
    ]);
    expect(await find('mutual aid')).toEqual([expect.objectContaining({ slug, version: 2 })]);

    expect(
      (await platform.request('POST', `/api/courses/${id}/archive`, { token: author.token }))
        .status,
    ).toBe(200);
    expect(await find('mutual aid')).toEqual([]);
    expect((await platform.request('GET', `/api/catalog/courses/${slug}`)).status).toBe(404);
  });
  it('lets authors find trainers by name and add them as co-authors, showing no emails', async () => {
    const created = await platform.request('POST', '/api/courses', {
      token: author.token,
      body: { document: sampleCourseDocument({ title: 'Co-written course' }) },
    });
    const id = created.body.id as string;
    const name = reviewer.email.split('@')[0] as string;
    const found = await platform.request(
      'GET',
      `/api/courses/${id}/author-candidates?q=${name.slice(0, 6)}`,
      { token: author.token },
    );
    expect(found.status).toBe(200);
    expect(found.body).toEqual([{ id: reviewer.id, displayName: name }]);
    expect(
      (
        await platform.request(
          'GET',
          `/api/courses/${id}/author-candidates?q=${author.email.split('@')[0]}`,
          { token: author.token },
        )
      ).body,
    ).toEqual([]);
    expect(
      (
        await platform.request('GET', `/api/courses/${id}/author-candidates?q=x`, {
          token: author.token,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await platform.request('GET', `/api/courses/${id}/author-candidates?q=${name}`, {
          token: reviewer.token,
        })
      ).status,
    ).toBe(403);

    const added = await platform.request('POST', `/api/courses/${id}/authors`, {
      token: author.token,
      body: { userId: reviewer.id },
    });
    expect(added.body.authors.map((a: { id: string }) => a.id).sort()).toEqual(
      [author.id, reviewer.id].sort(),
    );
  });
});
