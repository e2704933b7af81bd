/**
 * Gates every built page must pass, checked on the real dist/ without a browser: links,
 * valid HTML, no executable markup, byte budgets, security headers. The same checkers are
 * run on tests/fixtures/broken-site, which must fail them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { checkLinks, pageWeight, unsafeMarkup, validateHtml } from './helpers/gates';
import { htmlPages } from './helpers/dist';
import { serve } from './helpers/browser';

const pages = htmlPages();
const BROKEN = 'tests/fixtures/broken-site';

test('dist has the pages a reader needs', () => {
  for (const p of ['/', '/events/', '/countries/', '/organisations/', '/people/', '/sources/', '/search/', '/404.html']) expect(pages).toContain(p);
});

test('no broken internal link, no #fragment without its id, no new-tab link without noopener', () => {
  expect(checkLinks('dist')).toEqual([]);
});

test('every page is valid HTML (html-validate, recommended rules)', async () => {
  expect(await validateHtml('dist')).toEqual([]);
});

test('no inline script, inline event handler or javascript: URL on any page', () => {
  expect(unsafeMarkup('dist')).toEqual([]);
});

describe('byte budgets', () => {
  test.each(pages.filter((p) => !p.startsWith('/search/')))('%s ships 0 bytes of JavaScript', (p) => {
    expect(pageWeight('dist', p).jsBytes).toBe(0);
  });

  test.each(pages.filter((p) => /^\/($|events\/|countries\/|organisations\/|people\/)/.test(p)))(
    '%s: one stylesheet, no web fonts, HTML + CSS within 30 KB gzip',
    (p) => {
      const w = pageWeight('dist', p);
      expect(w.stylesheets).toBe(1);
      expect(w.fontFaces).toBe(0);
      expect(w.htmlGzip + w.cssGzip).toBeLessThanOrEqual(30 * 1024);
    },
  );

  test('images declare width and height and use a modern format', () => {
    for (const p of pages) {
      for (const img of pageWeight('dist', p).images) {
        expect(img.width && img.height, `${p} ${img.src}`).toBeTruthy();
        expect(img.src, p).toMatch(/\.(svg|webp|avif)$|^data:image\/(svg|webp|avif)/);
      }
    }
  });
});

describe('security headers', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  const csp = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';

  test('_headers sets a CSP whose script-src allows no inline script or eval', () => {
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
  });

  test('_headers sets the other security headers and immutable caching for hashed assets', () => {
    for (const h of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:', 'Strict-Transport-Security: max-age=']) {
      expect(headers).toContain(h);
    }
    expect(headers).toMatch(/\/_astro\/\*\s+Cache-Control: public, max-age=31536000, immutable/);
  });

  test('the local preview server sends the same headers, and a 404 page for unknown paths', async () => {
    const site = await serve();
    try {
      const page = await fetch(`${site.origin}/events/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(csp);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const css = readFileSync('dist/index.html', 'utf8').match(/href="(\/_astro\/[^"]+\.css)"/)?.[1];
      const asset = await fetch(`${site.origin}${css}`);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const missing = await fetch(`${site.origin}/no/such/page/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('Page not found');
    } finally {
      await site.close();
    }
  });

  test('the preview server compresses text as the browser accepts, and leaves Pagefind\'s gzipped files alone', async () => {
    const site = await serve();
    const get = (path: string, encoding: string) =>
      new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((ok, fail) => {
        request(`${site.origin}${path}`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) })).on('error', fail);
        }).on('error', fail).end();
      });
    try {
      const html = readFileSync('dist/events/index.html');
      const br = await get('/events/', 'br, gzip');
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.body).equals(html)).toBe(true);
      expect(br.body.length).toBeLessThan(html.length / 3);
      const gz = await get('/events/', 'gzip');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).equals(html)).toBe(true);
      const plain = await get('/events/', 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(html)).toBe(true);
      const meta = readdirSync('dist/pagefind').find((f) => f.endsWith('.pf_meta'))!;
      const index = await get(`/pagefind/${meta}`, 'br, gzip');
      expect(index.headers['content-encoding']).toBeUndefined();
      expect(index.body.equals(readFileSync(`dist/pagefind/${meta}`))).toBe(true);
    } finally {
      await site.close();
    }
  });
});

describe('the checkers catch a page broken on purpose', () => {
  test('checkLinks finds the broken link and the missing fragment', () => {
    const messages = checkLinks(BROKEN).map((p) => p.message);
    expect(messages).toContain('broken link /nowhere/');
    expect(messages).toContain('link /other/#no-such-id: no element with id "no-such-id"');
    expect(messages).toHaveLength(2);
  });

  test('validateHtml finds the image without alt', async () => {
    const messages = (await validateHtml(BROKEN)).map((p) => p.message);
    expect(messages.some((m) => m.startsWith('wcag/h37'))).toBe(true);
  });

  test('unsafeMarkup finds the inline script', () => {
    expect(unsafeMarkup(BROKEN).map((p) => p.message)).toEqual([expect.stringContaining('inline <script>')]);
  });

  test('pageWeight counts its inline script and its image without size or modern format', () => {
    const w = pageWeight(BROKEN, '/');
    expect(w.jsBytes).toBeGreaterThan(0);
    expect(w.images).toEqual([{ src: '/map.png', width: undefined, height: undefined }]);
  });
});
