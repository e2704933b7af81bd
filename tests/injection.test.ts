/**
 * Content can't inject markup: a fixture event whose title, description, front matter and body
 * carry <script>, <img onerror> and javascript: links builds to pages where all of it is inert
 * text, and a real Chromium runs none of it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { build } from './helpers/build';
import { contentWith } from './helpers/fixtures';
import { unsafeMarkup } from './helpers/gates';
import { launch, serve } from './helpers/browser';

let out: string;
let browser: Browser;

beforeAll(async () => {
  const r = build(contentWith('hostile', 'tests/fixtures/overlays'));
  expect(r.status, r.output).toBe(0);
  out = r.out;
  browser = await launch();
});
afterAll(async () => { await browser?.close(); });

test('the built pages contain no script, event handler or javascript: URL', () => {
  expect(unsafeMarkup(out)).toEqual([]);
});

test('the hostile text is shown as text', () => {
  // Parsed as a browser would: each hostile string is the text of the page, never an element.
  const $ = load(readFileSync(join(out, 'events/summit/index.html'), 'utf8'));
  expect($('h1').text()).toBe("<script>window.__pwned = 'title'</script> Summit");
  const text = $('article').text();
  expect(text).toContain("<script>window.__pwned = 'body'</script>");
  expect(text).toContain('<img src="x" onerror=');
  expect(text).toContain('[harmless-looking link](javascript:');
  expect(text).toContain("{window.__pwned = 'expression'}");
  expect($('article script, article img, article [onerror], article [onclick]').length).toBe(0);
});

test('in Chromium, nothing from the content runs (served without CSP, to test the markup itself)', async () => {
  // No _headers, so no CSP: only the markup stands between the content and the browser.
  rmSync(join(out, '_headers'));
  const site = await serve(out);
  const page = await (await browser.newContext()).newPage();
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  await page.goto(`${site.origin}/events/summit/`);
  await page.locator('main').click();
  const live = await page.evaluate(() => ({
    // JSON-LD is data, not code: only executable scripts count.
    scripts: [...document.scripts].filter((s) => s.type !== 'application/ld+json').length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
    jsLinks: [...document.querySelectorAll('a')].filter((a) => a.protocol === 'javascript:').length,
  }));
  expect(live).toEqual({ scripts: 0, handlers: [], jsLinks: 0 });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  expect(await page.locator('h1').innerText()).toContain("<script>window.__pwned = 'title'</script>");
  await site.close();
});
