import { FILTERS, type SearchState } from './parseSearchState';

/**
 * The canonical query string for a search state, `?` included (empty for an empty search):
 * q, then each filter's values in the order given, then the sort unless it is relevance.
 */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FILTERS) for (const v of state.filters[f]) params.append(f, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}
