// The fonts share cards are drawn with, named once: the worker loads them, the main thread
// hashes them into each card's cache key.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_FAMILY = 'Noto Sans';

/** Noto Sans's Latin, Latin Extended and Cyrillic subsets, regular and bold, from @fontsource (WOFF). */
export function fontFiles() {
  const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
  return ['latin', 'latin-ext', 'cyrillic'].flatMap((subset) => [400, 700].map((weight) => join(dir, `noto-sans-${subset}-${weight}-normal.woff`)));
}
