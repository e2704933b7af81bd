/** Page size of the long lists (events, sources): keeps every page within its byte budget at any scale. */
export const PAGE_SIZE = 50;

/** Events listed on an entity's page; the rest are a search away. */
export const MAX_LISTED = 50;

/** The items of page `n` (1-based) and the number of pages. */
export function pageOf<T>(items: T[], n: number): { items: T[]; pages: number } {
  return { items: items.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE), pages: Math.max(1, Math.ceil(items.length / PAGE_SIZE)) };
}

/** URL of page `n` of a list whose first page is `base` (e.g. /events/ → /events/page/2/). */
export const pageUrl = (base: string, n: number) => (n <= 1 ? base : `${base}page/${n}/`);
