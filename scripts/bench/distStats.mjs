// What a build produced: pages, bytes, bytes per page (HTML and the CSS and JS it loads),
// and the size of the Pagefind index.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, routeGroup } from './measure.mjs';

/** Every file under `root`, with its size. */
function files(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push({ path, rel: relative(root, path), bytes: statSync(path).size });
    }
  };
  walk(root);
  return out;
}

const gz = (buf) => gzipSync(buf, { level: 6 }).length;

/**
 * Sizes of a built site: total, Pagefind index (by kind of file), and for every HTML page its
 * HTML plus the stylesheets and scripts it loads (each counted in full: a first visit).
 * Medians over all pages and per kind of route, and the largest page.
 */
export function distStats(dist) {
  const root = resolve(dist);
  const all = files(root);
  const pagefind = all.filter((f) => f.rel.startsWith('pagefind/'));
  const site = all.filter((f) => !f.rel.startsWith('pagefind/'));
  const html = site.filter((f) => f.rel.endsWith('.html'));
  const assetCache = new Map();
  /** An asset linked from a page, with the modules it imports statically (JS). */
  const asset = (url) => {
    if (!url.startsWith('/') || url.startsWith('//')) return { bytes: 0, gzip: 0, imports: [] };
    if (assetCache.has(url)) return assetCache.get(url);
    let value = { bytes: 0, gzip: 0, imports: [] };
    try {
      const buf = readFileSync(join(root, url.split(/[?#]/)[0]));
      const text = url.endsWith('.js') ? buf.toString('utf8') : '';
      const imports = [...text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => resolve(dirname(url), m[1]).replace(/^\/?/, '/'));
      value = { bytes: buf.length, gzip: gz(buf), imports };
    } catch {
      // a link to something not in dist (the link checker reports those)
    }
    assetCache.set(url, value);
    return value;
  };
  const pages = html.map((f) => {
    const text = readFileSync(f.path, 'utf8');
    const css = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g), ...text.matchAll(/<link\b[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g)].map((m) => m[1]);
    const js = new Set([...text.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1]));
    for (const url of [...js]) for (const dep of asset(url).imports) js.add(dep);
    const sum = (urls, key) => [...new Set(urls)].reduce((a, u) => a + asset(u)[key], 0);
    const path = `/${f.rel.replace(/index\.html$/, '')}`;
    return {
      path,
      group: routeGroup(path),
      html: f.bytes,
      htmlGzip: gz(Buffer.from(text)),
      css: sum(css, 'bytes'),
      cssGzip: sum(css, 'gzip'),
      js: sum([...js], 'bytes'),
      jsGzip: sum([...js], 'gzip'),
    };
  });
  const summary = (list) => ({
    pages: list.length,
    html: median(list.map((p) => p.html)),
    css: median(list.map((p) => p.css)),
    js: median(list.map((p) => p.js)),
    total: median(list.map((p) => p.html + p.css + p.js)),
    totalGzip: median(list.map((p) => p.htmlGzip + p.cssGzip + p.jsGzip)),
    maxHtml: Math.max(...list.map((p) => p.html)),
  });
  const groups = {};
  for (const p of pages) (groups[p.group] ??= []).push(p);
  const largest = [...pages].sort((a, b) => b.html - a.html).slice(0, 5).map((p) => ({ path: p.path, html: p.html, htmlGzip: p.htmlGzip }));
  const kind = (re) => pagefind.filter((f) => re.test(f.rel)).reduce((a, f) => ({ files: a.files + 1, bytes: a.bytes + f.bytes }), { files: 0, bytes: 0 });
  const bytesOf = (list) => list.reduce((a, f) => a + f.bytes, 0);
  return {
    htmlPages: html.length,
    files: all.length,
    distBytes: bytesOf(all),
    siteBytes: bytesOf(site),
    ogImageBytes: bytesOf(site.filter((f) => f.rel.startsWith('og/'))),
    perPage: summary(pages),
    perGroup: Object.fromEntries(Object.entries(groups).sort().map(([g, list]) => [g, summary(list)])),
    largestPages: largest,
    pagefind: {
      bytes: bytesOf(pagefind),
      files: pagefind.length,
      fragments: kind(/pf_fragment$|fragment\//),
      index: kind(/pf_index$|index\//),
      filters: kind(/pf_filter$|filter\//),
      meta: kind(/pf_meta$/),
    },
  };
}
