import {
  createAccount,
  linkIn,
  refreshCookie,
  TEST_PASSWORD,
  TestPlatform,
} from '@academy/api/testing';
import { DataSource } from 'typeorm';

describe('accounts', () => {
  let platform: TestPlatform;
  let territoryId: string;
  const registration = (email: string, extra: Record<string, unknown> = {}) => ({
    email,
    password: TEST_PASSWORD,
    displayName: 'Maria',
    preferredLanguage: 'es',
    homeTerritoryId: territoryId,
    learnerProfile: 'aspiring_entrepreneur',
    acceptTerms: true,
    ...extra,
  });
  const count = async (sql: string, params: unknown[] = []) =>
    (await platform.api!.get(DataSource).query(sql, params))[0].n as number;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
    territoryId = (await platform.request('GET', '/api/territories')).body.find(
      (t: { slug: string }) => t.slug === 'navarra',
    ).id;
  });
  afterAll(() => platform.stop());

  it('registers, emails a localized verification link, verifies and signs in', async () => {
    const email = 'maria@example.org';
    const registered = await platform.request('POST', '/api/auth/register', {
      body: registration(' Maria@Example.org '),
    });
    expect(registered.status).toBe(202);
    expect(registered.body).toEqual({ status: 'verification_sent' });

    const beforeVerify = await platform.request('POST', '/api/auth/login', {
      body: { email, password: TEST_PASSWORD },
    });
    expect(beforeVerify.status).toBe(403);
    expect(beforeVerify.body.code).toBe('email_not_verified');

    const mail = await platform.smtp.waitFor((m) => m.to === email);
    expect(mail.subject).toBe('Confirma tu correo para MU.ST.SEE Academy');
    expect(mail.html).toContain('Hola Maria');
    const link = linkIn(mail, '/verify-email');
    expect(link.origin).toBe('http://localhost:3000');

    const verified = await platform.request('POST', '/api/auth/verify-email', {
      body: { token: link.searchParams.get('token') },
    });
    expect(verified.body).toEqual({ verified: true });
    // A second click on the same link is fine.
    expect(
      (
        await platform.request('POST', '/api/auth/verify-email', {
          body: { token: link.searchParams.get('token') },
        })
      ).status,
    ).toBe(200);

    const login = await platform.request('POST', '/api/auth/login', {
      body: { email: 'MARIA@example.org', password: TEST_PASSWORD },
    });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({
      email,
      displayName: 'Maria',
      preferredLanguage: 'es',
      emailVerified: true,
      homeTerritory: { slug: 'navarra', name: 'Navarra' },
      roles: [{ role: 'learner', territoryId: null }],
    });
    const cookie = login.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^academy_refresh=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);

    const me = await platform.request('GET', '/api/me', { token: login.body.accessToken });
    expect(me.body.email).toBe(email);
  });

  it('never reveals whether an email is registered, and emails the owner instead', async () => {
    const account = await createAccount(platform, { email: 'owner@example.org' });
    const again = await platform.request('POST', '/api/auth/register', {
      body: registration(account.email),
    });
    const fresh = await platform.request('POST', '/api/auth/register', {
      body: registration('newcomer@example.org'),
    });
    expect(again.status).toBe(fresh.status);
    expect(again.body).toEqual(fresh.body);
    const notice = await platform.smtp.waitFor(
      (m) => m.to === account.email && m.subject.includes('tried to register'),
    );
    expect(linkIn(notice, '/forgot-password').pathname).toBe('/forgot-password');
  });

  it('makes one account when the same registration arrives twice at once', async () => {
    const email = 'twice@example.org';
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        platform.request('POST', '/api/auth/register', { body: registration(email) }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([202, 202, 202]);
    expect(await count(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email])).toBe(1);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM role_assignments r JOIN users u ON u.id = r.user_id WHERE u.email = $1`,
        [email],
      ),
    ).toBe(1);
  });

  it.each([
    ['a short password', { password: 'short' }, 'password', /at least 8/],
    ['a common password', { password: 'password123' }, 'password', /too common/],
    [
      'an unknown territory',
      { homeTerritoryId: '00000000-0000-4000-8000-000000000000' },
      'homeTerritoryId',
      /not a territory/,
    ],
    ['terms not accepted', { acceptTerms: false }, 'acceptTerms', /accepted/],
    ['a bad language', { preferredLanguage: 'de' }, 'preferredLanguage', /one of/],
    ['a wrong type', { displayName: 42 }, 'displayName', /string/],
    ['an unknown field', { isAdmin: true }, 'isAdmin', /should not exist/],
  ])('refuses %s with the field and reason, writing nothing', async (_, change, field, reason) => {
    const email = `refused-${field}@example.org`;
    const response = await platform.request('POST', '/api/auth/register', {
      body: registration(email, change),
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual({ field, message: expect.stringMatching(reason) });
    expect(await count(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email])).toBe(0);
  });

  it('refuses malformed JSON and oversize bodies without a 500', async () => {
    const malformed = await platform.request('POST', '/api/auth/register', {
      raw: '{"email": "x@example.org",',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed_json');
    const huge = await platform.request('POST', '/api/auth/register', {
      body: registration('big@example.org', { displayName: 'x'.repeat(2_000_000) }),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('payload_too_large');
    expect(
      await count(`SELECT count(*)::int AS n FROM users WHERE email = 'big@example.org'`),
    ).toBe(0);
  });

  it('edits the profile and refuses bad edits', async () => {
    const account = await createAccount(platform);
    const edited = await platform.request('PATCH', '/api/me', {
      token: account.token,
      body: { displayName: 'Giulia', preferredLanguage: 'it' },
    });
    expect(edited.body).toMatchObject({ displayName: 'Giulia', preferredLanguage: 'it' });
    const bad = await platform.request('PATCH', '/api/me', {
      token: account.token,
      body: { email: 'new@example.org' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toContainEqual({ field: 'email', message: 'should not exist' });
    expect((await platform.request('GET', '/api/me')).status).toBe(401);
  });

  it('resets a forgotten password by email, ending every session', async () => {
    const account = await createAccount(platform, {
      email: 'forgetful@example.org',
      language: 'fr',
    });
    const forgot = await platform.request('POST', '/api/auth/forgot-password', {
      body: { email: account.email },
    });
    const unknown = await platform.request('POST', '/api/auth/forgot-password', {
      body: { email: 'nobody@example.org' },
    });
    expect(forgot.status).toBe(202);
    expect(unknown.body).toEqual(forgot.body);
    const mail = await platform.smtp.waitFor(
      (m) => m.to === account.email && m.subject.startsWith('Réinitialisez'),
    );
    const token = linkIn(mail, '/reset-password').searchParams.get('token');

    expect(
      (
        await platform.request('POST', '/api/auth/reset-password', {
          body: { token, password: 'qwertyuiop' },
        })
      ).body.code,
    ).toBe('weak_password');
    const reset = await platform.request('POST', '/api/auth/reset-password', {
      body: { token, password: 'a brand new passphrase' },
    });
    expect(reset.body).toEqual({ reset: true });
    expect(
      (
        await platform.request('POST', '/api/auth/reset-password', {
          body: { token, password: 'another new passphrase' },
        })
      ).body.code,
    ).toBe('invalid_token');

    expect((await platform.request('GET', '/api/me', { token: account.token })).status).toBe(401);
    expect(
      (await platform.request('POST', '/api/auth/refresh', { cookie: account.cookie })).status,
    ).toBe(401);
    const login = await platform.request('POST', '/api/auth/login', {
      body: { email: account.email, password: 'a brand new passphrase' },
    });
    expect(login.status).toBe(200);
    await platform.smtp.waitFor(
      (m) => m.to === account.email && m.subject.includes('a été modifié'),
    );
    expect(refreshCookie(login.headers)).toMatch(/^academy_refresh=/);
  });
});
