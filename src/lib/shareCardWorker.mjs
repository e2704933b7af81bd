// Draws share cards, on a worker thread (see renderShareCard.ts) so that the build's main thread
// goes on rendering pages. Plain JavaScript: Node loads it as it is, outside Astro's bundle.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort, threadId } from 'node:worker_threads';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
/** Noto Sans from the @fontsource package (WOFF: satori reads it, not WOFF2); no network. */
export const fonts = ['latin', 'latin-ext', 'cyrillic'].flatMap((subset) =>
  [400, 700].map((weight) => ({ name: 'Noto Sans', weight, style: 'normal', data: readFileSync(join(dir, `noto-sans-${subset}-${weight}-normal.woff`)) })),
);

/** Satori lays the text out into SVG paths, resvg rasterises them, sharp encodes the PNG. */
export async function drawCard({ tree, file, width, height, raster, png }) {
  const svg = await satori(tree, { width, height, fonts });
  const image = new Resvg(svg, raster).render();
  const out = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha().png(png).toBuffer();
  // Written whole, then renamed: a build that reads the folder meanwhile never sees half a card.
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, file);
}

parentPort?.on('message', async ({ id, job }) => {
  try {
    await drawCard(job);
    parentPort.postMessage({ id });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
  }
});
