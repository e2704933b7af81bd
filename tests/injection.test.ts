/**
 * Content can't inject markup: a fixture event whose title, description, front matter and body
 * carry <script>, <img onerror> and javascript: links builds to pages where all of it is inert
 * text, and a real Chromium runs none of it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
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
  const html = readFileSync(join(out, 'events/summit/index.html'), 'utf8');
  expect(html).toContain('&lt;script&gt;window.__pwned = &#39;title&#39;&lt;/script&gt; Summit</h1>');
  expect(html).toContain('&lt;script&gt;window.__pwned = &#39;body&#39;&lt;/script&gt;');
  expect(html).toContain('&lt;img src=&quot;x&quot; onerror=');
  expect(html).toContain('[harmless-looking link](javascript:');
  expect(html).toContain('{window.__pwned = &#39;expression&#39;}');
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
