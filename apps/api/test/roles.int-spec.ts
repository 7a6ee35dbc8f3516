import { createAccount, TestPlatform, type TestAccount } from '@academy/api/testing';

describe('roles across territories', () => {
  let platform: TestPlatform;
  let admin: TestAccount;
  let pordenoneAdmin: TestAccount;
  let learnerInPordenone: TestAccount;
  let learnerInCascais: TestAccount;
  let territories: Record<string, string>;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    const list = (await platform.request('GET', '/api/territories')).body as {
      id: string;
      slug: string;
    }[];
    territories = Object.fromEntries(list.map((t) => [t.slug, t.id]));
    admin = await createAccount(platform, { roles: [{ role: 'admin' }] });
    pordenoneAdmin = await createAccount(platform, {
      territory: 'pordenone',
      roles: [{ role: 'partner_admin', territory: 'pordenone' }],
    });
    learnerInPordenone = await createAccount(platform, { territory: 'pordenone' });
    learnerInCascais = await createAccount(platform, { territory: 'cascais' });
  });
  afterAll(() => platform.stop());

  const grant = (actor: TestAccount, target: TestAccount, body: Record<string, unknown>) =>
    platform.request('POST', `/api/users/${target.id}/roles`, { token: actor.token, body });

  it('lets an admin find anyone and grant any role', async () => {
    const found = await platform.request(
      'GET',
      `/api/users?q=${encodeURIComponent(learnerInCascais.email)}`,
      { token: admin.token },
    );
    expect(found.body.items.map((u: { id: string }) => u.id)).toEqual([learnerInCascais.id]);
    const granted = await grant(admin, learnerInCascais, { role: 'trainer' });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ role: 'trainer', territoryId: null });
    // Granting again (double click) keeps one assignment.
    const again = await grant(admin, learnerInCascais, { role: 'trainer' });
    expect(again.body.id).toBe(granted.body.id);
  });

  it('lets a partner admin manage people of their territory only', async () => {
    const mentor = await grant(pordenoneAdmin, learnerInPordenone, { role: 'mentor' });
    expect(mentor.status).toBe(201);
    expect((await grant(pordenoneAdmin, learnerInCascais, { role: 'mentor' })).status).toBe(403);
    expect((await grant(pordenoneAdmin, learnerInPordenone, { role: 'admin' })).status).toBe(403);
    expect(
      (
        await grant(pordenoneAdmin, learnerInPordenone, {
          role: 'partner_admin',
          territoryId: territories['cascais'],
        })
      ).status,
    ).toBe(403);

    const list = await platform.request('GET', '/api/users?limit=100', {
      token: pordenoneAdmin.token,
    });
    const ids = list.body.items.map((u: { id: string }) => u.id);
    expect(ids).toContain(learnerInPordenone.id);
    expect(ids).not.toContain(learnerInCascais.id);
    const otherTerritory = await platform.request(
      'GET',
      `/api/users?territoryId=${territories['cascais']}`,
      { token: pordenoneAdmin.token },
    );
    expect(otherTerritory.status).toBe(403);

    const removeElsewhere = await platform.request(
      'GET',
      `/api/users?q=${encodeURIComponent(learnerInCascais.email)}`,
      { token: admin.token },
    );
    const trainerRole = removeElsewhere.body.items[0].roles.find(
      (r: { role: string }) => r.role === 'trainer',
    );
    expect(
      (
        await platform.request(
          'DELETE',
          `/api/users/${learnerInCascais.id}/roles/${trainerRole.id}`,
          { token: pordenoneAdmin.token },
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await platform.request(
          'DELETE',
          `/api/users/${learnerInPordenone.id}/roles/${mentor.body.id}`,
          { token: pordenoneAdmin.token },
        )
      ).status,
    ).toBe(204);
  });

  it('checks the territory rule of scoped roles', async () => {
    const missing = await grant(admin, learnerInCascais, { role: 'partner_admin' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([
      { field: 'territoryId', message: 'is required for the partner_admin role' },
    ]);
    const extra = await grant(admin, learnerInCascais, {
      role: 'mentor',
      territoryId: territories['cascais'],
    });
    expect(extra.body.errors).toEqual([
      { field: 'territoryId', message: 'must be empty for the mentor role' },
    ]);
  });

  it('keeps role management from learners and anonymous visitors', async () => {
    expect(
      (await platform.request('GET', '/api/users', { token: learnerInPordenone.token })).status,
    ).toBe(403);
    expect((await grant(learnerInPordenone, learnerInPordenone, { role: 'admin' })).status).toBe(
      403,
    );
    expect((await platform.request('GET', '/api/users')).status).toBe(401);
    expect(
      (await platform.request('GET', '/api/admin/outbox', { token: pordenoneAdmin.token })).status,
    ).toBe(403);
    expect(
      (await platform.request('GET', '/api/admin/outbox', { token: admin.token })).status,
    ).toBe(200);
  });

  it('shows the queue dashboard to admins only', async () => {
    expect((await platform.request('GET', '/api/admin/queues')).status).toBe(401);
    expect(
      (
        await platform.request('POST', '/api/admin/queue-dashboard-session', {
          token: pordenoneAdmin.token,
        })
      ).status,
    ).toBe(403);
    const session = await platform.request('POST', '/api/admin/queue-dashboard-session', {
      token: admin.token,
    });
    expect(session.status).toBe(200);
    const cookie = (session.headers.getSetCookie()[0] ?? '').split(';')[0] as string;
    expect(cookie).toMatch(/^academy_queues=/);
    const page = await platform.request('GET', '/api/admin/queues', { cookie });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const queues = await platform.request('GET', '/api/admin/queues/api/queues', { cookie });
    expect(JSON.stringify(queues.body)).toContain('"name":"email"');
    // A forged or foreign cookie is refused.
    expect(
      (await platform.request('GET', '/api/admin/queues', { cookie: 'academy_queues=forged' }))
        .status,
    ).toBe(401);
  });

  it('pages through users with a keyset cursor, each exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } =
        await platform.request('GET', `/api/users?limit=2${query}`, { token: admin.token });
      seen.push(...page.body.items.map((u) => u.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    expect(
      (await platform.request('GET', '/api/users?cursor=garbage', { token: admin.token })).body
        .errors[0].field,
    ).toBe('cursor');
  });

  it('does not let an admin remove their own admin role', async () => {
    const me = await platform.request('GET', '/api/me', { token: admin.token });
    const role = me.body.roles.find((r: { role: string }) => r.role === 'admin');
    expect(
      (
        await platform.request('DELETE', `/api/users/${admin.id}/roles/${role.id}`, {
          token: admin.token,
        })
      ).status,
    ).toBe(409);
  });
});
