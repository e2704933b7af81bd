// The cost of a search in a real browser: headless Chromium on the built site served the way
// `npm start` serves it; for each query, a fresh browser context (cold cache) loads Pagefind,
// searches and loads the first result, then the first page of ten. Counts every byte the
// browser receives from the moment the query starts (Pagefind's JS, WebAssembly, index chunks,
// filter index, fragments), and the time to the first result.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createSiteServer } from '../serve.mjs';
import { median } from './measure.mjs';

/** The three queries of the benchmark: a common word, an entity name, a filter alone. */
export const QUERIES = [
  { name: 'common word', term: 'trade', options: {} },
  { name: 'entity name', term: 'Tokayev', options: {} },
  { name: 'filter only', term: null, options: { filters: { country: 'kazakhstan' }, sort: { date: 'desc' } } },
];

export function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium: install Debian\'s (apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

/** Runs in the page: import Pagefind, search, load the first result, then nine more. */
const SEARCH = `async ([term, options]) => {
  const t0 = performance.now();
  const pagefind = await import('/pagefind/pagefind.js');
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
        const first = await page.evaluate(`(${SEARCH})(${JSON.stringify([q.term, q.options])})`);
        await page.waitForTimeout(150);
        const atFirst = received.reduce((a, r) => a + r.bytes, 0);
        const restMs = await page.evaluate(`(${REST})()`);
        await page.waitForTimeout(150);
        counting = false;
        const total = received.reduce((a, r) => a + r.bytes, 0);
        runs.push({ ...first, bytesToFirst: atFirst, bytesFirstTen: total, tFirstTen: first.tFirst + restMs, requests: received.length, received });
        await context.close();
      }
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
      });
    }
    return out;
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
}
