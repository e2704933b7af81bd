import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

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

/** Where the drawing happens (a plain module, loaded by path: Astro's bundle leaves it alone). */
const WORKER = join(process.cwd(), 'src/lib/shareCardWorker.mjs');
let fontHash: string | undefined;
/** The font files the worker draws with, hashed. */
function fontsKey(): string {
  if (fontHash) return fontHash;
  const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
  const hash = createHash('sha256');
  for (const subset of ['latin', 'latin-ext', 'cyrillic']) for (const weight of [400, 700]) hash.update(readFileSync(join(dir, `noto-sans-${subset}-${weight}-normal.woff`)));
  fontHash = hash.digest('hex');
  return fontHash;
}

const el = (type: string, style: Record<string, string | number>, children: unknown) => ({ type, props: { style, children } });

let engine: string | undefined;
/** What else shapes a card's pixels: the satori, resvg and sharp (libvips) versions and the font files. */
function engineKey(): string {
  if (engine) return engine;
  const require = createRequire(import.meta.url);
  const version = (pkg: string) => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  // sharp's package.json is not exported; its version pins the libvips build it ships.
  const sharp = (JSON.parse(readFileSync(join(dirname(require.resolve('sharp')), '..', 'package.json'), 'utf8')) as { version: string }).version;
  const hash = createHash('sha256').update(`satori@${version('satori')} @resvg/resvg-js@${version('@resvg/resvg-js')} sharp@${sharp} ${fontsKey()}`);
  hash.update(readFileSync(WORKER));
  engine = hash.digest('hex');
  return engine;
}

/**
 * Drawn cards are kept between builds in Astro's cache folder (ATLAS_CACHE_DIR, else
 * node_modules/.astro), named by a hash of all that shapes them: the layout tree with its text,
 * the render and PNG options, the fonts, the engines' versions. A card costs about 20 ms of CPU,
 * most of it off the main thread (see draw); with the folder kept between builds (a CI cache), a
 * rebuild draws only the cards of new or changed events. A fresh folder draws them all, byte for
 * byte the same. Delete the folder to drop cards that are no longer used.
 */
const cacheDir = () => join(process.env['ATLAS_CACHE_DIR'] ?? 'node_modules/.astro', 'share-cards');

/** The layout tree of a card, and the cache file its PNG goes to. */
function plan(card: ShareCard) {
  const { width, height } = SHARE_CARD;
  const titleSize = card.title.length > 70 ? 54 : card.title.length > 45 ? 62 : 72;
  const tree = el(
    'div',
    { width, height, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#fdfcf8', color: '#1d1f21', borderLeft: '24px solid #8a3b12', fontFamily: 'Noto Sans' },
    [
      el('div', { display: 'flex', fontSize: 28, fontWeight: 700, letterSpacing: 2, color: '#8a3b12', textTransform: 'uppercase' }, 'Central Asia Relations Atlas'),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { display: 'flex', fontSize: 30, color: '#54575c', marginBottom: 16 }, card.kicker),
        el('div', { display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, card.title),
        ...card.lines.map((line) => el('div', { display: 'flex', fontSize: 34, marginTop: 20, color: '#1d1f21' }, line)),
      ]),
      el('div', { display: 'flex', fontSize: 26, color: '#54575c' }, card.host),
    ],
  );
  const key = createHash('sha256').update(engineKey()).update(JSON.stringify([tree, width, height, RASTER, PNG])).digest('hex');
  return { key, tree, file: join(cacheDir(), `${key}.png`) };
}

const RASTER = { fitTo: { mode: 'width' as const, value: SHARE_CARD.width }, font: { loadSystemFonts: false } };
/** The card is opaque: RGB, and a quick zlib level (a card is ~40 KB either way). */
const PNG = { compressionLevel: 2, adaptiveFiltering: false } as const;

type Job = { tree: unknown; file: string; width: number; height: number; raster: typeof RASTER; png: typeof PNG };
let pool: { worker: Worker; busy: number }[] | undefined;
const waiting = new Map<number, { file: string; resolve: () => void; reject: (e: Error) => void }>();
let jobs = 0;
/**
 * Cards are drawn on worker threads (one per core but one, at least one): satori, resvg and
 * sharp cost ~20 ms a card, which the main thread spends rendering pages instead. A worker
 * holds the process open only while it has a card to draw.
 */
function drawOnWorker({ tree, file }: ReturnType<typeof plan>): Promise<void> {
  pool ??= Array.from({ length: Math.max(1, availableParallelism() - 1) }, () => {
    const worker = new Worker(WORKER);
    worker.unref();
    worker.on('message', ({ id, error }: { id: number; error?: string }) => {
      const slot = pool!.find((s) => s.worker === worker)!;
      if (--slot.busy === 0) worker.unref();
      const w = waiting.get(id)!;
      waiting.delete(id);
      if (error) w.reject(new Error(`share card ${w.file}: ${error}`));
      else w.resolve();
    });
    // A worker that dies takes the build down with it, rather than leaving cards undrawn.
    worker.on('error', (error) => {
      for (const w of waiting.values()) w.reject(error as Error);
      waiting.clear();
    });
    return { worker, busy: 0 };
  });
  const slot = pool.reduce((a, b) => (b.busy < a.busy ? b : a));
  const id = ++jobs;
  const job: Job = { tree, file, width: SHARE_CARD.width, height: SHARE_CARD.height, raster: RASTER, png: PNG };
  if (slot.busy++ === 0) slot.worker.ref();
  return new Promise((resolve, reject) => {
    waiting.set(id, { file, resolve, reject });
    slot.worker.postMessage({ id, job });
  });
}

/** Cards being drawn, by key. */
const drawing = new Map<string, Promise<void>>();
const drawOnce = (p: ReturnType<typeof plan>): Promise<void> => {
  let pending = drawing.get(p.key);
  if (!pending) {
    pending = drawOnWorker(p);
    drawing.set(p.key, pending);
  }
  return pending;
};

/**
 * A plain share card as PNG: the site name, a kicker, the title and a few lines, in the site's
 * light colours. Satori, resvg and sharp are pure functions of their input, so the PNG is
 * byte-identical from build to build.
 */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const p = plan(card);
  if (!existsSync(p.file)) await drawOnce(p);
  return readFileSync(p.file);
}

/**
 * Starts drawing these cards in the background, a few at a time, so that their rasterising
 * overlaps the rendering of the HTML pages (the image routes come after the event pages).
 * renderShareCard then finds them drawn, or waits for the one it needs.
 */
export function drawAhead(cards: ShareCard[], lanes = 4): void {
  let next = 0;
  const lane = async () => {
    while (next < cards.length) {
      const p = plan(cards[next++]!);
      if (!existsSync(p.file)) await drawOnce(p);
    }
  };
  // A failure stops drawing ahead; it surfaces where the card is used, which draws it again.
  for (let i = 0; i < lanes; i++) lane().catch(() => undefined);
}
