import { buildCatalogSql, effectiveSort, type CatalogQuery } from '@academy/api/catalog';
import Fastify from 'fastify';
import { Pool } from 'pg';

/**
 * The benchmark's baseline: a minimal Fastify + pg server running the catalogue's exact SQL
 * (and the bare write of a lesson's progress)
 * (same builder, same pool size), without NestJS, validation, guards or logging. The API's
 * throughput is reported as a share of this one's.
 */
const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 20 });
const app = Fastify();
const list = (v: unknown) => (typeof v === 'string' && v ? v.split(',') : undefined);

app.get('/api/catalog/courses', async (request) => {
  const q = request.query as Record<string, string | undefined>;
  const query: CatalogQuery = {
    q: q['q'],
    languages: list(q['language']) as CatalogQuery['languages'],
    themes: list(q['theme']) as CatalogQuery['themes'],
    limit: Number(q['limit'] ?? 20),
  };
  const { sql, params } = buildCatalogSql({ ...query, sort: effectiveSort(query) });
  const { rows } = await pool.query(sql, params);
  return { items: rows.slice(0, query.limit) };
});

// The progress write path's baseline: the same row, written by a plain INSERT ... ON CONFLICT.
app.post('/bench/progress/:enrolmentId/:lessonId', async (request) => {
  const { enrolmentId, lessonId } = request.params as { enrolmentId: string; lessonId: string };
  await pool.query('INSERT INTO lesson_progress (enrolment_id, lesson_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [enrolmentId, lessonId]);
  return { lessonId };
});

app.listen({ port: Number(process.env['PORT'] ?? 3999), host: '127.0.0.1' }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
