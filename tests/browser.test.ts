/**
 * Every built page in a real Chromium, served from dist/ on 127.0.0.1 with the production
 * headers (CSP included): accessibility (axe, WCAG 2.2 A/AA, light and dark), structure,
 * keyboard, privacy (no other origin, a quiet console), and reading without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlPages } from './helpers/dist';
import { launch, serve } from './helpers/browser';

const pages = htmlPages().filter((p) => p !== '/404.html');

test('the built site is there to test', () => {
  expect(pages.length).toBeGreaterThan(20);
});
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

/** Open a page and record every request, console message and page error it causes. */
async function visit(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const requests: string[] = [];
  const console: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`));
  const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  return { page, response, requests, console };
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

describe.each(['light', 'dark'] as const)('every page in %s mode', (colorScheme) => {
  let context: BrowserContext;
  beforeAll(async () => { context = await browser.newContext({ colorScheme }); });
  afterAll(async () => { await context.close(); });

  test.each(pages)('%s', async (path) => {
    const { page, response, requests, console } = await visit(context, path);
    expect(response?.status()).toBe(200);
    expect(await axe(page)).toEqual([]);
    // Privacy: nothing from any other origin; a clean console (CSP violations are reported there).
    expect(requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith('data:'))).toEqual([]);
    expect(console).toEqual([]);
    if (colorScheme === 'light') {
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('h1').count()).toBe(1);
      const title = await page.title();
      expect(title.length).toBeGreaterThan(10);
      expect(title).toContain('Central Asia Relations Atlas');
      expect(await page.locator('a.skip-link[href="#main"]').count()).toBe(1);
      for (const landmark of ['header', 'nav', 'main', 'footer']) expect(await page.locator(landmark).count(), landmark).toBeGreaterThan(0);
      await page.close();
    } else {
      await page.close();
    }
  });
});

test('titles are unique across the site', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const titles = new Map<string, string>();
  for (const path of pages) {
    const { page } = await visit(context, path);
    const title = await page.title();
    expect(titles.get(title), `${path} repeats the title of ${titles.get(title)}`).toBeUndefined();
    titles.set(title, path);
    await page.close();
  }
  await context.close();
});

describe('keyboard', () => {
  test('Tab reaches a visible skip link first; Enter moves focus to the main content', async () => {
    const context = await browser.newContext();
    const { page } = await visit(context, '/events/2022-astana-central-asia-russia-summit/');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 10).toBeTruthy();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  test('focus is visible on every kind of control', async () => {
    const context = await browser.newContext();
    const { page } = await visit(context, '/events/2022-astana-central-asia-russia-summit/');
    // Walk the first 25 focus stops; each must draw an outline.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { tag: el.tagName, text: el.textContent?.slice(0, 30), outline: s.outlineStyle, width: s.outlineWidth };
      });
      if (style.tag === 'BODY') break;
      expect(style.outline, JSON.stringify(style)).not.toBe('none');
      expect(parseFloat(style.width), JSON.stringify(style)).toBeGreaterThanOrEqual(2);
    }
    await context.close();
  });

  test('the header search form submits to /search/?q= with the keyboard alone', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await visit(context, '/');
    await page.locator('#site-search').focus();
    await page.keyboard.type('Tokayev');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Tokayev$/);
    await context.close();
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => { context = await browser.newContext({ javaScriptEnabled: false }); });
  afterAll(async () => { await context.close(); });

  test.each(pages.filter((p) => p !== '/search/'))('%s is readable and its navigation works', async (path) => {
    const { page } = await visit(context, path);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(100);
    await page.locator('nav[aria-label="Main"] a', { hasText: 'Countries' }).click();
    await page.waitForURL(/\/countries\/$/);
    expect(await page.locator('h1').innerText()).toBe('Countries');
    await page.close();
  });

  test('the search page says search needs JavaScript and links to the browse pages', async () => {
    const { page } = await visit(context, '/search/');
    const main = page.locator('main');
    await expect.poll(() => main.innerText()).toMatch(/Search needs JavaScript/);
    for (const href of ['/events/', '/countries/', '/organisations/', '/people/', '/sources/']) {
      expect(await main.locator(`a[href="${href}"]`).count(), href).toBe(1);
    }
    await page.close();
  });
});

test('axe catches the fixture page broken on purpose (image without alt)', async () => {
  const broken = await serve('tests/fixtures/broken-site');
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${broken.origin}/`);
  expect((await axe(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
  await context.close();
  await broken.close();
});
