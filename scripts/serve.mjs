// Serves the built site from dist/ the way the static host will: the same _headers,
// directory URLs, 404.html for unknown paths, and text compressed (brotli or gzip, as the
// browser accepts) like any CDN does. Used by `npm start`, the tests and the benchmark.
import { createServer } from 'node:http';
import compression from 'compression';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { parseHeaders, headersFor } from './headers.mjs';

/** An http.Server (not yet listening) for a built site folder. */
export function createSiteServer(dist = 'dist') {
  const root = resolve(dist);
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root} has no index.html: run \`npm run build\` first.`);
  const rules = existsSync(`${root}/_headers`) ? parseHeaders(readFileSync(`${root}/_headers`, 'utf8')) : [];
  const notFound = existsSync(`${root}/404.html`) ? readFileSync(`${root}/404.html`) : Buffer.from('Not found');
  const files = sirv(root, { dev: false, etag: true, dotfiles: false });
  // Compresses by Content-Type: Pagefind's own files (application/octet-stream) are gzipped already.
  const compress = compression();
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
    compress(req, res, () =>
      files(req, res, () => {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(notFound);
      }),
    );
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  const host = process.env.HOST ?? '127.0.0.1';
  try {
    createSiteServer().listen(port, host, () => {
      console.log(`Central Asia Relations Atlas: http://localhost:${port}/ (serving dist/; Ctrl+C to stop)`);
    });
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
