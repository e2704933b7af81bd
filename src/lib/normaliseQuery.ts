/**
 * A query as Pagefind should receive it. Pagefind's indexer drops "+" (C5+1 is indexed as c51)
 * but its search keeps it, so "C5+1" would find nothing: drop it here too.
 */
export function normaliseQuery(q: string): string {
  return q.replace(/\+/g, '').replace(/\s+/g, ' ').trim();
}
