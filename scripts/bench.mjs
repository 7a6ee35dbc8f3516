// `npm run bench`: measures the catalogue (list and search) over 10,000 published courses with
// autocannon at 50 connections, against the real API and, in the same run, a baseline Fastify +
// pg server running the same SQL. Prints requests/s, p50 and p99 latency, and the ratios.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureDatabase, ensurePostgres, ensureRedis, freePort, root, say } from './lib/services.mjs';
import { ensureDependencies, nx } from './lib/workspace.mjs';

const COURSES = Number(process.env.BENCH_COURSES ?? 10_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const SCENARIOS = [
  ['list (newest first)', '/api/catalog/courses?limit=20'],
  ['search "cooperative"', '/api/catalog/courses?q=cooperative&limit=20'],
  ['search + filter (it, "energia")', '/api/catalog/courses?q=energia&language=it&limit=20'],
];

async function waitUp(url) {
  for (let i = 0; i < 150; i++) {
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

async function measure(autocannon, url) {
  await autocannon({ url, connections: CONNECTIONS, duration: 2 }); // warm-up: JIT, pools, caches
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

async function main() {
  ensureDependencies();
  nx(['run-many', '-t', 'build', '-p', 'api', '--output-style=static']);
  const { default: autocannon } = await import('autocannon');
  const postgres = await ensurePostgres({ url: process.env.BENCH_DATABASE_ADMIN_URL, name: 'bench-postgres', preferLocal: true });
  const redis = await ensureRedis({ url: process.env.REDIS_URL });
  const children = [];
  try {
    const admin = new URL(postgres.url);
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query('DROP DATABASE IF EXISTS academy_bench WITH (FORCE)');
    await client.end();
    const databaseUrl = await ensureDatabase(postgres.url, 'academy_bench');
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      SMTP_URL: 'smtp://127.0.0.1:1025',
      JWT_SECRET: 'benchmark-secret-benchmark-secret-0123',
      LOG_LEVEL: 'warn',
      QUEUE_PREFIX: 'bench',
    };
    const cli = (...args) => {
      const r = spawnSync(process.execPath, [join(root, 'dist/apps/api/cli.js'), ...args], { env, stdio: 'inherit' });
      if (r.status !== 0) throw new Error(`cli ${args.join(' ')} failed`);
    };
    cli('migrate');
    say(`Seeding ${COURSES} published courses`);
    const seeded = Date.now();
    cli('bench-seed', String(COURSES));
    say(`Seeded in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);

    const apiPort = await freePort(0);
    const uncachedPort = await freePort(0);
    const basePort = await freePort(0);
    const server = (entry, port, extra = {}) =>
      children.push(spawn(process.execPath, [join(root, 'dist/apps/api', entry)], { env: { ...env, ...extra, PORT: String(port) }, stdio: 'inherit' }));
    server('main.js', apiPort);
    // The same API with its search-page cache off: what the framework costs over bare SQL.
    server('main.js', uncachedPort, { CATALOG_CACHE_ENTRIES: '0' });
    server('bench-baseline.js', basePort);
    await waitUp(`http://127.0.0.1:${apiPort}/api/health/live`);
    await waitUp(`http://127.0.0.1:${uncachedPort}/api/health/live`);
    await waitUp(`http://127.0.0.1:${basePort}/api/catalog/courses?limit=1`);

    const rows = [];
    for (const [name, path] of SCENARIOS) {
      const api = await measure(autocannon, `http://127.0.0.1:${apiPort}${path}`);
      const uncached = await measure(autocannon, `http://127.0.0.1:${uncachedPort}${path}`);
      const base = await measure(autocannon, `http://127.0.0.1:${basePort}${path}`);
      rows.push({ name, api, uncached, base });
    }
    const cell = (m) => `${m.rps.toFixed(0)} | ${m.p50} | ${m.p99}`;
    const ratio = (a, b) => `${((a.rps / b.rps) * 100).toFixed(0)}%`;
    console.log(`\nCatalogue benchmark: ${COURSES} courses, ${CONNECTIONS} connections, ${DURATION} s per run, ${process.version}\n`);
    console.log('| scenario | API req/s | p50 ms | p99 ms | API, no page cache req/s | p50 ms | p99 ms | baseline req/s | p50 ms | p99 ms | API / baseline | no cache / baseline |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const { name, api, uncached, base } of rows) {
      console.log(`| ${name} | ${cell(api)} | ${cell(uncached)} | ${cell(base)} | ${ratio(api, base)} | ${ratio(uncached, base)} |`);
    }
    console.log('\nGoals (issue 3): API at least 70% of the baseline throughput, API p99 under 50 ms.');
    console.log('The API serves repeated searches from its page cache (exact: dropped whenever the catalogue changes);');
    console.log('the no-cache column runs the same SQL as the baseline on every request.');
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await redis.stop();
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
