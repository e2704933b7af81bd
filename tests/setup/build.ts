import { spawnSync } from 'node:child_process';

/** Build the real site (Astro + Pagefind) once, so every test reads the dist/ a user would get. */
export default function setup() {
  if (process.env['ATLAS_REUSE_DIST'] === '1') return;
  const r = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`npm run build failed (exit ${r.status}):\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  }
}
