import { FILTERS, type FilterName, type SearchState } from './parseSearchState';

/**
 * Pagefind's filter object for a search state: values within one filter are alternatives
 * (`any`), filters combine with AND. Filters without a selection are passed as `[]` (no
 * restriction) because Pagefind only counts values for the filters it is given; `without`
 * lifts one filter's selection, to count its values as alternatives.
 */
export function pagefindFilters(state: SearchState, without?: FilterName): Record<FilterName, { any: string[] } | []> {
  const out = {} as Record<FilterName, { any: string[] } | []>;
  for (const f of FILTERS) out[f] = f !== without && state.filters[f].length > 0 ? { any: [...state.filters[f]] } : [];
  return out;
}

/**
 * Only the filters with a selection: enough to find the results, and Pagefind then loads only
 * those filters' indexes (counting every value needs all of them: 200 KB at 10,000 events).
 */
export function selectedFilters(state: SearchState): Partial<Record<FilterName, { any: string[] }>> {
  return Object.fromEntries(Object.entries(pagefindFilters(state)).filter(([, v]) => !Array.isArray(v)));
}
