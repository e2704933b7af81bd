/**
 * Before and after, without the noise of whole builds: loads src/content.ts on generated content
 * (Astro's collections replaced by the same entries, parsed with the real schemas) and times
 *  - its initialisation (the content check, the parse of every body, the indexes), and
 *  - the calls that pages make into it and into src/lib per page, for every page of a build
 *    (back-links, quotations, series points, pageUpdated ×3 and pageJsonLd on each page).
 * The calls made inside components (HeadMeta, events/[id].astro) are not in it.
 *
 *   ATLAS_BENCH_SIZES=1000,3000 ATLAS_BENCH_SRC=src,/path/to/old/src \
 *     npx vitest run --config scripts/bench/vitest.config.ts
 *
 * ATLAS_BENCH_SRC lists src/ folders to compare (an old one: `git worktree add` or
 * `git archive <commit> src | tar -x -C /tmp/old`). Prints a table; ATLAS_BENCH_JSON writes it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, vi } from 'vitest';
import { generateContent } from './generate.mjs';
import { loadContent } from '../../tests/helpers/loadContent';

const store = vi.hoisted(() => ({ collections: {} as Record<string, unknown[]> }));
vi.mock('astro:content', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getCollection: async (name: string) => store.collections[name] ?? [],
}));

type Entry = { id: string; data: Record<string, unknown> };
const sizes = (process.env['ATLAS_BENCH_SIZES'] ?? '1000').split(',').map(Number);
const srcs = (process.env['ATLAS_BENCH_SRC'] ?? 'src').split(',').map((s) => resolve(s));

test('content module: initialisation and per-page calls', { timeout: 3_600_000 }, async () => {
  const rows: { src: string; events: number; initMs: number; pagesMs: number; calls: number }[] = [];
  // Transform every module once, with no content, so that no src/ pays Vite's first-load cost.
  for (const src of srcs) {
    store.collections = {};
    vi.resetModules();
    await import(/* @vite-ignore */ `${src}/content.ts`);
    await import(/* @vite-ignore */ `${src}/lib/pageUpdated.ts`);
    await import(/* @vite-ignore */ `${src}/lib/pageJsonLd.ts`);
  }
  for (const events of sizes) {
    const work = mkdtempSync(join(tmpdir(), 'atlas-bench-module-'));
    try {
      const { dir } = generateContent({ events, dir: join(work, 'content') });
      const { snapshot, problems } = await loadContent(dir);
      expect(problems).toEqual([]);
      store.collections = snapshot as unknown as Record<string, unknown[]>;
      for (const src of srcs) {
        vi.resetModules();
        const t0 = performance.now();
        const c = (await import(/* @vite-ignore */ `${src}/content.ts`)) as Record<string, unknown> & Record<string, (id: string) => unknown>;
        const initMs = performance.now() - t0;
        const { pageUpdated } = (await import(/* @vite-ignore */ `${src}/lib/pageUpdated.ts`)) as { pageUpdated: (p: string) => unknown };
        const { pageJsonLd } = (await import(/* @vite-ignore */ `${src}/lib/pageJsonLd.ts`)) as { pageJsonLd: (p: string, s: URL, x: { title: string; description: string }) => unknown };
        const list = (name: string) => c[name] as unknown as Entry[];
        const site = new URL('https://atlas.example.org');
        let calls = 0;
        const call = (f: (id: string) => unknown, id: string) => {
          calls++;
          return f(id);
        };
        // Each page: the head and footer ask when it changed, the JSON-LD (which asks again), the cite box.
        const visit = (path: string) => {
          for (let i = 0; i < 3; i++) call(pageUpdated, path);
          calls++;
          pageJsonLd(path, site, { title: path, description: path });
        };
        const seriesIds = c['seriesIds'] as unknown as string[];
        const t1 = performance.now();
        for (const e of list('events')) {
          visit(`/events/${e.id}/`);
          for (const f of (e.data['figures'] as { series?: { id: string } }[]) ?? []) if (f.series && seriesIds.includes(f.series.id)) call(c['seriesPoints']!, f.series.id);
        }
        for (const p of list('people')) {
          call(c['eventsWithPerson']!, p.id);
          call(c['quotesBy']!, p.id);
          visit(`/people/${p.id}/`);
        }
        for (const x of list('countries')) {
          call(c['eventsWithCountry']!, x.id); // the page
          call(c['eventsWithCountry']!, x.id); // its feed
          for (const id of seriesIds) call(c['seriesPoints']!, id);
          visit(`/countries/${x.id}/`);
        }
        for (const o of list('organisations')) {
          call(c['eventsWithOrganisation']!, o.id);
          visit(`/organisations/${o.id}/`);
        }
        for (const s of list('sources')) call(c['eventsCiting']!, s.id);
        for (let n = 1; n <= Math.ceil(list('sources').length / 50); n++) visit(n === 1 ? '/sources/' : `/sources/page/${n}/`);
        for (let n = 1; n <= Math.ceil(list('events').length / 50); n++) visit(n === 1 ? '/events/' : `/events/page/${n}/`);
        for (const y of new Set(list('events').map((e) => String(e.data['start']).slice(0, 4)))) visit(`/timeline/${y}/`);
        // The index pages count every entity's events.
        for (const p of list('people')) call(c['eventsWithPerson']!, p.id);
        for (const x of list('countries')) call(c['eventsWithCountry']!, x.id);
        for (const o of list('organisations')) call(c['eventsWithOrganisation']!, o.id);
        const pagesMs = performance.now() - t1;
        rows.push({ src, events, initMs: Math.round(initMs), pagesMs: Math.round(pagesMs), calls });
        console.log(`${events} events, ${src}: init ${(initMs / 1000).toFixed(1)} s, per-page calls ${(pagesMs / 1000).toFixed(1)} s (${calls} calls)`);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  console.table(rows);
  if (process.env['ATLAS_BENCH_JSON']) writeFileSync(process.env['ATLAS_BENCH_JSON'], `${JSON.stringify(rows, null, 2)}\n`);
});
