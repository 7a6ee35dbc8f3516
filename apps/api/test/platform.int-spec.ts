import { pendingSchemaChanges, createDataSource } from '@academy/api/platform';
import { createTestDatabase, TestPlatform } from '@academy/api/testing';

describe('platform', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await TestPlatform.start();
  });
  afterAll(() => platform.stop());

  it('reports liveness and readiness of PostgreSQL and Redis', async () => {
    expect((await platform.request('GET', '/api/health/live')).body).toEqual({ status: 'ok' });
    const ready = await platform.request('GET', '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ database: 'up', redis: 'up' });
  });

  it('sends security headers and echoes a request id', async () => {
    const response = await platform.request('GET', '/api/territories', {
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const generated = await platform.request('GET', '/api/territories');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows CORS only for the allowlisted origins', async () => {
    const allowed = await platform.request('GET', '/api/territories', {
      headers: { origin: 'http://localhost:3000' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const other = await platform.request('GET', '/api/territories', {
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lists the four seeded territories with their partners', async () => {
    const { body } = await platform.request('GET', '/api/territories');
    expect(body.map((t: { slug: string }) => t.slug).sort()).toEqual([
      'cascais',
      'garges-les-gonesse',
      'navarra',
      'pordenone',
    ]);
    const navarra = body.find((t: { slug: string }) => t.slug === 'navarra');
    expect(navarra).toMatchObject({ country: 'ES', languages: ['es', 'en'] });
    expect(navarra.partners).toContainEqual({
      name: 'Region of Navarra',
      type: 'public_authority',
    });
    const network = await platform.request('GET', '/api/network');
    expect(network.body.partners.map((p: { type: string }) => p.type)).toEqual([
      'network',
      'network',
    ]);
  });

  it('publishes the OpenAPI document', async () => {
    const docs = await platform.request('GET', '/api/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/register', '/api/me', '/api/users']),
    );
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const missing = await platform.request('GET', '/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('not_found');
  });
});

describe('migrations', () => {
  it('match the entities exactly, and revert cleanly', async () => {
    const db = await createTestDatabase();
    const ds = createDataSource({ DATABASE_URL: db.url });
    await ds.initialize();
    try {
      expect((await pendingSchemaChanges(ds)).up).toEqual([]);
      for (let i = 0; i < ds.migrations.length; i++)
        await ds.undoLastMigration({ transaction: 'each' });
      const tables = await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
      await ds.runMigrations({ transaction: 'each' });
      expect((await pendingSchemaChanges(ds)).up).toEqual([]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
