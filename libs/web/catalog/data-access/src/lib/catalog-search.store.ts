import { HttpClient } from '@angular/common/http';
import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { type ApiError, toApiError } from '@academy/web/shared/util-http';
import type { Subscription } from 'rxjs';
import { catalogApiParams, type CatalogQuery, sameQuery } from './catalog-query';
import type { CatalogItem, CatalogPage } from './catalog.models';

const URL = '/api/catalog/courses';

type Status = 'idle' | 'loading' | 'loading-more' | 'ready' | 'failed' | 'failed-more';

interface SearchState {
  query: CatalogQuery | null;
  items: CatalogItem[];
  nextCursor: string | null;
  status: Status;
  error: ApiError | null;
}

/**
 * The results of the current catalogue search, page by page. A new search cancels the request
 * of the previous one: on a slow link the learner waits only for what they asked last. Kept
 * for the visit, so coming back from a course shows the pages already loaded, where they were.
 */
@Injectable({ providedIn: 'root' })
export class CatalogSearchStore {
  private readonly http = inject(HttpClient);
  private readonly state = signal<SearchState>({
    query: null,
    items: [],
    nextCursor: null,
    status: 'idle',
    error: null,
  });
  private request: Subscription | null = null;

  readonly query = computed(() => this.state().query);
  /** Kept while the next search loads, so the list does not flash empty between keystrokes. */
  readonly items = computed(() => this.state().items);
  readonly nextCursor = computed(() => this.state().nextCursor);
  /** The first page of a search is on its way. */
  readonly loading = computed(() => this.state().status === 'loading');
  readonly loadingMore = computed(() => this.state().status === 'loading-more');
  readonly busy = computed(() => this.loading() || this.loadingMore());
  readonly ready = computed(() => this.state().status === 'ready');
  readonly error = computed(() => this.state().error);
  /** Only the next page failed: the results already shown stay. */
  readonly failedMore = computed(() => this.state().status === 'failed-more');

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /** With `reuse`, the results already loaded for the same query are kept (back from a course). */
  search(query: CatalogQuery, reuse = false): void {
    const current = this.state();
    if (
      reuse &&
      current.query &&
      sameQuery(current.query, query) &&
      current.status !== 'failed' &&
      current.status !== 'idle'
    ) {
      return;
    }
    this.state.update((s) => ({ ...s, query, nextCursor: null, status: 'loading', error: null }));
    this.fetch(query, null);
  }

  loadMore(): void {
    const { query, nextCursor, status } = this.state();
    if (!query || !nextCursor || status === 'loading' || status === 'loading-more') return;
    this.state.update((s) => ({ ...s, status: 'loading-more', error: null }));
    this.fetch(query, nextCursor);
  }

  retry(): void {
    const { query, status } = this.state();
    if (status === 'failed-more') this.loadMore();
    else if (query) this.search(query);
  }

  private fetch(query: CatalogQuery, cursor: string | null): void {
    this.request?.unsubscribe();
    this.request = this.http
      .get<CatalogPage>(URL, { params: catalogApiParams(query, cursor) })
      .subscribe({
        next: (page) =>
          this.state.update((s) => ({
            ...s,
            items: cursor ? [...s.items, ...page.items] : page.items,
            nextCursor: page.nextCursor,
            status: 'ready',
          })),
        error: (error: unknown) =>
          this.state.update((s) =>
            cursor
              ? { ...s, status: 'failed-more', error: toApiError(error) }
              : { ...s, items: [], nextCursor: null, status: 'failed', error: toApiError(error) },
          ),
      });
  }
}
