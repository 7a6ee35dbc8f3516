// `npm start`: the whole platform with demo data at one URL. Installs what is missing, brings
// up PostgreSQL, Redis and an SMTP catcher (see lib/services.mjs), migrates, seeds, then runs
// the API (serving the built web app) and the worker until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, ensureDatabase, ensurePostgres, ensureRedis, ensureSmtp, root, say, SetupError } from './lib/services.mjs';
import { ensureDependencies, nx } from './lib/workspace.mjs';

const started = Date.now();
const stops = [];
const children = [];

function secret() {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).JWT_SECRET;
  const value = randomBytes(48).toString('base64url');
  writeFileSync(file, JSON.stringify({ JWT_SECRET: value }), { mode: 0o600 });
  return value;
}

async function ready(url, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new SetupError(`The API did not become ready at ${url}`);
}

async function shutdown(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve() : c.once('exit', resolve)))));
  for (const stop of stops.reverse()) await stop().catch(() => {});
  process.exit(code);
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  ensureDependencies();
  say('Building the API, the worker and the web app (cached after the first time)');
  nx(['run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--output-style=stream-without-prefixes']);

  const postgres = await ensurePostgres({ url: process.env.DATABASE_URL, name: 'postgres' }).catch((e) => {
    throw new SetupError(`PostgreSQL could not start: ${e.message}. Set DATABASE_URL to use your own.`);
  });
  stops.push(postgres.stop);
  const databaseUrl = process.env.DATABASE_URL ?? (await ensureDatabase(postgres.url, 'academy'));
  const redis = await ensureRedis({ url: process.env.REDIS_URL });
  stops.push(redis.stop);
  const smtp = await ensureSmtp({ url: process.env.SMTP_URL });
  stops.push(smtp.stop);

  const port = process.env.PORT ?? '3000';
  const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'production',
    PORT: port,
    PUBLIC_URL: publicUrl,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    SMTP_URL: smtp.url,
    JWT_SECRET: process.env.JWT_SECRET ?? secret(),
    WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? join(root, 'dist/apps/web/browser'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  const cli = (args) => {
    const result = spawnSync(process.execPath, [join(root, 'dist/apps/api/cli.js'), ...args], { env, encoding: 'utf8' });
    if (result.status !== 0) throw new SetupError(`${args[0]} failed:\n${result.stderr || result.stdout}`);
    return result.stdout.trim();
  };
  say('Migrating and seeding demo data');
  cli(['migrate']);
  cli(['seed']);
  const accounts = JSON.parse(cli(['demo-accounts']).split('\n').pop());

  for (const app of ['worker', 'api']) {
    const child = spawn(process.execPath, ['--enable-source-maps', join(root, `dist/apps/${app}/main.js`)], { env, stdio: 'inherit' });
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGTERM') {
        say(`The ${app} stopped (${code ?? signal}); stopping everything`);
        void shutdown(1);
      }
    });
    children.push(child);
  }
  await ready(`http://127.0.0.1:${port}/api/health/ready`);

  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`
  MU.ST.SEE Academy is running (ready in ${seconds} s)

    Web app        ${publicUrl}
    API docs       ${publicUrl}/api/docs
    Emails         ${smtp.inbox ?? `sent through ${smtp.url}`}

  Demo accounts (password: ${accounts[0].password})
${accounts.map((a) => `    ${a.email.padEnd(34)} ${a.roles.join(', ')}`).join('\n')}

  Press Ctrl+C to stop.
`);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch(async (error) => {
  console.error(`\n[academy] ${error instanceof SetupError ? error.message : error.stack ?? error}`);
  await shutdown(1);
});
