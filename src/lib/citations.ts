import { citePage, type PageCitations, type PageToCite } from './citePage.mjs';
import { pageUpdated } from './pageUpdated';
import { SITE_NAME } from './siteInfo';
import { runOnWorker, settle, type Pending } from './workerPool';

/** What the citation of the page at `pathname` is made from; `updated` defaults to pageUpdated(pathname). */
export function toCite(pathname: string, title: string, updated?: string): PageToCite {
  return { title, url: new URL(pathname, import.meta.env.SITE).href, author: SITE_NAME, updated: updated ?? pageUpdated(pathname) };
}

/**
 * Page citations ("Cite this page"), formatted on the build's worker threads: citeproc-js takes
 * ~5 ms a page for the three styles, which the main thread spends rendering pages instead.
 * A route's getStaticPaths asks for its pages' citations ahead (citeAhead); each page then finds
 * its own ready, or waits for it, moved to the front of the queue. Under Vitest or the dev
 * server (no build), citations are formatted in place.
 */
const asked = new Map<string, Pending<PageCitations>>();
const keyOf = (page: PageToCite) => JSON.stringify([page.title, page.url, page.author, page.updated ?? null]);

export function citeAhead(pages: PageToCite[]): void {
  if (!import.meta.env.PROD) return;
  for (const page of pages) {
    const key = keyOf(page);
    if (!asked.has(key)) asked.set(key, runOnWorker('cite', page, `citation of ${page.url}`, 'soon'));
  }
}

export async function citation(page: PageToCite): Promise<PageCitations> {
  const key = keyOf(page);
  const pending = asked.get(key);
  // Each page is rendered once: its entry is not needed again.
  asked.delete(key);
  return pending ? settle(pending) : citePage(page);
}
