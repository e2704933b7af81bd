/** The parts of Pagefind's browser API (dist/pagefind/pagefind.js, written by the build) the search page uses. */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string; excerpt: string; locations: number[] }[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  /** Counts of each filter value among these results. */
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o?: { filters?: object; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * Loads Pagefind from the site (never bundled: it must match the index the build wrote).
 * On the main thread: for an index this small a Web Worker would only cost another 12 KB.
 * Half the default penalty for long pages: country and organisation pages are long lists, and
 * with the default a short page that mentions a name once outranks the page of that name.
 */
export async function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ noWorker: true, excerptLength: 20, ranking: { pageLength: 0.5 } });
  await pagefind.init();
  return pagefind;
}
