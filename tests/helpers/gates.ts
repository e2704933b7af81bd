/**
 * The checks every built page must pass, written as functions over a built-site folder so the
 * same code runs on the real dist/ and on tests/fixtures/broken-site (which must fail them).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { htmlPages } from './dist';

export interface GateProblem { page: string; message: string }

const fileFor = (dist: string, urlPath: string) => {
  const p = join(dist, decodeURI(urlPath));
  if (urlPath.endsWith('/')) return join(p, 'index.html');
  return existsSync(p) && statSync(p).isDirectory() ? join(p, 'index.html') : p;
};

/** Broken internal links, missing #fragments, and links that open a new tab. */
export function checkLinks(dist: string): GateProblem[] {
  const problems: GateProblem[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      ids = new Set($('[id]').map((_, el) => $(el).attr('id')!).get());
      idsCache.set(file, ids);
    }
    return ids;
  };
  for (const page of htmlPages(dist)) {
    const $ = cheerio.load(readFileSync(fileFor(dist, page), 'utf8'));
    $('a[href], link[href], img[src], script[src], form[action], source[srcset]').each((_, el) => {
      const raw = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? '';
      if ($(el).attr('target') === '_blank' && !/\bnoopener\b/.test($(el).attr('rel') ?? '')) {
        problems.push({ page, message: `${raw} opens a new tab without rel="noopener"` });
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^https?:\/\/(127\.0\.0\.1|localhost)\b/.test(raw)) {
        if (/^javascript:/i.test(raw)) problems.push({ page, message: `javascript: URL ${raw}` });
        return; // external: not ours to check offline
      }
      const url = new URL(raw, `http://site${page}`);
      if (url.host !== 'site') return;
      const target = fileFor(dist, url.pathname);
      if (!existsSync(target)) {
        problems.push({ page, message: `broken link ${raw}` });
        return;
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(target).has(id)) problems.push({ page, message: `link ${raw}: no element with id "${id}"` });
      }
    });
  }
  return problems;
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<!DOCTYPE html>` and minifies; these two rules are about source style only.
    'doctype-style': 'off',
    'no-trailing-whitespace': 'off',
    // Descriptive event titles run past 70 characters; search engines truncate, readers don't.
    'long-title': 'off',
  },
});

/** html-validate errors on every page. */
export async function validateHtml(dist: string): Promise<GateProblem[]> {
  const problems: GateProblem[] = [];
  for (const page of htmlPages(dist)) {
    const report = await validator.validateString(readFileSync(fileFor(dist, page), 'utf8'), page);
    for (const r of report.results) for (const m of r.messages) problems.push({ page, message: `${m.ruleId}: ${m.message} (line ${m.line})` });
  }
  return problems;
}

/** Bytes a page ships: its HTML, its stylesheets and its scripts, raw and gzipped. */
export function pageWeight(dist: string, page: string) {
  const html = readFileSync(fileFor(dist, page));
  const $ = cheerio.load(html);
  const read = (href: string) => readFileSync(join(dist, href));
  const css = $('link[rel="stylesheet"]').map((_, el) => read($(el).attr('href')!)).get() as Buffer[];
  const js = $('script[src]').map((_, el) => read($(el).attr('src')!)).get() as Buffer[];
  // JSON-LD is data that browsers never execute (and the CSP allows): it is not JavaScript.
  const inlineJs = $('script:not([src]):not([type="application/ld+json"])').map((_, el) => Buffer.from($(el).text())).get() as Buffer[];
  const gz = (bufs: Buffer[]) => bufs.reduce((n, b) => n + gzipSync(b).length, 0);
  const raw = (bufs: Buffer[]) => bufs.reduce((n, b) => n + b.length, 0);
  return {
    stylesheets: css.length,
    htmlGzip: gz([html]),
    cssGzip: gz(css),
    jsBytes: raw(js) + raw(inlineJs),
    fontFaces: css.map(String).join('').match(/@font-face/g)?.length ?? 0,
    images: $('img').map((_, el) => ({ src: $(el).attr('src') ?? '', width: $(el).attr('width'), height: $(el).attr('height') })).get() as { src: string; width?: string; height?: string }[],
  };
}

/** Inline scripts, inline event handlers and javascript: URLs: what a CSP or sanitiser must stop. */
export function unsafeMarkup(dist: string): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const page of htmlPages(dist)) {
    const $ = cheerio.load(readFileSync(fileFor(dist, page), 'utf8'));
    $('script:not([src])').each((_, el) => { if ($(el).attr('type') !== 'application/ld+json') problems.push({ page, message: `inline <script>: ${$(el).text().slice(0, 60)}` }); });
    $('*').each((_, el) => {
      for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) {
        if (/^on/i.test(name)) problems.push({ page, message: `inline event handler ${name} on <${(el as { tagName: string }).tagName}>` });
      }
    });
    $('[href^="javascript:" i], [src^="javascript:" i]').each((_, el) => {
      problems.push({ page, message: `javascript: URL on <${(el as { tagName: string }).tagName}>` });
    });
  }
  return problems;
}
