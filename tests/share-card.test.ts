/**
 * Share cards: the PNG writer (read back with Node's zlib, independently of the writer's own
 * code path) and the layout's limits (a title too long for the card stops above the foot).
 */
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { drawPixels, encodePng } from '../src/lib/drawShareCard.mjs';
import { LAYOUT } from '../src/lib/renderShareCard';

/** The chunks of a PNG file, each with its CRC checked. */
function chunks(png: Buffer) {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    out.push({ type, data });
    at += length + 12;
  }
  return out;
}

describe('encodePng', () => {
  test('writes RGBA rows that inflate back to the same pixels', () => {
    const width = 7;
    const height = 5;
    const pixels = Buffer.from(Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256));
    const parts = chunks(encodePng(pixels, width, height, { level: 2 }));
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = parts[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ...ihdr.subarray(8)]).toEqual([width, height, 8, 6, 0, 0, 0]);
    const rows = inflateSync(parts[1]!.data);
    expect(rows.length).toBe(height * (width * 4 + 1));
    for (let y = 0; y < height; y++) {
      const row = rows.subarray(y * (width * 4 + 1), (y + 1) * (width * 4 + 1));
      expect(row[0], `filter byte of row ${y}`).toBe(0);
      expect(row.subarray(1).equals(pixels.subarray(y * width * 4, (y + 1) * width * 4))).toBe(true);
    }
  });
});

describe('drawPixels', () => {
  const background = [0xfd, 0xfc, 0xf8, 0xff];
  const draw = (title: string) => drawPixels({ card: { kicker: 'Summit', title, lines: ['9 October 2025', 'Dushanbe, Tajikistan'], host: 'atlas.example.org' }, layout: LAYOUT });
  /** Whether every pixel of rows [from, to), right of the accent rule, is the background. */
  const blank = ({ pixels, width }: { pixels: Uint8Array; width: number }, from: number, to: number) => {
    for (let y = from; y < to; y++) {
      for (let x = LAYOUT.rule; x < width; x++) {
        const i = (y * width + x) * 4;
        if (pixels[i] !== background[0] || pixels[i + 1] !== background[1] || pixels[i + 2] !== background[2]) return false;
      }
    }
    return true;
  };
  // The band between the centred block and the host line at the foot.
  const hostTop = LAYOUT.height - LAYOUT.padY - Math.round(LAYOUT.host.size * LAYOUT.lineHeight);

  test('draws the text (not a blank card), the same pixels every time', () => {
    const a = draw('Second Central Asia–Russia summit, Dushanbe');
    expect(a.width * a.height * 4).toBe(a.pixels.length);
    expect(blank(a, 150, 450)).toBe(false);
    expect(Buffer.from(draw('Second Central Asia–Russia summit, Dushanbe').pixels).equals(Buffer.from(a.pixels))).toBe(true);
  });

  test('a title too long for the card is cut, and stays clear of the foot', () => {
    const long = draw(`${'A very long title about the Middle Corridor, '.repeat(12)}end`);
    expect(blank(long, hostTop - LAYOUT.minGap, hostTop)).toBe(true);
    // The same card with a short title leaves the middle band empty where the long one fills it.
    expect(blank(long, 200, 260)).toBe(false);
  });
});
