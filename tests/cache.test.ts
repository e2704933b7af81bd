/**
 * The build's cache folder (Astro's content store, event bodies' HTML, share cards) only ever
 * saves work: a rebuild with it shows the same pages as a cold build, picks up edits to entries an
 * event cites, and recovers when part of the folder has gone.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { load } from 'cheerio';
import { build } from './helpers/build';
import { contentWith } from './helpers/fixtures';

const page = (out: string) => load(readFileSync(join(out, 'events/summit/index.html'), 'utf8'));

test('a rebuild reuses the cache, shows an edited source entry, and survives a pruned cache folder', () => {
  const dir = contentWith();
  const first = build(dir);
  expect(first.status, first.output).toBe(0);
  const bodies = join(`${first.out}-cache`, 'event-bodies');
  expect(readdirSync(bodies).filter((f) => f.endsWith('.html'))).toHaveLength(1);
  expect(page(first.out)('#footnote-label + ol li').first().text()).toContain('Example Wire');

  // The event's file is unchanged, so its body HTML comes from the cache; the citation in its
  // footnote is filled in from the source entry at page build time, so the new outlet shows.
  const source = join(dir, 'sources/wire-2022.yaml');
  writeFileSync(source, readFileSync(source, 'utf8').replace(/^outlet: .*$/m, 'outlet: Renamed Wire Service'));
  const second = build(dir, { outDir: first.out });
  expect(second.status, second.output).toBe(0);
  const note = page(second.out)('#footnote-label + ol li').first();
  expect(note.text()).toContain('Renamed Wire Service');
  expect(note.find('a[href="#source-wire-2022"]').text()).toBe('Renamed Wire Service');

  // The body HTML deleted from the cache: the loader notices and renders the bodies again.
  rmSync(bodies, { recursive: true });
  const third = build(dir, { outDir: first.out });
  expect(third.status, third.output).toBe(0);
  expect(existsSync(bodies)).toBe(true);
  expect(page(third.out)('article').text()).toContain('The leaders met.');
});
