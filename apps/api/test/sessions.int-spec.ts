import { createAccount, refreshCookie, TEST_PASSWORD, TestPlatform } from '@academy/api/testing';

describe('sessions', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await TestPlatform.start({ config: { LOGIN_MAX_FAILURES: '10' } });
  });
  afterAll(() => platform.stop());

  const refresh = (cookie: string) => platform.request('POST', '/api/auth/refresh', { cookie });

  it('rotates the refresh token on every use', async () => {
    const account = await createAccount(platform);
    const first = await refresh(account.cookie);
    expect(first.status).toBe(200);
    const next = refreshCookie(first.headers);
    expect(next).not.toBe(account.cookie);
    expect(
      (await platform.request('GET', '/api/me', { token: first.body.accessToken })).status,
    ).toBe(200);
    expect((await refresh(next)).status).toBe(200);
  });

  it('revokes the whole session when a used refresh token comes back', async () => {
    const account = await createAccount(platform);
    const rotated = await refresh(account.cookie);
    const current = refreshCookie(rotated.headers);

    const replay = await refresh(account.cookie);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('session_expired');
    // The legitimate holder's newer token and its access token die with the family.
    expect((await refresh(current)).status).toBe(401);
    expect(
      (await platform.request('GET', '/api/me', { token: rotated.body.accessToken })).status,
    ).toBe(401);
  });

  it('signs out one session on logout, leaving the others', async () => {
    const account = await createAccount(platform);
    const other = await platform.request('POST', '/api/auth/login', {
      body: { email: account.email, password: TEST_PASSWORD },
    });
    const logout = await platform.request('POST', '/api/auth/logout', { cookie: account.cookie });
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie()[0]).toMatch(/academy_refresh=;/);
    expect((await platform.request('GET', '/api/me', { token: account.token })).status).toBe(401);
    expect(
      (await platform.request('GET', '/api/me', { token: other.body.accessToken })).status,
    ).toBe(200);
  });

  it('ends the other sessions when the password changes', async () => {
    const account = await createAccount(platform);
    const other = await platform.request('POST', '/api/auth/login', {
      body: { email: account.email, password: TEST_PASSWORD },
    });
    const wrong = await platform.request('POST', '/api/me/password', {
      token: account.token,
      body: { currentPassword: 'not my password', newPassword: 'a fresh passphrase here' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'is incorrect' }]);
    const changed = await platform.request('POST', '/api/me/password', {
      token: account.token,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'a fresh passphrase here' },
    });
    expect(changed.status).toBe(204);
    expect((await platform.request('GET', '/api/me', { token: account.token })).status).toBe(200);
    expect(
      (await platform.request('GET', '/api/me', { token: other.body.accessToken })).status,
    ).toBe(401);
    expect((await refresh(refreshCookie(other.headers))).status).toBe(401);
  });

  it('throttles guessing the current password with a stolen access token', async () => {
    const account = await createAccount(platform);
    const attempt = (currentPassword: string) =>
      platform.request('POST', '/api/me/password', {
        token: account.token,
        body: { currentPassword, newPassword: 'a takeover passphrase' },
      });
    for (let i = 0; i < 10; i++) expect((await attempt(`guess ${i}`)).status).toBe(400);
    const blocked = await attempt(TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(
      (
        await platform.request('POST', '/api/auth/login', {
          body: { email: account.email, password: TEST_PASSWORD },
        })
      ).status,
    ).toBe(429);
  });

  it('answers a wrong email and a wrong password alike', async () => {
    const account = await createAccount(platform);
    const wrongPassword = await platform.request('POST', '/api/auth/login', {
      body: { email: account.email, password: 'not the password' },
    });
    const wrongEmail = await platform.request('POST', '/api/auth/login', {
      body: { email: 'nobody@example.org', password: 'not the password' },
    });
    expect(wrongPassword.status).toBe(401);
    expect(wrongEmail.status).toBe(401);
    expect(wrongEmail.body).toEqual(wrongPassword.body);
  });

  it('throttles an account after 10 failures, even with the right password', async () => {
    const account = await createAccount(platform);
    for (let i = 0; i < 10; i++) {
      const failed = await platform.request('POST', '/api/auth/login', {
        body: { email: account.email, password: `wrong ${i}` },
      });
      expect(failed.status).toBe(401);
    }
    const blocked = await platform.request('POST', '/api/auth/login', {
      body: { email: account.email, password: TEST_PASSWORD },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('too_many_attempts');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account from the same address is not blocked by this one.
    const other = await createAccount(platform);
    expect(
      (
        await platform.request('POST', '/api/auth/login', {
          body: { email: other.email, password: TEST_PASSWORD },
        })
      ).status,
    ).toBe(200);
  });

  it('validates the login body before the strategy runs', async () => {
    const response = await platform.request('POST', '/api/auth/login', {
      body: { email: 5, extra: true },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', message: expect.stringMatching(/string/) },
        { field: 'password', message: expect.stringMatching(/string/) },
        { field: 'extra', message: 'should not exist' },
      ]),
    );
  });
});

describe('per-IP throttling', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await TestPlatform.start({ config: { LOGIN_MAX_FAILURES_PER_IP: '5' } });
  });
  afterAll(() => platform.stop());

  it('blocks an address that fails across many accounts', async () => {
    for (let i = 0; i < 5; i++) {
      await platform.request('POST', '/api/auth/login', {
        body: { email: `spray-${i}@example.org`, password: 'guess' },
      });
    }
    const blocked = await platform.request('POST', '/api/auth/login', {
      body: { email: 'spray-9@example.org', password: 'guess' },
    });
    expect(blocked.status).toBe(429);
  });
});
