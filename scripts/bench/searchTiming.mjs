// The cost of a search in a real browser: headless Chromium on the built site served the way
// `npm start` serves it. For each query, in a fresh browser context (cold cache), twice:
//  - the index alone: Pagefind loaded with the search page's options, one search, the first
//    result's fragment, then the first ten; every byte received from the moment the query starts
//    (Pagefind's JS and WebAssembly, index chunks, filter index, fragments);
//  - the search page: /search/?q=… opened cold: the bytes until its first result is on screen,
//    and every byte of the visit (page, CSS, script, names list, Pagefind and the searches it
//    makes for the filter counts after the first results).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createSiteServer } from '../serve.mjs';
import { median } from './measure.mjs';

/** The three queries of the benchmark: a common word, an entity name, a filter alone. */
export const QUERIES = [
  { name: 'common word', term: 'trade', options: {}, page: '/search/?q=trade' },
  { name: 'entity name', term: 'Tokayev', options: {}, page: '/search/?q=Tokayev' },
  { name: 'filter only', term: null, options: { filters: { country: 'kazakhstan' }, sort: { date: 'desc' } }, page: '/search/?country=kazakhstan&sort=date' },
];

/** The options the search page gives Pagefind (src/scripts/pagefind.ts). */
const PAGE_OPTIONS = { noWorker: true, excerptLength: 20, ranking: { pageLength: 0.5 } };
/** A result on the search page (src/pages/search/index.astro). */
const RESULT = '#search-results > li';

export function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium: install Debian\'s (apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

/** Runs in the page: import Pagefind, search, load the first result, then nine more. */
const SEARCH = `async ([term, options, pageOptions]) => {
  const t0 = performance.now();
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options(pageOptions);
  await pagefind.init();
  const search = await pagefind.search(term, options);
  const first = search.results[0] ? await search.results[0].data() : null;
  const tFirst = performance.now() - t0;
  window.__rest = search.results.slice(1, 10);
  return { results: search.results.length, firstUrl: first ? first.url : null, tFirst };
}`;
const REST = `async () => { const t0 = performance.now(); await Promise.all(window.__rest.map((r) => r.data())); return performance.now() - t0; }`;

/**
 * Measures each query `repeat` times against the site in `dist`: bytes are the same every
 * time (reported once), times are the median.
 */
export async function searchTiming(dist, { queries = QUERIES, repeat = 3 } = {}) {
  const server = createSiteServer(dist);
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const out = [];
    for (const q of queries) {
      const runs = [];
      for (let i = 0; i < repeat; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${origin}/about/`, { waitUntil: 'load' });
        // Count from here on: requests of the page and of Pagefind's worker alike.
        const received = [];
        let counting = true;
        const onFinished = async (request) => {
          if (!counting) return;
          const sizes = await request.sizes().catch(() => null);
          if (sizes) received.push({ url: request.url().replace(origin, ''), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
        };
        context.on('requestfinished', onFinished);
        const first = await page.evaluate(`(${SEARCH})(${JSON.stringify([q.term, q.options, PAGE_OPTIONS])})`);
        await page.waitForTimeout(150);
        const atFirst = received.reduce((a, r) => a + r.bytes, 0);
        const restMs = await page.evaluate(`(${REST})()`);
        await page.waitForTimeout(150);
        counting = false;
        const total = received.reduce((a, r) => a + r.bytes, 0);
        runs.push({ ...first, bytesToFirst: atFirst, bytesFirstTen: total, tFirstTen: first.tFirst + restMs, requests: received.length, received });
        await context.close();
      }
      const ui = [];
      for (let i = 0; i < repeat && q.page; i++) ui.push(await searchPage(browser, origin, q.page));
      const last = runs.at(-1);
      const byKind = {};
      for (const r of last.received) {
        const kind = /fragment/.test(r.url) ? 'fragments' : /\/index\//.test(r.url) ? 'index' : /filter/.test(r.url) ? 'filters' : /pf_meta|entry\.json/.test(r.url) ? 'meta' : /wasm/.test(r.url) ? 'wasm' : 'js';
        byKind[kind] = (byKind[kind] ?? 0) + r.bytes;
      }
      out.push({
        query: q.name,
        term: q.term,
        options: q.options,
        results: last.results,
        firstUrl: last.firstUrl,
        msToFirst: median(runs.map((r) => r.tFirst)),
        msToFirstTen: median(runs.map((r) => r.tFirstTen)),
        bytesToFirst: last.bytesToFirst,
        bytesFirstTen: last.bytesFirstTen,
        requests: last.requests,
        bytesByKind: byKind,
        page: q.page,
        pageMsToFirst: ui.every((u) => u.ms !== null) && ui.length > 0 ? median(ui.map((u) => u.ms)) : null,
        pageBytesToFirst: ui.at(-1)?.bytesToFirst ?? null,
        pageBytes: ui.at(-1)?.bytes ?? null,
        pageRequests: ui.at(-1)?.requests ?? null,
        pageResults: ui.at(-1)?.results ?? null,
      });
    }
    return out;
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
}

/** Opens the search page cold at `path`; the time until its first result shows, and every byte of the visit. */
async function searchPage(browser, origin, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const received = [];
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (sizes) received.push(sizes.responseBodySize + sizes.responseHeadersSize);
  });
  let ms = null;
  let results = null;
  let bytesToFirst = null;
  try {
    await page.goto(`${origin}${path}`);
    // Milliseconds since the navigation started, read in the page on the first frame with a result.
    const found = await page.waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : false), RESULT, { polling: 'raf', timeout: 60_000 });
    bytesToFirst = received.reduce((a, b) => a + b, 0);
    ms = await found.jsonValue();
    await page.waitForLoadState('networkidle');
    results = await page.locator(RESULT).count();
  } catch {
    // no result within a minute: reported as null
  }
  await page.waitForTimeout(150);
  const bytes = received.reduce((a, b) => a + b, 0);
  await context.close();
  return { ms, bytesToFirst, bytes, requests: received.length, results };
}
