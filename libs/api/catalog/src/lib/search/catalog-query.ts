import {
  COURSE_LEVELS,
  COURSE_THEMES,
  LANGUAGES,
  LEARNER_PROFILES,
  type Language,
} from '@academy/shared/contracts';
import { TEXT_SEARCH_CONFIG } from './search-config';

export const CATALOG_SORTS = ['relevance', 'newest', 'title', 'duration'] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];

export interface CatalogQuery {
  q?: string;
  languages?: Language[];
  audiences?: (typeof LEARNER_PROFILES)[number][];
  themes?: (typeof COURSE_THEMES)[number][];
  /** "framework:code" */
  competences?: string[];
  levels?: (typeof COURSE_LEVELS)[number][];
  /** A territory id, or "network" for network-wide courses. */
  territory?: string;
  minHours?: number;
  maxHours?: number;
  sort?: CatalogSort;
  limit: number;
  cursor?: CatalogCursor;
}

/** Where the previous page ended, in the terms of its sort. */
export type CatalogCursor =
  | { sort: 'relevance'; rank: number; id: string }
  | { sort: 'newest'; publishedAt: string; id: string }
  | { sort: 'title'; title: string; id: string }
  | { sort: 'duration'; hours: number; id: string };

export const effectiveSort = (query: Pick<CatalogQuery, 'q' | 'sort'>): CatalogSort =>
  query.sort ?? (query.q?.trim() ? 'relevance' : 'newest');

/**
 * Builds the one SQL statement the catalogue runs, as pure data, so the service and the
 * benchmark's baseline handler execute exactly the same query.
 *
 * Text search: each course's words were stemmed in its own language. A query's language is
 * unknown, so it is stemmed in every course language (or only the filtered ones) plus the
 * `simple` configuration for names, and the alternatives are OR-ed: one tsquery that the GIN
 * index can use.
 */
export function buildCatalogSql(query: CatalogQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  const sort = effectiveSort(query);
  const text = query.q?.trim();

  let rank = 'NULL::real';
  let from = 'catalog_entries e';
  if (text) {
    const configs = [
      ...new Set([
        ...(query.languages?.length ? query.languages : LANGUAGES).map(
          (l) => TEXT_SEARCH_CONFIG[l],
        ),
        'simple',
      ]),
    ];
    const q = p(text);
    const tsquery = configs.map((c) => `websearch_to_tsquery('${c}', ${q})`).join(' || ');
    from = `catalog_entries e, (SELECT ${tsquery} AS query) t`;
    where.push('e.search @@ t.query');
    // ts_rank, not ts_rank_cd: a few times cheaper, and popular words match thousands of courses.
    rank = 'ts_rank(e.search, t.query, 1)';
  }
  if (query.languages?.length) where.push(`e.language = ANY(${p(query.languages)}::varchar[])`);
  if (query.levels?.length) where.push(`e.level = ANY(${p(query.levels)}::varchar[])`);
  if (query.audiences?.length) where.push(`e.audiences && ${p(query.audiences)}::text[]`);
  if (query.themes?.length) where.push(`e.themes && ${p(query.themes)}::text[]`);
  if (query.competences?.length) where.push(`e.competences && ${p(query.competences)}::text[]`);
  if (query.territory === 'network') where.push('e.territory_id IS NULL');
  else if (query.territory) where.push(`e.territory_id = ${p(query.territory)}::uuid`);
  if (query.minHours !== undefined) where.push(`e.estimated_hours >= ${p(query.minHours)}`);
  if (query.maxHours !== undefined) where.push(`e.estimated_hours <= ${p(query.maxHours)}`);

  const orderings: Record<CatalogSort, string> = {
    relevance: `rank DESC, e.course_id DESC`,
    newest: 'e.published_at DESC, e.course_id DESC',
    title: 'e.title ASC, e.course_id ASC',
    duration: 'e.estimated_hours ASC, e.course_id ASC',
  };
  const c = query.cursor;
  if (c) {
    if (c.sort === 'relevance')
      where.push(`(${rank}, e.course_id) < (${p(c.rank)}::real, ${p(c.id)}::uuid)`);
    if (c.sort === 'newest')
      where.push(
        `(e.published_at, e.course_id) < (${p(c.publishedAt)}::timestamptz, ${p(c.id)}::uuid)`,
      );
    if (c.sort === 'title')
      where.push(`(e.title, e.course_id) > (${p(c.title)}::varchar, ${p(c.id)}::uuid)`);
    if (c.sort === 'duration')
      where.push(`(e.estimated_hours, e.course_id) > (${p(c.hours)}::numeric, ${p(c.id)}::uuid)`);
  }
  const sql = `SELECT e.course_id, e.version_number, e.slug, e.title, e.summary, e.language, e.level, e.audiences, e.themes,
       e.competences, e.territory_id, e.estimated_hours, e.published_at, ${rank} AS rank
FROM ${from}
${where.length ? `WHERE ${where.join('\n  AND ')}` : ''}
ORDER BY ${orderings[sort]}
LIMIT ${p(query.limit + 1)}`;
  return { sql, params };
}
