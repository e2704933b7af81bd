import { spawnSync } from 'node:child_process';

let cache: Map<string, string> | undefined;

/**
 * The date (YYYY-MM-DD, UTC) of the last commit that touched each file under content/ and
 * src/pages/, keyed by path relative to the repository's top level, from one `git log`.
 * Empty when git or the history is missing (e.g. a source tarball): pages then show no date.
 * Commit dates, not file times, so two builds of one commit agree byte for byte; a shallow
 * clone only knows its last commit, so its dates err late, never early.
 */
export function gitLastChanged(): Map<string, string> {
  if (cache) return cache;
  cache = new Map();
  const top = spawnSync('git', ['rev-parse', '--show-prefix'], { encoding: 'utf8' });
  if (top.status !== 0) return cache;
  // Paths from git are relative to the top level; make them relative to the project like Astro's filePath.
  const prefix = top.stdout.trim();
  const log = spawnSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', 'content', 'src/pages'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (log.status !== 0) return cache;
  let date = '';
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('\0')) date = new Date(line.slice(1)).toISOString().slice(0, 10);
    else if (line && date) {
      const path = prefix && line.startsWith(prefix) ? line.slice(prefix.length) : line;
      if (!cache.has(path)) cache.set(path, date); // newest first: keep the first date seen
    }
  }
  return cache;
}
