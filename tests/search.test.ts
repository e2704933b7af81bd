/**
 * Search, in a real Chromium against the built site (dist/, served with its CSP): the query
 * table (tests/fixtures/search-queries.yaml), the URL as the state with Back and Forward,
 * typo suggestions that lead somewhere, hostile queries shown as text, the keyboard, axe with
 * results on screen, and the byte budget of the page plus a first query.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, serve } from './helpers/browser';

interface Row {
  search: string;
  first?: string;
  top3?: string[];
  /** Pages that must be among the first ten results, in any order. */
  among?: string[];
  note?: string;
  suggest?: string;
  none?: boolean;
}
const rows = parse(readFileSync('tests/fixtures/search-queries.yaml', 'utf8')) as Row[];

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  site = await serve();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A fresh page that records console messages, page errors and requests to other origins. */
async function newPage(context: BrowserContext) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(site.origin) && !r.url().startsWith('data:')) problems.push(`request to ${r.url()}`); });
  return { page, problems };
}

/** Waits until the search in progress has shown its results and notes. */
const settled = (page: Page) => page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
async function open(page: Page, search: string) {
  await page.goto(`${site.origin}/search/${search}`);
  await settled(page);
}
const shown = (page: Page) => page.locator('#search-results > li .result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
/** The first `n` results, pressing "Show more" if the page shows fewer at first. */
async function firstResults(page: Page, n: number) {
  let hrefs = await shown(page);
  while (hrefs.length < n && (await page.locator('#search-more').isVisible())) {
    await page.locator('#search-more').click();
    const before = hrefs.length;
    await expect.poll(async () => (await shown(page)).length).toBeGreaterThan(before);
    hrefs = await shown(page);
  }
  return hrefs.slice(0, n);
}
const status = (page: Page) => page.locator('#search-status').innerText();
const query = (page: Page) => new URL(page.url()).search;

describe('the query table', () => {
  let context: BrowserContext;
  let tab: Awaited<ReturnType<typeof newPage>>;
  beforeAll(async () => {
    context = await browser.newContext();
    tab = await newPage(context);
  });
  afterAll(async () => { await context.close(); });

  test('has at least 30 searches, of every kind the issue names', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const has = (re: RegExp) => rows.some((r) => re.test(decodeURIComponent(r.search)));
    expect(has(/[а-яёқҷ]/i), 'Cyrillic').toBe(true);
    expect(rows.some((r) => r.suggest), 'typos').toBe(true);
    expect(has(/^\?(?!q=)/), 'filters alone').toBe(true);
    expect(has(/^\?q=.+&/), 'words and filters').toBe(true);
  });

  test.each(rows)('$search', async (row) => {
    await open(tab.page, row.search);
    const hrefs = await firstResults(tab.page, row.among ? 10 : 3);
    const notes = await tab.page.locator('#search-notes').innerText();
    if (row.none) {
      expect(hrefs).toEqual([]);
      expect(await status(tab.page)).toMatch(/^No results/);
      // No dead end: the browse pages are offered.
      for (const href of ['/events/', '/countries/', '/organisations/', '/people/', '/sources/']) {
        expect(await tab.page.locator(`#search-notes a[href="${href}"]`).count(), href).toBe(1);
      }
    } else if (!row.suggest) {
      expect(await status(tab.page)).toMatch(/^\d+ results?/);
    }
    if (row.first) expect(hrefs[0], `first of ${hrefs.join(' ')}`).toBe(row.first);
    for (const href of row.top3 ?? []) expect(hrefs.slice(0, 3), `top 3`).toContain(href);
    for (const href of row.among ?? []) expect(hrefs.slice(0, 10), `first 10`).toContain(href);
    if (row.note) expect(notes).toContain(row.note);
    if (row.suggest) expect(await tab.page.locator('.search-note a').first().innerText()).toBe(row.suggest);
    expect(tab.problems).toEqual([]);
  });
});

describe('the URL is the state', () => {
  let context: BrowserContext;
  beforeAll(async () => { context = await browser.newContext(); });
  afterAll(async () => { await context.close(); });

  /** The same search straight through Pagefind's API (the instance the page set up), URLs in Pagefind's order. */
  const direct = (page: Page, term: string, filters: object, sort?: object) =>
    page.evaluate(`import('/pagefind/pagefind.js').then(async (pf) => {
      const r = await pf.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)}, sort: ${JSON.stringify(sort ?? {})} });
      return Promise.all(r.results.map(async (x) => (await x.data()).url));
    })`) as Promise<string[]>;

  test('a shared URL restores query, filters and sort; the results are what Pagefind finds for them', async () => {
    const { page, problems } = await newPage(context);
    await open(page, '?q=trade&country=kazakhstan&org=eaeu&year=2022&sort=date');
    expect(await page.inputValue('#search-q')).toBe('trade');
    expect(await page.inputValue('#search-sort')).toBe('date');
    const checked = await page.locator('input[type="checkbox"]:checked').evaluateAll((els) => els.map((e) => `${(e as HTMLInputElement).name}=${(e as HTMLInputElement).value}`));
    expect(checked.sort()).toEqual(['country=kazakhstan', 'org=eaeu', 'year=2022']);
    // The organisation group, closed by default, is opened to show its selection.
    expect(await page.locator('details[data-filter="org"]').getAttribute('open')).not.toBeNull();
    const expected = await direct(page, 'trade', { country: { any: ['kazakhstan'] }, org: { any: ['eaeu'] }, year: { any: ['2022'] } }, { date: 'desc' });
    expect(expected.length).toBeGreaterThan(0);
    expect(await firstResults(page, 3)).toEqual(expected.slice(0, 3));
    expect(await status(page)).toBe(`${expected.length} result${expected.length > 1 ? 's' : ''} for “trade” in Kazakhstan; Eurasian Economic Union (EAEU); 2022${expected.length > 1 ? ', newest first' : ''}`);
    expect(problems).toEqual([]);
  });

  test('a filter change updates the URL and the results; Back and Forward walk through the states', async () => {
    const { page, problems } = await newPage(context);
    await open(page, '?q=summit&country=kazakhstan');
    const before = await shown(page);
    const beforeStatus = await status(page);

    await page.locator('input[name="year"][value="2025"]').check();
    await settled(page);
    expect(query(page)).toBe('?q=summit&country=kazakhstan&year=2025');
    expect(await shown(page)).toEqual(['/events/2025-dushanbe-russia-central-asia-summit/']);

    await page.selectOption('#search-sort', 'date-asc');
    await settled(page);
    expect(query(page)).toBe('?q=summit&country=kazakhstan&year=2025&sort=date-asc');

    await page.goBack();
    await settled(page);
    expect(query(page)).toBe('?q=summit&country=kazakhstan&year=2025');
    expect(await page.inputValue('#search-sort')).toBe('relevance');

    await page.goBack();
    await settled(page);
    expect(query(page)).toBe('?q=summit&country=kazakhstan');
    expect(await page.locator('input[name="year"][value="2025"]').isChecked()).toBe(false);
    expect(await shown(page)).toEqual(before);
    expect(await status(page)).toBe(beforeStatus);

    await page.goForward();
    await settled(page);
    expect(await page.locator('input[name="year"][value="2025"]').isChecked()).toBe(true);
    expect(await shown(page)).toEqual(['/events/2025-dushanbe-russia-central-asia-summit/']);
    expect(problems).toEqual([]);
  });

  test('results come as one types; a burst of typing is one history entry, and Back undoes it', async () => {
    const { page, problems } = await newPage(context);
    await open(page, '?kind=person');
    const entries = await page.evaluate(() => history.length);
    await page.locator('#search-q').pressSequentially('Tokaev', { delay: 40 });
    await page.waitForURL(/q=Tokaev/);
    await settled(page);
    expect(query(page)).toBe('?q=Tokaev&kind=person');
    expect(await shown(page)).toEqual(['/people/kassym-jomart-tokayev/']);
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    expect(await page.title()).toMatch(/^“Tokaev” · Search/);

    await page.goBack();
    await settled(page);
    expect(query(page)).toBe('?kind=person');
    expect(await page.inputValue('#search-q')).toBe('');
    expect(problems).toEqual([]);
  });

  test('a stale link cannot set a filter the page does not offer', async () => {
    const { page } = await newPage(context);
    await open(page, '?country=narnia&country=japan&sort=sideways');
    expect(query(page)).toBe('?country=japan');
  });
});

describe('matching sections', () => {
  test('are named by their heading alone, also when it has quotation marks of its own', async () => {
    const context = await browser.newContext();
    const { page, problems } = await newPage(context);
    await open(page, '?q=Japan%20meeting');
    const sections = await page.locator('.result-sections a').allTextContents();
    expect(sections).toContain('The first “Central Asia plus Japan” meeting');
    expect(sections.filter((t) => /Link to section|#/.test(t))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('no dead ends', () => {
  test('a typo suggests the right name; the suggestion searches for it, or opens its page', async () => {
    const context = await browser.newContext();
    const { page, problems } = await newPage(context);
    await open(page, '?q=Kazahstan&kind=country');
    const suggestion = page.locator('.search-note a', { hasText: /^Kazakhstan$/ });
    await suggestion.click();
    await settled(page);
    expect(query(page)).toBe('?q=Kazakhstan&kind=country');
    expect(await page.inputValue('#search-q')).toBe('Kazakhstan');
    expect((await shown(page))[0]).toBe('/countries/kazakhstan/');
    await page.goBack();
    await settled(page);
    expect(query(page)).toBe('?q=Kazahstan&kind=country');

    await open(page, '?q=Tajikstan');
    await page.locator('.search-note a', { hasText: 'country page' }).click();
    await page.waitForURL(/\/countries\/tajikistan\/$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('with filters and no result, one link searches again without them', async () => {
    const context = await browser.newContext();
    const { page } = await newPage(context);
    await open(page, '?q=Kawaguchi&kind=event&year=2025');
    expect(await status(page)).toBe('No results for “Kawaguchi” in 2025; Events');
    await page.locator('#search-notes a', { hasText: 'search without filters' }).click();
    await settled(page);
    expect(query(page)).toBe('?q=Kawaguchi');
    expect((await shown(page))[0]).toBe('/people/yoriko-kawaguchi/');
    await context.close();
  });
});

test('a query with <script> and <img onerror> is shown as text and runs nothing', async () => {
  const context = await browser.newContext();
  const { page, problems } = await newPage(context);
  const hostile = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">"'&`;
  await open(page, `?q=${encodeURIComponent(hostile)}`);
  expect(await status(page)).toMatch(/ for “(.*)”$/);
  expect((await status(page)).endsWith(`for “${hostile}”`)).toBe(true);
  expect(await page.title()).toContain(hostile);
  await page.fill('#search-q', '');
  await page.locator('#search-q').pressSequentially(`<img src=y onerror="window.__pwned=3">`);
  await page.waitForURL(/onerror/);
  await settled(page);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});

describe('keyboard and screen readers', () => {
  test('arrow keys move from the box through the results and back; Enter submits; Tab reaches every filter', async () => {
    const context = await browser.newContext();
    const { page, problems } = await newPage(context);
    await open(page, '');
    await page.locator('#search-q').focus();
    await page.keyboard.type('Putin');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Putin/);
    await settled(page);
    const active = () => page.evaluate(() => ({ id: document.activeElement?.id, href: document.activeElement?.getAttribute('href') }));
    await page.keyboard.press('ArrowDown');
    expect((await active()).href).toBe((await shown(page))[0]);
    await page.keyboard.press('ArrowDown');
    const second = (await active()).href;
    expect(second).toBeTruthy();
    expect(second).not.toBe((await shown(page))[0]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect((await active()).id).toBe('search-q');

    // Tab onward: the button, the sort, then the first filter group and its first value.
    for (let i = 0; i < 6 && (await page.evaluate(() => (document.activeElement as HTMLInputElement).name)) !== 'kind'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('kind');
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('Space');
    await settled(page);
    expect(query(page)).toBe(`?q=Putin&kind=${value}`);

    // "Show more" by keyboard puts focus on the first newly shown result.
    await open(page, '?q=Putin');
    const count = (await shown(page)).length;
    await page.locator('#search-more').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await shown(page)).length).toBeGreaterThan(count);
    expect((await active()).href).toBe((await shown(page))[count]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the result count is in a live region, and the results are labelled', async () => {
    const context = await browser.newContext();
    const { page } = await newPage(context);
    await open(page, '?q=Tokayev');
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    expect(await status(page)).toMatch(/^\d+ results for “Tokayev”$/);
    expect(await page.locator('section[aria-labelledby="search-results-title"] h2').innerText()).toBe('Results');
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('axe (WCAG 2.2 AA) in %s mode, with results on screen', (colorScheme) => {
  test.each(['', '?q=Tajikstan', '?q=trade&country=kazakhstan&org=eaeu&sort=date', '?q=xyzzy&kind=event'])('/search/%s', async (search) => {
    const context = await browser.newContext({ colorScheme });
    const { page, problems } = await newPage(context);
    await open(page, search);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('budget: the search page and a first query transfer at most 150 KB (gzip)', () => {
  test.each(['?q=trade', '?q=Tokayev', '?q=summit', '?q=Astana', '?q=Putin', '?q=Kirghizia', '?q=Казахстан', '?country=tajikistan&kind=event'])('/search/%s', async (search) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes = new Map<string, number>();
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (r) => {
      pending.push(
        r.response().then(async (res) => {
          const body = res ? await res.body() : Buffer.alloc(0);
          // Pagefind's files are gzipped already: count whichever is smaller.
          sizes.set(r.url(), Math.min(body.length, gzipSync(body).length));
        }),
      );
    });
    await page.goto(`${site.origin}/search/${search}`);
    await settled(page);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    expect(sizes.size).toBeGreaterThan(5);
    expect([...sizes.keys()].some((u) => u.includes('/pagefind/wasm.'))).toBe(true);
    expect(total, [...sizes].map(([u, n]) => `${u.replace(site.origin, '')} ${n}`).join('\n')).toBeLessThanOrEqual(150 * 1024);
    await context.close();
  });
});
