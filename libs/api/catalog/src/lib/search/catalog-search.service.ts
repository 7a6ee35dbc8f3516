import { APP_CONFIG, invalidField, type AppConfig } from '@academy/api/core';
import { TerritoriesService, type TerritorySummary } from '@academy/api/territories';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import {
  buildCatalogSql,
  effectiveSort,
  type CatalogCursor,
  type CatalogQuery,
} from './catalog-query';
import { PageCache } from './page-cache';

export interface CatalogItem {
  id: string;
  slug: string;
  title: string;
  summary: string;
  language: string;
  level: string;
  audiences: string[];
  themes: string[];
  competences: string[];
  estimatedHours: number;
  territory: TerritorySummary | null;
  publishedAt: string;
  version: number;
}

export interface CatalogPage {
  items: CatalogItem[];
  nextCursor: string | null;
}

interface Row {
  course_id: string;
  version_number: number;
  slug: string;
  title: string;
  summary: string;
  language: string;
  level: string;
  audiences: string[];
  themes: string[];
  competences: string[];
  territory_id: string | null;
  estimated_hours: string;
  published_at: Date;
  rank: number | null;
}

export function encodeCursor(cursor: CatalogCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(raw: string, sort: CatalogCursor['sort']): CatalogCursor {
  let cursor: Partial<CatalogCursor> & Record<string, unknown>;
  try {
    cursor = JSON.parse(Buffer.from(raw, 'base64url').toString());
  } catch {
    throw invalidField('cursor', 'is not a cursor returned by this list');
  }
  const valid =
    typeof cursor.id === 'string' &&
    /^[0-9a-f-]{36}$/i.test(cursor.id) &&
    cursor.sort === sort &&
    ((sort === 'relevance' && typeof cursor['rank'] === 'number') ||
      (sort === 'newest' &&
        typeof cursor['publishedAt'] === 'string' &&
        !Number.isNaN(Date.parse(cursor['publishedAt'] as string))) ||
      (sort === 'title' && typeof cursor['title'] === 'string') ||
      (sort === 'duration' && typeof cursor['hours'] === 'number'));
  if (!valid)
    throw invalidField('cursor', 'does not belong to this search (its sort or form differs)');
  return cursor as CatalogCursor;
}

type SearchRequest = Omit<CatalogQuery, 'cursor'> & { cursor?: string };

/**
 * The public catalogue: full-text search with filters, sorting and keyset pagination.
 *
 * Pages are cached per process under the catalogue's generation (bumped by a trigger in every
 * transaction that changes the read model): the catalogue changes a few times a day and is read
 * all the time, and a popular word matches thousands of courses that PostgreSQL must rank anew
 * for each request. Reading the generation first makes the cache exact: a page computed before
 * a change is never served after it.
 */
@Injectable()
export class CatalogSearchService {
  private readonly pages: PageCache<CatalogPage>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.pages = new PageCache(config.CATALOG_CACHE_ENTRIES);
  }

  /**
   * Runs the catalogue's (already raw) SQL straight on the connection pool TypeORM manages:
   * the public catalogue is the busiest read path, and TypeORM's query runner added about a
   * quarter to each request's cost (measured with npm run bench).
   */
  private async query<T>(sql: string, params: unknown[]): Promise<T[]> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    return (await pool.query(sql, params)).rows as T[];
  }

  async search(query: SearchRequest): Promise<CatalogPage> {
    const sort = effectiveSort(query);
    if (sort === 'relevance' && !query.q?.trim())
      throw invalidField('sort', 'relevance needs a search text (q)');
    const cursor = query.cursor ? decodeCursor(query.cursor, sort) : undefined;
    if (!this.pages.enabled) return this.run({ ...query, sort, cursor });
    const [{ value }] = await this.query<{ value: string }>('SELECT value FROM catalog_generation', []);
    return this.pages.get(value, canonicalKey(query), () => this.run({ ...query, sort, cursor }));
  }

  private async run(query: CatalogQuery): Promise<CatalogPage> {
    const sort = effectiveSort(query);
    const { sql, params } = buildCatalogSql(query);
    const rows = await this.query<Row>(sql, params);
    const page = rows.slice(0, query.limit);
    const names = await this.territories.getMany(
      page.map((r) => r.territory_id).filter((t): t is string => t !== null),
    );
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        id: r.course_id,
        slug: r.slug,
        title: r.title,
        summary: r.summary,
        language: r.language,
        level: r.level,
        audiences: r.audiences,
        themes: r.themes,
        competences: r.competences,
        estimatedHours: Number(r.estimated_hours),
        territory: r.territory_id ? (names.get(r.territory_id) ?? null) : null,
        publishedAt: r.published_at.toISOString(),
        version: r.version_number,
      })),
      nextCursor: rows.length > query.limit && last ? encodeCursor(cursorAfter(sort, last)) : null,
    };
  }
}

/** The same search written with its keys in another order is the same page. */
function canonicalKey(query: SearchRequest): string {
  const entries = Object.entries(query).filter(([, v]) => v !== undefined && v !== '');
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

function cursorAfter(sort: CatalogCursor['sort'], row: Row): CatalogCursor {
  switch (sort) {
    case 'relevance':
      return { sort, rank: Number(row.rank), id: row.course_id };
    case 'newest':
      return { sort, publishedAt: row.published_at.toISOString(), id: row.course_id };
    case 'title':
      return { sort, title: row.title, id: row.course_id };
    case 'duration':
      return { sort, hours: Number(row.estimated_hours), id: row.course_id };
  }
}
