// `npm run bench`: measures the catalogue (list and search) over 10,000 published courses with
// autocannon at 50 connections, and the progress write path (learners marking lessons done), each
// against the real API and, in the same run, a baseline Fastify + pg server doing the same SQL.
// Prints requests/s, p50 and p99 latency, and the ratios.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureDatabase, ensurePostgres, ensureRedis, freePort, root, say } from './lib/services.mjs';
import { ensureDependencies, nx } from './lib/workspace.mjs';

const COURSES = Number(process.env.BENCH_COURSES ?? 10_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const PROGRESS_SECONDS = Number(process.env.BENCH_PROGRESS_SECONDS ?? 30);
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
    cli('seed');
    const learnersFile = join(root, 'tmp', 'bench-learners.json');
    mkdirSync(dirname(learnersFile), { recursive: true });
    cli('bench-learners', String(LEARNERS), learnersFile);

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
    const progress = await measureProgress(autocannon, apiPort, basePort, JSON.parse(readFileSync(learnersFile, 'utf8')), databaseUrl);

    const cell = (m) => `${m.rps.toFixed(0)} | ${m.p50} | ${m.p99}`;
    const ratio = (a, b) => `${((a.rps / b.rps) * 100).toFixed(0)}%`;
    console.log(`\nCatalogue benchmark: ${COURSES} courses, ${CONNECTIONS} connections, ${DURATION} s per run, ${process.version}\n`);
    console.log('| scenario | API req/s | p50 ms | p99 ms | API, no page cache req/s | p50 ms | p99 ms | baseline req/s | p50 ms | p99 ms | API / baseline | no cache / baseline |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const { name, api, uncached, base } of rows) {
      console.log(`| ${name} | ${cell(api)} | ${cell(uncached)} | ${cell(base)} | ${ratio(api, base)} | ${ratio(uncached, base)} |`);
    }
    console.log(`\nProgress writes: ${LEARNERS} learners marking random lessons of a 500-lesson course done, ${LEARNERS} connections, ${PROGRESS_SECONDS} s per run\n`);
    console.log('| path | writes/s | p50 ms | p99 ms |');
    console.log('| --- | ---: | ---: | ---: |');
    console.log(`| API (lock the enrolment, insert, count for completion, commit) | ${progress.api.rps.toFixed(0)} | ${progress.api.p50} | ${progress.api.p99} |`);
    console.log(`| baseline (one INSERT ... ON CONFLICT DO NOTHING) | ${progress.base.rps.toFixed(0)} | ${progress.base.p50} | ${progress.base.p99} |`);
    console.log(`| API / baseline | ${((progress.api.rps / progress.base.rps) * 100).toFixed(0)}% | | |`);
    console.log('\nGoals (issue 3): API at least 70% of the baseline throughput, API p99 under 50 ms.');
    console.log('The API serves repeated searches from its page cache (exact: dropped whenever the catalogue changes);');
    console.log('the no-cache column runs the same SQL as the baseline on every request.');
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await redis.stop();
    await postgres.stop();
  }
}

/**
 * The progress write path: each connection is one learner marking random lessons done with
 * their own token, so rows are new as a real class's would be. The table is emptied before
 * each run so both runs start alike.
 */
async function measureProgress(autocannon, apiPort, basePort, bench, databaseUrl) {
  const tokens = [];
  for (const learner of bench.learners) {
    const response = await fetch(`http://127.0.0.1:${apiPort}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: learner.email, password: bench.password }),
    });
    if (response.status !== 200) throw new Error(`login ${learner.email}: ${response.status}`);
    tokens.push((await response.json()).accessToken);
  }
  const { default: pg } = await import('pg');
  const reset = async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query("TRUNCATE lesson_progress; UPDATE enrolments SET status = 'active', completed_at = NULL WHERE status = 'completed'");
    await client.end();
  };
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const run = async (port, path) => {
    await reset();
    // A learner waits for one click's answer before the next, so their own writes never
    // overlap: each request takes a learner who has nothing in flight and gives them back
    // with the response (connections and learners are as many).
    const free = bench.learners.map((_, i) => i);
    const r = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: bench.learners.length,
      duration: PROGRESS_SECONDS,
      requests: [
        {
          method: 'POST',
          setupRequest: (request, context) => {
            const i = free.pop() ?? Math.floor(Math.random() * bench.learners.length);
            context.learner = i;
            return {
              ...request,
              path: path(bench.learners[i].enrolmentId, pick(bench.lessons)),
              headers: { ...request.headers, authorization: `Bearer ${tokens[i]}` },
            };
          },
          onResponse: (_status, _body, context) => {
            if (context.learner !== undefined) free.push(context.learner);
          },
        },
      ],
    });
    if (r.non2xx || r.errors) throw new Error(`progress on ${port}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
  };
  const api = await run(apiPort, (e, l) => `/api/learning/enrolments/${e}/lessons/${l}/done`);
  const base = await run(basePort, (e, l) => `/bench/progress/${e}/${l}`);
  return { api, base };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
