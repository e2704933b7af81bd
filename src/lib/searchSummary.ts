import type { SortName } from './parseSearchState';

/**
 * The sentence the search page shows and announces after each search, e.g.
 * "7 results for “trade” in Kazakhstan or Uzbekistan; 2022, newest first".
 * `groups` holds the labels of the selected values, one list per filter.
 */
export function searchSummary(count: number, q: string, groups: string[][], sort: SortName): string {
  const head = count === 0 ? 'No results' : `${count} result${count === 1 ? '' : 's'}`;
  const forQ = q ? ` for “${q}”` : '';
  const within = groups.filter((g) => g.length > 0).map((g) => g.join(' or ')).join('; ');
  const order = count > 1 && sort === 'date' ? ', newest first' : count > 1 && sort === 'date-asc' ? ', oldest first' : '';
  return `${head}${forQ}${within ? ` in ${within}` : ''}${order}`;
}
