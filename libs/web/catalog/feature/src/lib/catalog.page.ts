import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  COURSE_LEVELS,
  COURSE_THEMES,
  LANGUAGES,
  LEARNER_PROFILES,
} from '@academy/shared/contracts';
import {
  activeFilterCount,
  CATALOG_SORTS,
  CatalogSearchStore,
  type CatalogQuery,
  type CatalogSort,
  catalogUrlParams,
  EMPTY_CATALOG_QUERY,
  effectiveSort,
  isNarrowed,
  MAX_HOURS_CHOICES,
  NETWORK_TERRITORY,
  normaliseQuery,
  parseCatalogQuery,
  sameQuery,
} from '@academy/web/catalog/data-access';
import {
  audienceKey,
  languageKey,
  levelKey,
  themeKey,
  TranslatePipe,
  TranslationService,
  type TranslationKey,
} from '@academy/web/i18n';
import { apiErrorMessage } from '@academy/web/shared/util-http';
import { TerritoriesStore } from '@academy/web/territories/data-access';
import { CourseCardComponent } from './course-card.component';

/** Waiting this long after the last keystroke before searching spares slow links a request per key. */
const TYPING_DEBOUNCE_MS = 300;

type ListFilter = 'languages' | 'audiences' | 'themes' | 'levels';

interface FilterGroup {
  name: ListFilter;
  legend: TranslationKey;
  options: readonly { value: string; label: TranslationKey }[];
}

/**
 * The public course catalogue. The query lives in the URL: the page reads it from there,
 * edits go back there, and the results follow it, so a search can be shared and the back
 * button steps through searches.
 */
@Component({
  selector: 'academy-catalog-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    CourseCardComponent,
  ],
  templateUrl: './catalog.page.html',
  styleUrl: './catalog.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CatalogPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(TranslationService);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly injector = inject(Injector);
  readonly store = inject(CatalogSearchStore);
  readonly territories = inject(TerritoriesStore);

  readonly filterGroups: readonly FilterGroup[] = [
    group('languages', 'catalog.filter.language', LANGUAGES, languageKey),
    group('audiences', 'catalog.filter.audience', LEARNER_PROFILES, audienceKey),
    group('themes', 'catalog.filter.theme', COURSE_THEMES, themeKey),
    group('levels', 'catalog.filter.level', COURSE_LEVELS, levelKey),
  ];
  readonly network = NETWORK_TERRITORY;

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  /** The query in the URL: what the results show. */
  readonly query = computed(() => parseCatalogQuery(this.params()), { equal: sameQuery });
  /** The query being edited: the URL catches up on submit, on a filter change or after typing. */
  readonly draft = signal<CatalogQuery>(untracked(this.query));

  readonly filtersOpen = signal(false);
  readonly activeFilters = computed(() => activeFilterCount(this.draft()));
  /** "Filters (2)": how many are on, also while they are folded away on a phone. */
  readonly filtersLabel = computed(() => {
    const count = this.activeFilters();
    return count ? `${this.i18n.t('catalog.filters')} (${count})` : this.i18n.t('catalog.filters');
  });
  readonly shownSort = computed(() => effectiveSort(normaliseQuery(this.draft())));
  readonly sorts = computed(() =>
    CATALOG_SORTS.filter((sort) => sort !== 'relevance' || this.draft().q.trim() !== ''),
  );
  readonly hoursChoices = computed(() => {
    const current = this.draft().maxHours;
    return current === null || MAX_HOURS_CHOICES.includes(current)
      ? MAX_HOURS_CHOICES
      : [...MAX_HOURS_CHOICES, current].sort((a, b) => a - b);
  });

  readonly empty = computed(() => this.store.ready() && this.store.items().length === 0);
  readonly noMatch = computed(() => this.empty() && isNarrowed(this.query()));
  /** Announced politely after every search; empty while loading so the same count is re-announced. */
  readonly shownText = computed(() => {
    if (!this.store.ready() && !this.store.failedMore()) return '';
    const count = this.store.items().length;
    if (count === 0) {
      return this.i18n.t(isNarrowed(this.query()) ? 'catalog.noMatch' : 'catalog.empty');
    }
    return this.i18n.t(count === 1 ? 'catalog.shown.one' : 'catalog.shown.other', { count });
  });
  readonly errorText = computed(() => {
    const error = this.store.error();
    if (!error) return null;
    if (error.code === 'validation_failed') return this.i18n.t('catalog.error.invalid');
    if (error.status === 0 || error.status >= 500) return this.i18n.t('catalog.error.load');
    const message = apiErrorMessage(error);
    return this.i18n.t(message.key, message.params);
  });

  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last query this page put in the URL: its echo must not overwrite newer keystrokes. */
  private sent: CatalogQuery | null = null;
  /** Consecutive typing searches replace one history entry instead of adding one per pause. */
  private typingEntry = false;
  private focusAfterMore: number | null = null;

  constructor() {
    // Back from a course: show the pages already loaded, so the scroll position is restored.
    let reuse = this.router.currentNavigation()?.trigger === 'popstate';
    effect(() => {
      const query = this.query();
      untracked(() => {
        const own = this.sent !== null && sameQuery(this.sent, query);
        this.sent = null;
        if (!own) {
          // Opened from a link, the back button or a reset: the form shows what the URL says.
          this.draft.set(query);
          this.typingEntry = false;
        }
        this.store.search(query, reuse);
        reuse = false;
      });
    });
    effect(() => {
      const busy = this.store.loadingMore();
      untracked(() => {
        if (!busy && this.focusAfterMore !== null) this.focusNewResults(this.focusAfterMore);
      });
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.typingTimer));
  }

  typed(event: Event): void {
    const q = (event.target as HTMLInputElement).value;
    this.draft.update((d) => ({ ...d, q }));
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(
      () => void this.apply(this.typingEntry, true),
      TYPING_DEBOUNCE_MS,
    );
  }

  submit(event: Event): void {
    event.preventDefault();
    void this.apply(false, false);
  }

  isChecked(name: ListFilter, value: string): boolean {
    return (this.draft()[name] as readonly string[]).includes(value);
  }

  toggle(name: ListFilter, value: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.draft.update((d) => {
      const values = (d[name] as readonly string[]).filter((v) => v !== value);
      return { ...d, [name]: checked ? [...values, value] : values };
    });
    void this.apply(false, false);
  }

  chooseTerritory(event: Event): void {
    const territory = (event.target as HTMLSelectElement).value;
    this.draft.update((d) => ({ ...d, territory }));
    void this.apply(false, false);
  }

  chooseMaxHours(event: Event): void {
    const value = Number((event.target as HTMLSelectElement).value);
    this.draft.update((d) => ({ ...d, maxHours: value > 0 ? value : null }));
    void this.apply(false, false);
  }

  chooseSort(event: Event): void {
    const sort = (event.target as HTMLSelectElement).value as CatalogSort;
    this.draft.update((d) => ({ ...d, sort }));
    void this.apply(false, false);
  }

  clearFilters(): void {
    this.draft.update((d) => ({ ...EMPTY_CATALOG_QUERY, q: d.q, sort: d.sort }));
    void this.apply(false, false);
  }

  /** From the empty state: back to the whole catalogue, focus on the search field. */
  reset(): void {
    this.draft.set(EMPTY_CATALOG_QUERY);
    void this.apply(false, false).then(() =>
      this.host.nativeElement.querySelector<HTMLInputElement>('#catalog-search')?.focus(),
    );
  }

  /** On a phone: folds the filters and takes the learner to the results they chose. */
  closeFilters(): void {
    this.filtersOpen.set(false);
    this.host.nativeElement.querySelector<HTMLElement>('#results-title')?.focus();
  }

  loadMore(): void {
    if (this.store.busy()) return;
    this.focusAfterMore = this.store.items().length;
    this.store.loadMore();
  }

  hoursKey(hours: number): TranslationKey {
    return hours === 1 ? 'catalog.duration.upToOne' : 'catalog.duration.upTo';
  }

  sortKey(sort: CatalogSort): TranslationKey {
    return `catalog.sort.${sort}` satisfies TranslationKey;
  }

  private async apply(replaceUrl: boolean, typing: boolean): Promise<void> {
    clearTimeout(this.typingTimer);
    const next = normaliseQuery(this.draft());
    if (sameQuery(next, this.query())) return;
    this.sent = next;
    this.typingEntry = typing;
    await this.router.navigate([], {
      relativeTo: this.route,
      queryParams: catalogUrlParams(next),
      replaceUrl,
      // Refining a search is not a new page: keep the scroll position (the shell keeps the
      // focus too, as only the query changes).
      scroll: 'manual',
    });
  }

  /** After "Show more", keyboard and screen-reader users continue at the first new course. */
  private focusNewResults(index: number): void {
    this.focusAfterMore = null;
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelectorAll<HTMLAnchorElement>('.course-card__link')
          [index]?.focus(),
      { injector: this.injector },
    );
  }
}

function group<T extends string>(
  name: ListFilter,
  legend: TranslationKey,
  values: readonly T[],
  key: (value: T) => TranslationKey,
): FilterGroup {
  return { name, legend, options: values.map((value) => ({ value, label: key(value) })) };
}
