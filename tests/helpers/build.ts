import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The real `astro build` (and optionally Pagefind) on a content folder, into its own output
 * and cache folders so it never touches dist/ or the real build cache.
 */
export function build(contentDir: string, { pagefind = false, outDir }: { pagefind?: boolean; outDir?: string } = {}) {
  const out = outDir ?? resolve(contentDir, '..', `${contentDir.split('/').pop()}-dist`);
  const env = {
    ...process.env,
    ATLAS_CONTENT_DIR: resolve(contentDir),
    ATLAS_CACHE_DIR: resolve(`${out}-cache`),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { encoding: 'utf8', env });
  let output = `${r.stdout}\n${r.stderr}`;
  let status = r.status;
  if (status === 0 && pagefind) {
    const p = spawnSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', out], { encoding: 'utf8', env });
    output += `\n${p.stdout}\n${p.stderr}`;
    status = p.status;
  }
  return { status, output, out };
}
