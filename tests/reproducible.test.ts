/**
 * Two clean builds of the same commit (Astro + Pagefind, fresh caches) produce byte-identical
 * output, search index included.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { build } from './helpers/build';

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

test('two clean builds are byte-identical', () => {
  const [a, b] = ['tests/.tmp/repro-a', 'tests/.tmp/repro-b'].map((outDir) => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}-cache`, { recursive: true, force: true });
    const r = build('content', { pagefind: true, outDir: join(process.cwd(), outDir) });
    expect(r.status, r.output).toBe(0);
    return tree(outDir);
  });
  expect(Object.keys(a!).length).toBeGreaterThan(40);
  expect(Object.keys(a!).some((f) => f.startsWith('pagefind/'))).toBe(true);
  expect(b).toEqual(a);
});
