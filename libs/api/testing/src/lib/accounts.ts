import { DataSource } from 'typeorm';
import type { TestPlatform } from './test-platform';

export const TEST_PASSWORD = 'a cooperative of friends 2026';

export interface TestAccount {
  id: string;
  email: string;
  token: string;
  cookie: string;
}

/** The refresh cookie (name=value) from a response, for the next request. */
export function refreshCookie(headers: Headers): string {
  const set = headers.getSetCookie().find((c) => c.startsWith('academy_refresh='));
  if (!set) throw new Error('No refresh cookie set');
  return set.split(';')[0] as string;
}

/**
 * Registers, verifies (straight in the database: the email path has tests of its own) and
 * signs in an account, optionally with extra roles.
 */
export async function createAccount(
  platform: TestPlatform,
  options: { email?: string; territory?: string; roles?: { role: string; territory?: string }[]; language?: string } = {},
): Promise<TestAccount> {
  const email = options.email ?? `user-${Math.random().toString(36).slice(2, 10)}@example.org`;
  const territories = (await platform.request('GET', '/api/territories')).body as { id: string; slug: string }[];
  const territoryId = (slug: string) => {
    const found = territories.find((t) => t.slug === slug);
    if (!found) throw new Error(`No territory ${slug}`);
    return found.id;
  };
  const registered = await platform.request('POST', '/api/auth/register', {
    body: {
      email,
      password: TEST_PASSWORD,
      displayName: email.split('@')[0],
      preferredLanguage: options.language ?? 'en',
      homeTerritoryId: territoryId(options.territory ?? 'pordenone'),
      learnerProfile: 'practising_entrepreneur',
      acceptTerms: true,
    },
  });
  if (registered.status !== 202) throw new Error(`Register failed: ${JSON.stringify(registered.body)}`);
  const ds = platform.api!.get(DataSource);
  const [[user]] = await ds.query(`UPDATE users SET email_verified_at = now() WHERE email = $1 RETURNING id`, [email]);
  for (const role of options.roles ?? []) {
    await ds.query(`INSERT INTO role_assignments (user_id, role, territory_id) VALUES ($1, $2, $3)`, [
      user.id,
      role.role,
      role.territory ? territoryId(role.territory) : null,
    ]);
  }
  const login = await platform.request('POST', '/api/auth/login', { body: { email, password: TEST_PASSWORD } });
  if (login.status !== 200) throw new Error(`Login failed: ${JSON.stringify(login.body)}`);
  return { id: user.id, email, token: login.body.accessToken, cookie: refreshCookie(login.headers) };
}
