// Draws share cards, on a build worker (src/lib/buildWorker.mjs, see renderShareCard.ts).
// Plain JavaScript: Node loads it as it is, outside Astro's bundle.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { FONT_FAMILY, fontFiles } from './shareCardFonts.mjs';

/** Noto Sans from the @fontsource package, its Latin, Latin Extended and Cyrillic files under one name; no network. */
let fontsLoaded = false;
function loadFonts() {
  if (fontsLoaded) return;
  for (const file of fontFiles()) {
    if (!GlobalFonts.register(readFileSync(file), FONT_FAMILY)) throw new Error(`share cards: could not load the font ${file}`);
  }
  fontsLoaded = true;
}

/**
 * One canvas per thread, redrawn for each card: a canvas's pixels live outside the JavaScript
 * heap, where the garbage collector doesn't see them pile up (a new canvas a card grew a
 * 3,000-card build to 8 GB).
 */
let shared;
function context(width, height) {
  if (shared?.width !== width || shared?.height !== height) shared = { width, height, ctx: createCanvas(width, height).getContext('2d') };
  return shared.ctx;
}

const font = (weight, size) => `${weight} ${size}px "${FONT_FAMILY}"`;

/** Splits text into lines no wider than `width`, at spaces (a word wider than a line stands alone). */
function wrap(ctx, text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Keeps the first `max` lines, the last ending in an ellipsis where text was cut. */
function clamp(ctx, lines, max, width) {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1]}…`;
  while (ctx.measureText(last).width > width && last.includes(' ')) last = `${last.slice(0, last.lastIndexOf(' '))}…`;
  kept[max - 1] = last;
  return kept;
}

/**
 * The card: the site's name at the top, the host at the foot, and between them, centred, the
 * kicker, the title (up to as many lines as fit) and the lines under it. Skia lays the text out
 * and draws it (shaping, glyph cache); encodePng writes the PNG.
 */
export function drawPixels({ card, layout: L }) {
  loadFonts();
  const ctx = context(L.width, L.height);
  ctx.reset();
  ctx.fillStyle = L.background;
  ctx.fillRect(0, 0, L.width, L.height);
  ctx.fillStyle = L.accent;
  ctx.fillRect(0, 0, L.rule, L.height);
  ctx.textBaseline = 'top';
  const x = L.rule + L.padX;
  const width = L.width - x - L.padX;
  const lineBox = (size, lineHeight = L.lineHeight) => Math.round(size * lineHeight);

  ctx.fillStyle = L.accent;
  ctx.font = font(700, L.brand.size);
  ctx.letterSpacing = `${L.brand.spacing}px`;
  ctx.fillText(L.brand.text.toUpperCase(), x, L.padY);
  ctx.letterSpacing = '0px';
  const top = L.padY + lineBox(L.brand.size);
  const bottom = L.height - L.padY - lineBox(L.host.size);

  const title = card.title.length > 70 ? L.title.sizes[2] : card.title.length > 45 ? L.title.sizes[1] : L.title.sizes[0];
  const titleLine = lineBox(title, L.title.lineHeight);
  ctx.font = font(400, L.lines.size);
  const lines = card.lines.flatMap((line) => clamp(ctx, wrap(ctx, line, width), 1, width));
  const around = lineBox(L.kicker.size) + L.kicker.gap + lines.length * (L.lines.gap + lineBox(L.lines.size));
  ctx.font = font(700, title);
  const room = Math.max(1, Math.floor((bottom - top - 2 * L.minGap - around) / titleLine));
  const titleLines = clamp(ctx, wrap(ctx, card.title, width), room, width);
  const block = around + titleLines.length * titleLine;
  let y = Math.round(top + (bottom - top - block) / 2);

  ctx.fillStyle = L.muted;
  ctx.font = font(400, L.kicker.size);
  ctx.fillText(card.kicker, x, y);
  y += lineBox(L.kicker.size) + L.kicker.gap;
  ctx.fillStyle = L.ink;
  ctx.font = font(700, title);
  // Skia puts a line's top at the font's ascent; half the extra line height goes above it, as in CSS.
  for (const line of titleLines) {
    ctx.fillText(line, x, y + (titleLine - lineBox(title)) / 2);
    y += titleLine;
  }
  ctx.font = font(400, L.lines.size);
  for (const line of lines) {
    y += L.lines.gap;
    ctx.fillText(line, x, y);
    y += lineBox(L.lines.size);
  }
  ctx.fillStyle = L.muted;
  ctx.font = font(400, L.host.size);
  ctx.fillText(card.host, x, bottom);
  return { pixels: ctx.canvas.data(), width: L.width, height: L.height };
}

/**
 * The pixels as a PNG: RGBA, every row unfiltered, one quick zlib pass (a card is mostly flat
 * colour: ~60 KB). Written here, on this thread, with Node's zlib: Skia's own encoder spends
 * ~50 ms a card on filters and a high zlib level, and a library that encodes on libuv's shared
 * thread pool waits there behind the build's file writes.
 */
/** The rows of the last card, reused (3 MB of fresh memory a card is slow to come by). */
let rows;
export function encodePng(pixels, width, height, { level }) {
  const stride = width * 4 + 1;
  // Each row is its filter byte (0, none) and its pixels; the buffer is kept for the next card.
  if (rows?.length !== stride * height) rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), y * stride + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits a channel, RGBA, deflate, no filters, not interlaced
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level })), chunk('IEND', Buffer.alloc(0))]);
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
function chunk(type, data) {
  const out = Buffer.alloc(data.length + 12);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, data.length + 8)), data.length + 8);
  return out;
}

export function drawCard({ card, layout, file, png }) {
  const { pixels, width, height } = drawPixels({ card, layout });
  const out = encodePng(pixels, width, height, png);
  // Written whole, then renamed: a build that reads the folder meanwhile never sees half a card.
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    writeFileSync(tmp, out);
  } catch (error) {
    if (error?.code !== 'ENOENT') throw error;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, out);
  }
  renameSync(tmp, file);
}
