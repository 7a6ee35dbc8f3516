import { ConfigError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/academy',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('applies defaults to a minimal environment', () => {
    const config = loadConfig(valid);
    expect(config.PORT).toBe(3000);
    expect(config.COOKIE_SECURE).toBe(true);
    expect(config.CORS_ORIGINS).toEqual(['http://localhost:3000']);
  });

  it('names every missing or bad variable', () => {
    const attempt = () => loadConfig({ ...valid, DATABASE_URL: undefined, PORT: 'eighty', JWT_SECRET: 'short' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/DATABASE_URL: is required/);
    expect(attempt).toThrow(/PORT:/);
    expect(attempt).toThrow(/JWT_SECRET: must be at least 32 characters/);
  });

  it('rejects a database URL of the wrong kind', () => {
    expect(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL: must start with postgres:/);
  });

  it('splits the CORS allowlist', () => {
    expect(loadConfig({ ...valid, CORS_ORIGINS: 'https://a.eu, https://b.eu' }).CORS_ORIGINS).toEqual([
      'https://a.eu',
      'https://b.eu',
    ]);
  });
});
