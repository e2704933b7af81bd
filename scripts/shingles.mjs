import { createHash } from 'node:crypto';

/** Every run of `n` consecutive words (case and punctuation ignored), keyed by a short hash. */
export function shingles(text, n = 8) {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Map();
  for (let i = 0; i + n <= words.length; i++) {
    const run = words.slice(i, i + n).join(' ');
    out.set(createHash('sha1').update(run).digest('hex').slice(0, 12), run);
  }
  return out;
}
