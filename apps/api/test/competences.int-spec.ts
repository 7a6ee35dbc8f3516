import { CompetencesService } from '@academy/api/competences';
import { TestPlatform } from '@academy/api/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

interface SeedFile {
  source: string;
  frameworks: {
    code: string;
    title: string;
    year: number;
    levels: { level: number; name: string; band: string }[];
    areas: { code: string; title: string; competences: { code: string; title: string }[] }[];
  }[];
}

// The expected numbers come from the seed file itself, read here independently of the code
// under test, so a wrong upsert or a lost join shows up as a difference.
const seed: SeedFile = JSON.parse(
  readFileSync(
    join(__dirname, '../../../libs/api/competences/src/lib/seed/competence-frameworks.json'),
    'utf8',
  ),
);
const expected = (code: string) => {
  const framework = seed.frameworks.find((f) => f.code === code);
  if (!framework) throw new Error(`${code} is missing from the seed file`);
  return framework;
};
const TABLES = [
  'competence_frameworks',
  'competence_framework_levels',
  'competence_areas',
  'competences',
];

describe('competence frameworks', () => {
  let platform: TestPlatform;
  let db: DataSource;
  let service: CompetencesService;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    const { api } = platform;
    if (!api) throw new Error('The API did not start');
    db = api.get(DataSource);
    service = api.get(CompetencesService);
  });
  afterAll(() => platform.stop());

  /** xmin changes whenever PostgreSQL rewrites a row: equal snapshots mean nothing was touched. */
  const snapshot = async () => {
    const rows: Record<string, string[]> = {};
    for (const table of TABLES) {
      const result: { id: string; xmin: string }[] = await db.query(
        `SELECT id, xmin::text AS xmin FROM ${table} ORDER BY id`,
      );
      rows[table] = result.map((r) => `${r.id}@${r.xmin}`);
    }
    return rows;
  };

  it('lists EntreComp, DigComp 2.2 and GreenComp with their levels and counts, without signing in', async () => {
    const { status, body } = await platform.request('GET', '/api/competence-frameworks');
    expect(status).toBe(200);
    expect(body.map((f: { code: string }) => f.code)).toEqual([
      'entrecomp',
      'digcomp',
      'greencomp',
    ]);
    for (const framework of body) {
      const json = expected(framework.code);
      expect(framework).toEqual({
        code: json.code,
        title: json.title,
        year: json.year,
        source: seed.source,
        levels: json.levels,
        areaCount: json.areas.length,
        competenceCount: json.areas.reduce((n, a) => n + a.competences.length, 0),
      });
    }
    // Known published sizes, so an emptied seed file cannot make the loop above pass vacuously.
    expect(body[0]).toMatchObject({ areaCount: 3, competenceCount: 15 });
    expect(body[0].levels).toHaveLength(8);
    expect(body[1]).toMatchObject({ areaCount: 5, competenceCount: 21 });
    expect(body[2]).toMatchObject({ areaCount: 4, competenceCount: 12, levels: [] });
  });

  it('shows one framework with its areas and competences in published order', async () => {
    const { status, body } = await platform.request('GET', '/api/competence-frameworks/entrecomp');
    expect(status).toBe(200);
    const json = expected('entrecomp');
    expect(body.levels.map((l: { name: string }) => l.name)).toEqual(
      json.levels.map((l) => l.name),
    );
    expect(
      body.areas.map(
        (a: { code: string; title: string; competences: { code: string; title: string }[] }) => ({
          code: a.code,
          title: a.title,
          competences: a.competences.map((c) => ({ code: c.code, title: c.title })),
        }),
      ),
    ).toEqual(json.areas);
    expect(body.areas[1].competences[3]).toEqual({
      id: expect.any(String),
      code: '2.4',
      title: 'Financial and economic literacy',
    });
  });

  it('answers an unknown framework with 404 not_found', async () => {
    const { status, body } = await platform.request('GET', '/api/competence-frameworks/nocomp');
    expect(status).toBe(404);
    expect(body.code).toBe('not_found');
    await expect(service.levelsOf('nocomp')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('seeds idempotently: a second run changes no row', async () => {
    const before = await snapshot();
    await service.seed();
    await service.seed();
    expect(await snapshot()).toEqual(before);
    expect(before['competences']).toHaveLength(15 + 21 + 12);
  });

  it('repairs a changed title on the next seed', async () => {
    await db.query(
      `UPDATE competences SET title = 'Wrong' WHERE code = '2.4' AND framework_id = (SELECT id FROM competence_frameworks WHERE code = 'entrecomp')`,
    );
    await service.seed();
    const { found } = await service.findCompetences([{ framework: 'entrecomp', code: '2.4' }]);
    expect(found[0].title).toBe('Financial and economic literacy');
  });

  it('resolves competence references and reports the unknown ones', async () => {
    const result = await service.findCompetences([
      { framework: 'digcomp', code: '4.2' },
      { framework: 'entrecomp', code: '2.4' },
      { framework: 'entrecomp', code: '2.4' },
      { framework: 'entrecomp', code: '9.9' },
      { framework: 'nocomp', code: '1.1' },
    ]);
    const digcomp42 = expected('digcomp').areas[3].competences[1];
    expect(result.found).toEqual([
      {
        id: expect.any(String),
        framework: 'digcomp',
        code: '4.2',
        title: digcomp42.title,
        areaCode: '4',
      },
      {
        id: expect.any(String),
        framework: 'entrecomp',
        code: '2.4',
        title: 'Financial and economic literacy',
        areaCode: '2',
      },
    ]);
    expect(result.unknown).toEqual([
      { framework: 'entrecomp', code: '9.9' },
      { framework: 'nocomp', code: '1.1' },
    ]);
    const detail = await service.get('entrecomp');
    expect(result.found[1].id).toBe(detail.areas[1].competences[3].id);
    expect(await service.findCompetences([])).toEqual({ found: [], unknown: [] });
  });

  it('gives each framework its proficiency scale', async () => {
    expect(await service.levelsOf('digcomp')).toEqual(expected('digcomp').levels);
    expect(await service.levelsOf('greencomp')).toEqual([]);
  });
});
