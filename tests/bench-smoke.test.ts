/**
 * Keeps `npm run bench` working without running it: the generator's content (30 events) passes
 * the schemas and the content check, and the benchmark's own build-and-measure path builds it
 * once with the real pipeline (Astro + Pagefind) and searches it in Chromium. The benchmark
 * itself (100 to 10,000 events) is a script, never part of `npm test`: see docs/performance.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateContent } from '../scripts/bench/generate.mjs';
import { BUILD_ROOT, buildOnce } from '../scripts/bench/run.mjs';
import { distStats } from '../scripts/bench/distStats.mjs';
import { searchTiming } from '../scripts/bench/searchTiming.mjs';
import { checkContent } from '../src/lib/checkContent';
import { renderShareCard } from '../src/lib/renderShareCard';
import { loadContent } from './helpers/loadContent';

// Content under the system's temporary folder, the build inside the project (see BUILD_ROOT).
const work = mkdtempSync(join(tmpdir(), 'atlas-bench-smoke-'));
mkdirSync(BUILD_ROOT, { recursive: true });
const buildDir = mkdtempSync(join(BUILD_ROOT, 'smoke-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
});

const EVENTS = 30;
const content = generateContent({ events: EVENTS, dir: join(work, 'content') });

/** A digest of every file in a content folder, to compare two generations. */
function digest(dir: string): string {
  const hash = createHash('sha256');
  for (const folder of readdirSync(dir).sort()) {
    for (const name of readdirSync(join(dir, folder)).sort()) hash.update(`${folder}/${name}\0`).update(readFileSync(join(dir, folder, name)));
  }
  return hash.digest('hex');
}

describe('the benchmark generator', () => {
  test('writes the real content plus generated entities of every kind', () => {
    expect(content.events).toBe(EVENTS);
    for (const kind of ['countries', 'cities', 'people', 'organisations', 'sources'] as const) {
      expect(readdirSync(join(content.dir, kind)).length, kind).toBeGreaterThan(readdirSync(join('content', kind)).length);
    }
  });

  test('its content passes the schemas and the content check', async () => {
    const { snapshot, problems } = await loadContent(content.dir);
    expect(problems).toEqual([]);
    expect(checkContent(snapshot)).toEqual([]);
  });

  test('its events look like the real ones: footnotes, quotations, tables, figures, tours', () => {
    const bodies = readdirSync(join(content.dir, 'events')).map((f) => readFileSync(join(content.dir, 'events', f), 'utf8'));
    expect(bodies.every((b) => /^## Source notes$/m.test(b))).toBe(true);
    expect(bodies.filter((b) => /^\[\^n1\]: <Source id="[^"]+" loc="[^"]+" \/>/m.test(b)).length).toBeGreaterThan(EVENTS / 2);
    expect(bodies.some((b) => /<Q by="[a-z-]+">/.test(b))).toBe(true);
    expect(bodies.some((b) => /^\| --- \| --- \| --- \|$/m.test(b))).toBe(true);
    expect(bodies.some((b) => /^figures: \[\{/m.test(b))).toBe(true);
    expect(bodies.some((b) => /^stops: /m.test(b))).toBe(true);
  });

  test('is deterministic: the same seed writes the same files', () => {
    const again = generateContent({ events: EVENTS, dir: join(work, 'again') });
    expect(digest(again.dir)).toBe(digest(content.dir));
  });
});

describe('the benchmark pipeline', () => {
  test('builds the generated content with Astro and Pagefind, measures it and searches it', async () => {
    const { result, out } = await buildOnce(content.dir, buildDir);
    expect(result.astro.routesBuilt).toBeGreaterThan(EVENTS * 2);
    expect(result.pagefindPages).toBeGreaterThan(EVENTS);
    expect(result.peakRss).toBeGreaterThan(50 * 1024 ** 2);
    expect(result.astro.routes['events/[id]']?.count).toBe(EVENTS);

    const stats = distStats(out);
    expect(stats.htmlPages).toBeGreaterThan(EVENTS);
    expect(stats.perPage.js).toBe(0); // content pages ship no JavaScript
    expect(stats.perPage.css).toBeGreaterThan(0);
    expect(stats.pagefind.fragments.files).toBe(result.pagefindPages);

    const search = await searchTiming(out, { repeat: 1 });
    expect(search.map((s) => s.query)).toEqual(['common word', 'entity name', 'filter only']);
    for (const s of search) {
      expect(s.results, s.query).toBeGreaterThan(0);
      expect(s.bytesToFirst, s.query).toBeGreaterThan(0);
      expect(s.msToFirst, s.query).toBeGreaterThan(0);
      expect(s.pageBytesToFirst, s.query).toBeGreaterThan(0);
      expect(s.pageBytesToFirst, s.query).toBeLessThanOrEqual(s.pageBytes);
    }
    expect(search[1]?.firstUrl).toBe('/people/kassym-jomart-tokayev/');
  }, 300_000);
});

describe('share cards are drawn once and kept between builds', () => {
  test('the same card comes back byte for byte from the cache; a changed one is drawn anew', async () => {
    const saved = process.env['ATLAS_CACHE_DIR'];
    process.env['ATLAS_CACHE_DIR'] = join(work, 'card-cache');
    try {
      const card = { kicker: 'Summit', title: 'A summit in Astana', lines: ['14 October 2022', 'Astana, Kazakhstan'], host: 'atlas.example.org' };
      const first = await renderShareCard(card);
      const cached = readdirSync(join(work, 'card-cache', 'share-cards'));
      expect(cached).toHaveLength(1);
      expect(cached[0]).toMatch(/^[0-9a-f]{64}\.png$/);
      expect(readFileSync(join(work, 'card-cache', 'share-cards', cached[0]!)).equals(first)).toBe(true);
      expect((await renderShareCard(card)).equals(first)).toBe(true);
      const other = await renderShareCard({ ...card, title: 'Another summit in Astana' });
      expect(other.equals(first)).toBe(false);
      expect(readdirSync(join(work, 'card-cache', 'share-cards'))).toHaveLength(2);
      expect(existsSync(join(work, 'card-cache', 'share-cards', `${cached[0]}.${process.pid}.tmp`))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env['ATLAS_CACHE_DIR'];
      else process.env['ATLAS_CACHE_DIR'] = saved;
    }
  });
});
