import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { drawCard } from './drawShareCard.mjs';
import { fontFiles } from './shareCardFonts.mjs';
import { SITE_NAME } from './siteInfo';
import { runOnWorker, settle, type Pending } from './workerPool';

/** Size of every share image (Open Graph's recommended 1.91:1). */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

export interface ShareCard {
  /** Small line above the title, e.g. "Summit". */
  kicker: string;
  title: string;
  /** Lines under the title, e.g. the date and the place. */
  lines: string[];
  /** The site's host, printed at the foot. */
  host: string;
}

/** The drawing code (plain JavaScript, run on the build workers), hashed into each card's key. */
const DRAWING = join(process.cwd(), 'src/lib/drawShareCard.mjs');

/** Sizes (px) and colours of a card: the site's light palette; read by the worker's drawing code. */
export const LAYOUT = {
  ...SHARE_CARD,
  background: '#fdfcf8',
  ink: '#1d1f21',
  muted: '#54575c',
  accent: '#8a3b12',
  /** The accent rule down the left edge, and the padding inside it. */
  rule: 24,
  padX: 72,
  padY: 64,
  /** CSS's `line-height: normal` for Noto Sans (its ascent + descent). */
  lineHeight: 1.362,
  /** Least space between the centred block and the site name or host. */
  minGap: 24,
  brand: { text: SITE_NAME, size: 28, spacing: 2 },
  kicker: { size: 30, gap: 16 },
  /** Title size by length: up to 45 characters, up to 70, longer. */
  title: { sizes: [72, 62, 54], lineHeight: 1.15 },
  lines: { size: 34, gap: 20 },
  host: { size: 26 },
} as const;

let engine: string | undefined;
/**
 * What else shapes a card's bytes: the drawing code, the canvas library's version (it pins the
 * Skia build it ships), Node's zlib, the font files.
 */
function engineKey(): string {
  if (engine) return engine;
  const require = createRequire(import.meta.url);
  const canvas = (JSON.parse(readFileSync(require.resolve('@napi-rs/canvas/package.json'), 'utf8')) as { version: string }).version;
  const hash = createHash('sha256').update(`@napi-rs/canvas@${canvas} zlib@${process.versions.zlib}`);
  for (const file of [DRAWING, ...fontFiles()]) hash.update(readFileSync(file));
  engine = hash.digest('hex');
  return engine;
}

/**
 * Drawn cards are kept between builds in Astro's cache folder (ATLAS_CACHE_DIR, else
 * node_modules/.astro), named by a hash of all that shapes them: the card's text, the layout,
 * the PNG options, the fonts, the drawing code and the engines' versions. A card costs 5–10 ms
 * of CPU, on a build worker (workerPool.ts); with the folder kept between builds (a CI cache),
 * a rebuild draws only the cards of new or changed events. A fresh folder draws them all, byte
 * for byte the same. Delete the folder to drop cards that are no longer used.
 */
const cacheDir = () => join(process.env['ATLAS_CACHE_DIR'] ?? 'node_modules/.astro', 'share-cards');

/** The job that draws a card, and the cache file its PNG goes to. */
function plan(card: ShareCard) {
  const key = createHash('sha256').update(engineKey()).update(JSON.stringify([card, LAYOUT, PNG])).digest('hex');
  const file = join(cacheDir(), `${key}.png`);
  return { key, file, job: { card, layout: LAYOUT, file, png: PNG } };
}

/** A quick zlib level: a card is ~60 KB at level 2, ~55 KB at level 6 for twice the time. */
const PNG = { level: 2 } as const;

/** Cards asked ahead, by key: being drawn or waiting to be. */
const drawing = new Map<string, Pending<void>>();

/**
 * A plain share card as PNG: the site name, a kicker, the title and a few lines, in the site's
 * light colours. Drawn on a build worker (workerPool.ts): Skia and zlib are pure functions of
 * their input, so the PNG is byte-identical from build to build.
 */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const p = plan(card);
  if (!existsSync(p.file)) {
    const pending = drawing.get(p.key);
    if (pending) await settle(pending);
    else drawCard(p.job);
  }
  return readFileSync(p.file);
}

/**
 * Queues these cards to be drawn on the build workers after the citations, so that their
 * drawing overlaps the rendering of the HTML pages (the image routes come after the event
 * pages). renderShareCard then finds them drawn, or waits for its own, moved to the front.
 */
export function drawAhead(cards: ShareCard[]): void {
  for (const card of cards) {
    const p = plan(card);
    if (existsSync(p.file) || drawing.has(p.key)) continue;
    drawing.set(p.key, runOnWorker('card', p.job, `share card ${p.file}`, 'later'));
  }
}
