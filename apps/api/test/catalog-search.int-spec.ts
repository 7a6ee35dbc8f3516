import { CatalogIndex } from '@academy/api/catalog';
import { indexPublishedCourse, TestPlatform } from '@academy/api/testing';
import { DataSource } from 'typeorm';
import type { CourseDocument, Language } from '@academy/shared/contracts';

describe('catalogue search', () => {
  let platform: TestPlatform;
  let index: (
    title: string,
    overrides?: Partial<CourseDocument>,
    territoryId?: string | null,
  ) => Promise<string>;
  const search = async (query: string) => platform.request('GET', `/api/catalog/courses?${query}`);
  const titles = async (query: string) =>
    ((await search(query)).body.items as { title: string }[]).map((i) => i.title);

  beforeAll(async () => {
    platform = await TestPlatform.start();
    index = (title, overrides = {}, territoryId = null) =>
      indexPublishedCourse(platform, title, overrides, territoryId);
    const territories = (await platform.request('GET', '/api/territories')).body as {
      id: string;
      slug: string;
    }[];
    const navarra = territories.find((t) => t.slug === 'navarra')?.id ?? null;
    await index('Governance of worker cooperatives', {
      themes: ['governance_mutuality'],
      level: 'intermediate',
      estimatedHours: 8,
    });
    await index('Cooperative sociali e inclusione lavorativa', {
      language: 'it',
      themes: ['inclusion_employment'],
      audiences: ['practising_entrepreneur'],
    });
    await index('Cooperativas de energia renovável', {
      language: 'pt',
      themes: ['green_transition'],
    });
    await index(
      'Financiación de empresas sociales',
      { language: 'es', themes: ['finance_funding'] },
      navarra,
    );
    await index('Mesurer l’impact des coopératives', {
      language: 'fr',
      themes: ['impact_measurement'],
      competences: [{ framework: 'entrecomp', code: '2.4' }],
    });
  });
  afterAll(() => platform.stop());

  it.each<[Language, string, string]>([
    ['en', 'governing', 'Governance of worker cooperatives'],
    ['it', 'cooperativa sociale', 'Cooperative sociali e inclusione lavorativa'],
    ['pt', 'cooperativa renovável', 'Cooperativas de energia renovável'],
    ['es', 'financiar empresa social', 'Financiación de empresas sociales'],
    ['fr', 'coopérative', 'Mesurer l’impact des coopératives'],
  ])('finds a %s course by a stemmed word in its language', async (_, q, title) => {
    expect(await titles(`q=${encodeURIComponent(q)}`)).toContain(title);
  });

  it('ranks and filters', async () => {
    expect(await titles('q=governance&theme=governance_mutuality')).toEqual([
      'Governance of worker cooperatives',
    ]);
    expect(await titles('language=it,pt')).toEqual([
      'Cooperativas de energia renovável',
      'Cooperative sociali e inclusione lavorativa',
    ]);
    expect(await titles('audience=practising_entrepreneur')).toEqual([
      'Cooperative sociali e inclusione lavorativa',
    ]);
    expect(await titles('level=intermediate')).toEqual(['Governance of worker cooperatives']);
    expect(await titles('minHours=5')).toEqual(['Governance of worker cooperatives']);
    expect(await titles('competence=entrecomp:2.4')).toEqual(['Mesurer l’impact des coopératives']);
    expect((await titles('territory=network')).length).toBe(4);
    expect((await search('sort=title')).body.items.map((i: { title: string }) => i.title)[0]).toBe(
      'Cooperativas de energia renovável',
    );
    const found = (await search('q=cooperative')).body.items;
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found[0]).toMatchObject({
      slug: expect.any(String),
      language: expect.any(String),
      version: 1,
      territory: null,
    });
  });

  it('serves repeated searches from its cache but never after the catalogue changed', async () => {
    const q = 'q=mutualism&sort=title';
    expect(await titles(q)).toEqual([]);
    expect(await titles(q)).toEqual([]); // now cached
    const id = await index('Mutualism in practice');
    expect(await titles(q)).toEqual(['Mutualism in practice']);
    // The same search with its parameters in another order is the same cached page.
    expect(await titles('sort=title&q=mutualism')).toEqual(['Mutualism in practice']);
    await platform.api!.get(DataSource).transaction((manager) =>
      platform.api!.get(CatalogIndex).remove(manager, id),
    );
    expect(await titles(q)).toEqual([]);
  });

  it('refuses bad parameters with the field and reason', async () => {
    const bad = await search('theme=cooking&limit=500&sort=relevance');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'limit',
      'theme',
    ]);
    expect((await search('sort=relevance')).body.errors).toEqual([
      { field: 'sort', message: 'relevance needs a search text (q)' },
    ]);
    expect((await search('cursor=nonsense')).body.errors[0].field).toBe('cursor');
    const titleCursor = (await search('sort=title&limit=1')).body.nextCursor;
    expect((await search(`sort=newest&cursor=${titleCursor}`)).status).toBe(400);
  });

  it.each(['newest', 'title', 'duration', 'relevance'])(
    'pages by %s returning every course exactly once while courses are being added',
    async (sort) => {
      const text = sort === 'relevance' ? '&q=pagination' : '';
      const originals: string[] = [];
      for (let i = 0; i < 12; i++) {
        originals.push(
          await index(`Pagination course ${sort} ${String(i).padStart(2, '0')}`, {
            estimatedHours: 1 + (i % 3),
            summary: `pagination ${'pagination '.repeat(i % 4)} summary text`,
          }),
        );
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let added = 0;
      do {
        const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await search(
          `sort=${sort}&limit=4${text}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...page.body.items.map((i) => i.id));
        cursor = page.body.nextCursor;
        // Someone publishes while the visitor is paging.
        if (added++ < 3)
          await index(`Pagination course ${sort} new ${added}`, {
            estimatedHours: 2,
            summary: 'pagination late arrival',
          });
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of originals) expect(seen).toContain(id);
    },
  );
});
