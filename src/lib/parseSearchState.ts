/** The filters a search can set, as named in the URL (`?country=kazakhstan&org=eaeu`). */
export const FILTERS = ['country', 'org', 'person', 'year', 'kind'] as const;
export type FilterName = (typeof FILTERS)[number];

/** Relevance (the default, not written in the URL), newest first, or oldest first. */
export const SORTS = ['relevance', 'date', 'date-asc'] as const;
export type SortName = (typeof SORTS)[number];

/** Everything a search page shows, and all that its URL holds. */
export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
  sort: SortName;
}

/** Longer queries are cut: nobody types them, and they would only cost time. */
export const MAX_QUERY = 200;

/**
 * The search state in a URL query string. Values repeat (`country=kazakhstan&country=uzbekistan`,
 * as an HTML form sends them) or are comma-separated; `known` (when given) drops values no filter
 * offers, so a stale link cannot set an invisible filter.
 */
export function parseSearchState(search: string, known?: (filter: FilterName, value: string) => boolean): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(FILTERS.map((f) => [f, [] as string[]])) as Record<FilterName, string[]>;
  for (const f of FILTERS) {
    for (const raw of params.getAll(f)) {
      for (const v of raw.split(',')) {
        const value = v.trim();
        if (value && !filters[f].includes(value) && (!known || known(f, value))) filters[f].push(value);
      }
    }
  }
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY),
    filters,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as SortName) : 'relevance',
  };
}
