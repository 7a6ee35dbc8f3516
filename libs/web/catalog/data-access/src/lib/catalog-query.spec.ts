import {
  activeFilterCount,
  catalogApiParams,
  catalogUrlParams,
  EMPTY_CATALOG_QUERY,
  effectiveSort,
  isNarrowed,
  normaliseQuery,
  parseCatalogQuery,
  sameQuery,
} from './catalog-query';

/** A ParamSource like the router's, from a query string. */
const params = (search: string) => {
  const parsed = new URLSearchParams(search);
  return { getAll: (name: string) => parsed.getAll(name) };
};

describe('catalogue query in the URL', () => {
  it('reads every filter, in both list spellings, in a fixed order', () => {
    const query = parseCatalogQuery(
      params(
        'q=%20coop%20&language=it,en&language=fr&audience=university_student&theme=green_transition,finance_funding&level=advanced&territory=network&maxHours=5&sort=title',
      ),
    );
    expect(query).toEqual({
      q: 'coop',
      languages: ['en', 'it', 'fr'],
      audiences: ['university_student'],
      themes: ['green_transition', 'finance_funding'],
      levels: ['advanced'],
      territory: 'network',
      maxHours: 5,
      sort: 'title',
    });
    expect(activeFilterCount(query)).toBe(9);
  });

  it('drops what the API would refuse, so a mangled link still shows courses', () => {
    expect(
      parseCatalogQuery(
        params('language=xx,en&theme=cooking&territory=somewhere&maxHours=-3&sort=random&level='),
      ),
    ).toEqual({ ...EMPTY_CATALOG_QUERY, languages: ['en'] });
    // Relevance needs a search text.
    expect(parseCatalogQuery(params('sort=relevance')).sort).toBeNull();
    expect(parseCatalogQuery(params(`q=${'a'.repeat(300)}`)).q).toHaveLength(200);
    const uuid = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
    expect(parseCatalogQuery(params(`territory=${uuid}`)).territory).toBe(uuid);
  });

  it('leaves the default order out of the URL but always sends an order to the API', () => {
    expect(
      normaliseQuery({ ...EMPTY_CATALOG_QUERY, q: 'impact', sort: 'relevance' }).sort,
    ).toBeNull();
    expect(normaliseQuery({ ...EMPTY_CATALOG_QUERY, sort: 'newest' }).sort).toBeNull();
    expect(effectiveSort({ q: 'impact', sort: null })).toBe('relevance');
    expect(effectiveSort({ q: '', sort: null })).toBe('newest');
    expect(catalogUrlParams(EMPTY_CATALOG_QUERY)).toEqual({});
    expect(catalogApiParams({ ...EMPTY_CATALOG_QUERY, q: 'impact' }, 'abc', 20)).toEqual({
      q: 'impact',
      sort: 'relevance',
      limit: '20',
      cursor: 'abc',
    });
  });

  it('round-trips through the URL', () => {
    const query = normaliseQuery({
      ...EMPTY_CATALOG_QUERY,
      q: 'cooperativa sociale',
      languages: ['pt', 'it'],
      maxHours: 2,
      sort: 'duration',
    });
    const back = parseCatalogQuery(params(new URLSearchParams(catalogUrlParams(query)).toString()));
    expect(back).toEqual(query);
    expect(sameQuery(back, { ...query, languages: ['it', 'pt'] })).toBe(true);
    expect(sameQuery(back, { ...query, maxHours: 5 })).toBe(false);
  });

  it('tells a narrowed search from the whole catalogue', () => {
    expect(isNarrowed(EMPTY_CATALOG_QUERY)).toBe(false);
    expect(isNarrowed({ ...EMPTY_CATALOG_QUERY, sort: 'title' })).toBe(false);
    expect(isNarrowed({ ...EMPTY_CATALOG_QUERY, q: 'x' })).toBe(true);
    expect(isNarrowed({ ...EMPTY_CATALOG_QUERY, territory: 'network' })).toBe(true);
  });
});
