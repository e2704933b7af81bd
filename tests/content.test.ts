/**
 * Invariants over the real content in content/: what the build enforces, asserted directly,
 * plus editorial rules (length of the summary, no copied sentences).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent, readFootnotes } from '../src/lib/checkContent';
import { shingles } from '../scripts/shingles.mjs';
import { loadContent } from './helpers/loadContent';

const { snapshot, problems } = await loadContent('content');
const REQUIRED = [
  '2004-russia-joins-caco',
  '2017-putin-central-asia-tour',
  '2022-astana-central-asia-russia-summit',
  '2023-blinken-c5-plus-1-astana',
  '2025-dushanbe-russia-central-asia-summit',
];
const seedShingles = JSON.parse(readFileSync('tests/fixtures/seed-shingles.json', 'utf8')) as Record<string, string[]>;

test('every entry matches its schema', () => {
  expect(problems).toEqual([]);
});

test('every reference resolves, every footnote resolves and cites a listed source', () => {
  expect(checkContent(snapshot)).toEqual([]);
});

test('the five seed events exist', () => {
  expect(snapshot.events.map((e) => e.id)).toEqual(expect.arrayContaining(REQUIRED));
});

/** The summary: the body before "Source notes", without footnote definitions, headings or markup. */
function summaryOf(body: string): string {
  return (body.split(/^## Source notes/m)[0] ?? '')
    .replace(/^\[\^[^\]]+\]:.*$/gm, '')
    .replace(/^#+ .*$/gm, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/<[^>]+>/g, '');
}

describe.each(snapshot.events.map((e) => [e.id, e] as const))('event %s', (id, event) => {
  const data = event.data as {
    description: string;
    sources: unknown[];
    figures: { source: { id: string } }[];
  };

  test('has at least one source, and every key figure names one', () => {
    expect(data.sources.length).toBeGreaterThan(0);
    for (const f of data.figures) expect(f.source.id).toMatch(/\S/);
  });

  test('has a one-sentence description within 160 characters', () => {
    expect(data.description.trim().length).toBeGreaterThan(20);
    expect(data.description.length).toBeLessThanOrEqual(160);
    expect(data.description.replace(/\b(U\.S|Mr|Dr|St|No)\./g, '').match(/[.!?](\s|$)/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  test('every footnote reference is defined and every definition used', () => {
    const notes = readFootnotes(event.body ?? '');
    expect([...notes.undefinedRefs]).toEqual([]);
    expect([...notes.defined.keys()].filter((k) => !notes.referenced.has(k))).toEqual([]);
    expect(notes.defined.size).toBeGreaterThan(5);
  });

  if (REQUIRED.includes(id)) {
    test('has a summary of 400–900 words', () => {
      const words = summaryOf(event.body ?? '').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
      expect(words.length).toBeGreaterThanOrEqual(400);
      expect(words.length).toBeLessThanOrEqual(900);
    });

    test('copies no run of eight words from its seed, outside quotation marks', () => {
      const ours = (event.body ?? '').replace(/^\[\^[^\]]+\]:.*$/gm, '').replace(/[“"][^”"]*[”"]/g, ' ');
      const seed = new Set(seedShingles[id]);
      expect(seed.size).toBeGreaterThan(50);
      const copied = [...shingles(ours)].filter(([h]) => seed.has(h)).map(([, run]) => run);
      expect(copied).toEqual([]);
    });
  }
});
