import { buildCatalogSql, effectiveSort, type CatalogQuery } from '@academy/api/catalog';
import Fastify from 'fastify';
import { Pool } from 'pg';

/**
 * The benchmark's baseline: a minimal Fastify + pg server running the catalogue's exact SQL
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

app.listen({ port: Number(process.env['PORT'] ?? 3999), host: '127.0.0.1' }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
