// Running one build step and measuring it: wall time, the peak memory of its whole process
// tree (sampled from /proc, and the largest single process from /usr/bin/time -v when present),
// and Astro's own per-page timings, grouped by route.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';

const PAGE = 4096;
const TIME = '/usr/bin/time';

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Astro's phases, as its log announces them: name → the line that starts it. */
export const ASTRO_PHASES = [
  ['content sync', /\[content\] Syncing content/],
  ['build info', /Collecting build info/],
  ['vite bundle', /Building static entrypoints/],
  ['render routes', /generating static routes/],
  ['sitemap and finish', /\[@astrojs\/sitemap\]/],
];

/**
 * Runs `command args` with `env`, its output appended to `logFile`. Resolves with the exit code,
 * the wall time (ms), the peak RSS of the process tree (sampled every `sampleMs`), where
 * /usr/bin/time exists the largest single process's peak RSS, and for each of `phases` (lines
 * of output that start a phase) when it started and the peak RSS while it ran.
 */
export function run(command, args, { env, logFile, sampleMs = 200, cwd = process.cwd(), phases = [] }) {
  return new Promise((done, fail) => {
    const timeFile = `${logFile}.time`;
    const timed = existsSync(TIME);
    const log = createWriteStream(logFile, { flags: 'a' });
    const started = performance.now();
    const child = timed
      ? spawn(TIME, ['-v', '-o', timeFile, command, ...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const seen = [];
    let tail = '';
    child.stdout.on('data', (chunk) => {
      const text = tail + chunk.toString('utf8');
      tail = text.slice(-200);
      for (const [name, re] of phases) {
        if (!seen.some((p) => p.name === name) && re.test(text)) seen.push({ name, startMs: performance.now() - started, peakRss: 0 });
      }
    });
    let peak = 0;
    const samples = [];
    const sample = () => {
      if (!child.pid) return;
      const rss = treeRss(child.pid);
      peak = Math.max(peak, rss);
      samples.push([Math.round(performance.now() - started), rss]);
      const phase = seen.at(-1);
      if (phase) phase.peakRss = Math.max(phase.peakRss, rss);
    };
    const timer = setInterval(sample, sampleMs);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      log.end(() => {
        let maxRssProcess = null;
        let cpuMs = null;
        if (timed && existsSync(timeFile)) {
          const text = readFileSync(timeFile, 'utf8');
          const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1];
          if (kb) maxRssProcess = Number(kb) * 1024;
          // CPU time (user + system) varies less than wall time on a shared machine.
          const user = /User time \(seconds\): ([\d.]+)/.exec(text)?.[1];
          const sys = /System time \(seconds\): ([\d.]+)/.exec(text)?.[1];
          if (user && sys) cpuMs = Math.round((Number(user) + Number(sys)) * 1000);
        }
        // At most ~120 points of the memory curve, for the report.
        const step = Math.max(1, Math.ceil(samples.length / 120));
        const curve = samples.filter((_, i) => i % step === 0).map(([t, rss]) => [t, Math.round(rss / 1024 ** 2)]);
        done({ code, ms, cpuMs, peakRss: peak, maxRssProcess, phases: seen.map((p) => ({ ...p, startMs: Math.round(p.startMs) })), memoryMB: curve });
      });
    });
  });
}

/** "1m 6s", "2.29s", "208ms", "1h 2m" → milliseconds. */
export function parseDuration(text) {
  let ms = 0;
  for (const m of text.matchAll(/([\d.]+)\s*(h|ms|m|s)\b/g)) ms += Number(m[1]) * { h: 3_600_000, m: 60_000, s: 1000, ms: 1 }[m[2]];
  return ms;
}
const DURATION = '((?:[\\d.]+\\s*(?:h|ms|m|s)\\b\\s*)+)';

/** Astro's log of one build, read for where the time went. */
export function readAstroLog(text) {
  const duration = (re) => {
    const m = re.exec(text);
    return m ? parseDuration(m[1]) : null;
  };
  // "  ├─ /og/events/x.png (+80ms)" for every route Astro generates, in order.
  const routes = {};
  let pages = 0;
  for (const m of text.matchAll(/[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const path = m[1];
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const group = routeGroup(path);
    const g = (routes[group] ??= { count: 0, ms: 0 });
    g.count += 1;
    g.ms += ms;
    pages += 1;
  }
  return {
    collectMs: duration(new RegExp(`Collecting build info\\.\\.\\.\\s*\\n.*?✓ Completed in ${DURATION}`)),
    viteMs: [...text.matchAll(new RegExp(`\\[vite\\] ✓ built in ${DURATION}`, 'g'))].reduce((a, m) => a + parseDuration(m[1]), 0),
    generateMs: duration(new RegExp(`generating static routes[\\s\\S]*?✓ Completed in ${DURATION}`)),
    astroTotalMs: duration(new RegExp(`page\\(s\\) built in ${DURATION}`)),
    routesBuilt: Number(/(\d+) page\(s\) built/.exec(text)?.[1] ?? pages),
    routes,
  };
}

/** A route's kind, for the per-route time table: /events/x/ → events/[id], /og/events/x.png → og/events/[id].png. */
export function routeGroup(path) {
  const parts = path.replace(/index\.html$/, '').split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  if (parts[0] === 'og') return parts[1] === 'events' ? 'og/events/[id].png' : 'og/atlas.png';
  if (parts[1] === 'page') return `${parts[0]}/page/[n]`;
  if (parts.length === 1) return parts[0].includes('.') ? parts[0] : `${parts[0]}/`;
  if (parts[0] === 'data' || parts[0] === 'search' || parts[1] === 'membership') return `${parts[0]}/${parts[1]}`;
  if (parts[0] === 'feeds') return 'feeds/[country].xml';
  if (parts[0] === 'timeline') return 'timeline/[year]';
  return `${parts[0]}/[id]`;
}

/** The machine the numbers come from, and how busy it was. */
export function machine() {
  const lock = spawnSync('flock', ['-n', '/tmp/atlas-build.lock', 'true']);
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
    buildLockFree: lock.status === 0,
  };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return null;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

export const projectRoot = resolve('.');
