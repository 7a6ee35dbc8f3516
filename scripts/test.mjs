// `npm test`: every test. Lint, type checks and unit tests of every project; integration
// tests of the API and the worker against real PostgreSQL and Redis; end-to-end tests in
// real Chromium with axe-core. Services are found or started as for `npm start`.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { ensurePostgres, ensureRedis, say, SetupError } from './lib/services.mjs';
import { ensureDependencies, nx } from './lib/workspace.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new SetupError(`Chromium not found at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  say("Installing Chromium from Debian's packages (apt-get)");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
}

async function main() {
  const started = Date.now();
  ensureDependencies();
  ensureChromium();

  say('Lint, type checks and unit tests');
  nx(['run-many', '-t', 'lint', 'typecheck', 'test', '--output-style=stream']);

  const postgres = await ensurePostgres({ url: process.env.TEST_DATABASE_ADMIN_URL, name: 'test-postgres', preferLocal: true });
  const redis = await ensureRedis({ url: process.env.TEST_REDIS_URL });
  const env = { TEST_DATABASE_ADMIN_URL: postgres.url, TEST_REDIS_URL: redis.url };
  try {
    for (const [key, value] of Object.entries(env)) process.env[key] = value;
    say('Integration tests (API and worker) against PostgreSQL and Redis');
    nx(['run-many', '-t', 'integration', '--parallel=1', '--output-style=stream']);
    say('End-to-end tests in Chromium with axe-core');
    nx(['run-many', '-t', 'build', '-p', 'web', '--output-style=stream']);
    nx(['run', 'web-e2e:e2e', '--output-style=stream']);
  } finally {
    await redis.stop();
    await postgres.stop();
  }
  say(`All tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
  console.error(`\n[academy] ${error instanceof SetupError ? error.message : error.message ?? error}`);
  process.exit(1);
});
