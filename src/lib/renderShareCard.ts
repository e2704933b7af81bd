import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';

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

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | undefined;
/** Noto Sans from the @fontsource package (WOFF: satori reads it, not WOFF2); no network. */
function loadFonts(): Font[] {
  if (fonts) return fonts;
  const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
  fonts = (['latin', 'latin-ext', 'cyrillic'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Noto Sans', weight, style: 'normal' as const,
      data: readFileSync(join(dir, `noto-sans-${subset}-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

const el = (type: string, style: Record<string, string | number>, children: unknown) => ({ type, props: { style, children } });

let engine: string | undefined;
/** What else shapes a card's pixels: the satori, resvg and sharp (libvips) versions and the font files. */
function engineKey(): string {
  if (engine) return engine;
  const require = createRequire(import.meta.url);
  const version = (pkg: string) => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  const hash = createHash('sha256').update(`satori@${version('satori')} @resvg/resvg-js@${version('@resvg/resvg-js')} sharp ${JSON.stringify(sharp.versions)}`);
  for (const font of loadFonts()) hash.update(`${font.weight}`).update(font.data);
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
const PNG = { compressionLevel: 4, adaptiveFiltering: false } as const;

/**
 * Satori lays the text out into SVG paths on this thread (~5 ms); resvg rasterises it and sharp
 * encodes the PNG on libuv's worker threads (~15 ms), so the build goes on meanwhile.
 */
async function draw({ tree, file }: ReturnType<typeof plan>): Promise<void> {
  const { width, height } = SHARE_CARD;
  // satori's types expect React elements; the plain object tree is what JSX would produce.
  const svg = await satori(tree as Parameters<typeof satori>[0], { width, height, fonts: loadFonts() });
  const image = await renderAsync(svg, RASTER);
  const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha().png(PNG).toBuffer();
  // Written whole, then renamed: a build that reads the folder meanwhile never sees half a card.
  mkdirSync(cacheDir(), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, png);
  renameSync(`${file}.${process.pid}.tmp`, file);
}

/** Cards being drawn, by key. */
const drawing = new Map<string, Promise<void>>();
const drawOnce = (p: ReturnType<typeof plan>): Promise<void> => {
  let pending = drawing.get(p.key);
  if (!pending) {
    pending = draw(p);
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
export function drawAhead(cards: ShareCard[], lanes = 3): void {
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
