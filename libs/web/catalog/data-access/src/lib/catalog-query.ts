import {
  COURSE_LEVELS,
  COURSE_THEMES,
  LANGUAGES,
  LEARNER_PROFILES,
  type CourseLevel,
  type CourseTheme,
  type Language,
  type LearnerProfile,
} from '@academy/shared/contracts';

// Pure functions, no Angular: the query lives in the address bar, so it must survive being
// shared, bookmarked, hand-edited and replayed by the back button.

export const CATALOG_SORTS = ['relevance', 'newest', 'title', 'duration'] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];

/** The `territory` value of courses that belong to the whole network, not to one territory. */
export const NETWORK_TERRITORY = 'network';
/** The choices of the "maximum length" filter, in hours. */
export const MAX_HOURS_CHOICES: readonly number[] = [1, 2, 5, 10, 20];
export const CATALOG_PAGE_SIZE = 20;
export const SEARCH_TEXT_MAX_LENGTH = 200;

export interface CatalogQuery {
  q: string;
  languages: Language[];
  audiences: LearnerProfile[];
  themes: CourseTheme[];
  levels: CourseLevel[];
  /** '' for every course, `network` for network-wide courses, or a territory id. */
  territory: string;
  maxHours: number | null;
  /** null for the default order: relevance with a search text, newest without. */
  sort: CatalogSort | null;
}

export const EMPTY_CATALOG_QUERY: CatalogQuery = {
  q: '',
  languages: [],
  audiences: [],
  themes: [],
  levels: [],
  territory: '',
  maxHours: null,
  sort: null,
};

/** What the router's ParamMap offers; a plain object works too in tests. */
export interface ParamSource {
  getAll(name: string): string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function defaultSort(q: string): CatalogSort {
  return q.trim() ? 'relevance' : 'newest';
}

export function effectiveSort(query: Pick<CatalogQuery, 'q' | 'sort'>): CatalogSort {
  return query.sort ?? defaultSort(query.q);
}

/**
 * Reads a query from URL parameters. Anything unknown is dropped rather than sent on, so a
 * mistyped shared link still shows courses instead of an error.
 */
export function parseCatalogQuery(params: ParamSource): CatalogQuery {
  const q = (params.getAll('q')[0] ?? '').trim().slice(0, SEARCH_TEXT_MAX_LENGTH);
  const territory = params.getAll('territory')[0] ?? '';
  const maxHours = Number(params.getAll('maxHours')[0] ?? '');
  const sort = params.getAll('sort')[0];
  return normaliseQuery({
    q,
    languages: list(params, 'language', LANGUAGES),
    audiences: list(params, 'audience', LEARNER_PROFILES),
    themes: list(params, 'theme', COURSE_THEMES),
    levels: list(params, 'level', COURSE_LEVELS),
    territory: territory === NETWORK_TERRITORY || UUID.test(territory) ? territory : '',
    maxHours: Number.isFinite(maxHours) && maxHours > 0 && maxHours <= 1000 ? maxHours : null,
    sort: (CATALOG_SORTS as readonly string[]).includes(sort ?? '') ? (sort as CatalogSort) : null,
  });
}

/**
 * One spelling per query: lists in a fixed order, the default sort left out, relevance
 * dropped without a search text (the API refuses it).
 */
export function normaliseQuery(query: CatalogQuery): CatalogQuery {
  const q = query.q.trim().slice(0, SEARCH_TEXT_MAX_LENGTH);
  let sort = query.sort;
  if (sort === 'relevance' && !q) sort = null;
  if (sort === defaultSort(q)) sort = null;
  return {
    q,
    languages: ordered(query.languages, LANGUAGES),
    audiences: ordered(query.audiences, LEARNER_PROFILES),
    themes: ordered(query.themes, COURSE_THEMES),
    levels: ordered(query.levels, COURSE_LEVELS),
    territory: query.territory,
    maxHours: query.maxHours,
    sort,
  };
}

/** The URL query parameters of a query; empty values are left out so links stay short. */
export function catalogUrlParams(query: CatalogQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.q) params['q'] = query.q;
  if (query.languages.length) params['language'] = query.languages.join(',');
  if (query.audiences.length) params['audience'] = query.audiences.join(',');
  if (query.themes.length) params['theme'] = query.themes.join(',');
  if (query.levels.length) params['level'] = query.levels.join(',');
  if (query.territory) params['territory'] = query.territory;
  if (query.maxHours !== null) params['maxHours'] = String(query.maxHours);
  if (query.sort) params['sort'] = query.sort;
  return params;
}

/** The parameters of GET /api/catalog/courses for one page of a query. */
export function catalogApiParams(
  query: CatalogQuery,
  cursor: string | null,
  limit = CATALOG_PAGE_SIZE,
): Record<string, string> {
  const params = catalogUrlParams(query);
  params['sort'] = effectiveSort(query);
  params['limit'] = String(limit);
  if (cursor) params['cursor'] = cursor;
  return params;
}

/** How many filter values are chosen (the search text and the order do not count). */
export function activeFilterCount(query: CatalogQuery): number {
  return (
    query.languages.length +
    query.audiences.length +
    query.themes.length +
    query.levels.length +
    (query.territory ? 1 : 0) +
    (query.maxHours !== null ? 1 : 0)
  );
}

/** True when the query narrows the catalogue at all (so an empty result is not an empty catalogue). */
export function isNarrowed(query: CatalogQuery): boolean {
  return query.q !== '' || activeFilterCount(query) > 0;
}

export function sameQuery(a: CatalogQuery, b: CatalogQuery): boolean {
  const x = catalogUrlParams(normaliseQuery(a));
  const y = catalogUrlParams(normaliseQuery(b));
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}

function list<T extends string>(params: ParamSource, name: string, allowed: readonly T[]): T[] {
  const values = params.getAll(name).flatMap((v) => v.split(',').map((s) => s.trim()));
  return values.filter((v): v is T => (allowed as readonly string[]).includes(v));
}

function ordered<T extends string>(values: readonly T[], order: readonly T[]): T[] {
  return order.filter((v) => values.includes(v));
}
