/**
 * URLs never change once published: every URL in tests/fixtures/published-urls.txt, and every
 * entry page that git history shows was ever published, still resolves in dist/, directly or
 * through a rule in public/_redirects (the static host's format) whose target exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlPages } from './helpers/dist';

const DIST = 'dist';
const manifest = readFileSync('tests/fixtures/published-urls.txt', 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const published = manifest.filter((l) => !l.startsWith('- '));
const neverPublished = new Set(manifest.filter((l) => l.startsWith('- ')).map((l) => l.slice(2)));

/** `from to [status]` lines of a _redirects file; `*` and placeholders are not used by the Atlas. */
function parseRedirects(text: string) {
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => {
    const [from = '', to = '', status = '301'] = l.split(/\s+/);
    return { from, to, status: Number(status) };
  });
}
const redirects = parseRedirects(readFileSync('public/_redirects', 'utf8'));

const exists = (path: string) => {
  const p = join(DIST, decodeURI(path));
  return path.endsWith('/') ? existsSync(join(p, 'index.html')) : existsSync(p) && statSync(p).isFile();
};
/** Where a URL ends up: itself if it exists, else through at most five redirects. */
function resolve(path: string): string | undefined {
  let p = path;
  for (let hops = 0; hops <= 5; hops++) {
    if (exists(p)) return p;
    const rule = redirects.find((r) => r.from === p);
    if (!rule) return undefined;
    p = rule.to;
  }
  return undefined;
}

describe('_redirects', () => {
  test('is copied to dist/ and every rule is a permanent redirect to a page that exists', () => {
    expect(readFileSync(join(DIST, '_redirects'), 'utf8')).toBe(readFileSync('public/_redirects', 'utf8'));
    expect(redirects.length).toBeGreaterThan(0);
    for (const r of redirects) {
      expect([301, 308], r.from).toContain(r.status);
      expect(r.from.startsWith('/') && r.to.startsWith('/'), `${r.from} ${r.to}`).toBe(true);
      expect(exists(r.from), `${r.from} is a real page: the redirect would hide it`).toBe(false);
      expect(resolve(r.from), `${r.from} → ${r.to} leads nowhere`).toBeDefined();
    }
  });

  test('the parser reads the format, and resolve() follows a chain and rejects a dead end', () => {
    expect(parseRedirects('# c\n/a /b 301\n\n/c  /d\n')).toEqual([{ from: '/a', to: '/b', status: 301 }, { from: '/c', to: '/d', status: 301 }]);
    expect(resolve('/events/')).toBe('/events/');
    expect(resolve('/sitemap.xml')).toBe('/sitemap-index.xml');
    expect(resolve('/no/such/page/')).toBeUndefined();
  });
});

describe('every published URL still resolves', () => {
  test.each(published)('%s', (url) => {
    expect(resolve(url), `${url} was published and must keep working: restore it or add a line to public/_redirects`).toBeDefined();
  });
});

test('every entry page built now is on the published list (add new pages to tests/fixtures/published-urls.txt)', () => {
  const entries = htmlPages().filter((p) => /^\/(events|countries|organisations|people)\/[^/]+\/$/.test(p));
  expect(entries.length).toBeGreaterThan(20);
  expect(entries.filter((p) => !published.includes(p))).toEqual([]);
});

test('every entry ever committed to content/ still has a working URL (when git history is there)', () => {
  const log = spawnSync('git', ['log', '--format=', '--name-only', '--diff-filter=A', '--', 'content/events', 'content/countries', 'content/organisations', 'content/people'], { encoding: 'utf8' });
  if (log.status !== 0) return; // no git (a source tarball): the manifest above still holds
  const urls = [...new Set(log.stdout.split('\n').filter(Boolean).map((f) => f.replace(/^content\/([^/]+)\/(.+)\.(mdx|yaml)$/, '/$1/$2/')))];
  for (const url of urls.filter((u) => !neverPublished.has(u))) expect(resolve(url), `${url} was published (git history) and no longer resolves`).toBeDefined();
});
