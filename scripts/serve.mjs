// Serves the built site from dist/ the way the static host will: the same _headers,
// directory URLs, and dist/404.html for unknown paths.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { parseHeaders, headersFor } from './headers.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(`${dist}index.html`)) {
  console.error('dist/ has no index.html: run `npm run build` first.');
  process.exit(1);
}
const rules = existsSync(`${dist}_headers`) ? parseHeaders(readFileSync(`${dist}_headers`, 'utf8')) : [];
const notFound = existsSync(`${dist}404.html`) ? readFileSync(`${dist}404.html`) : Buffer.from('Not found');
const files = sirv(dist, { dev: false, etag: true, dotfiles: false });

export const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
  files(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFound);
  });
});

server.listen(port, host, () => {
  console.log(`Central Asia Relations Atlas: http://localhost:${port}/ (serving dist/; Ctrl+C to stop)`);
});
