// `npm run bench`: how the build and the search grow with the content.
//
// For each size (default 100, 1,000 and 10,000 events) it generates a content folder under the
// system's temporary directory (scripts/bench/generate.mjs), builds it (into .astro/bench/, see
// BUILD_ROOT) with the real pipeline
// (`astro build` then `pagefind --site`, as `npm run build` does, each build from an empty output
// and cache folder), measures wall time, peak memory, pages, bytes and the Pagefind index, then
// times three searches in headless Chromium. Writes the results as JSON and as the table in
// docs/performance.md (between the bench:results markers; the prose around it is kept).
//
//   npm run bench                                  # 100, 1000, 10000 events, 3 builds each
//   npm run bench -- --sizes 100,1000 --reps 1     # quicker
//   npm run bench -- --json /tmp/x.json --no-md    # a trial run that leaves docs/ alone
//
// Options: --sizes a,b,c  --reps n (cold builds per size, default 3)  --budget-minutes m (stop
// repeating a size once its builds have taken this long, default 30: the 10,000-event size may
// get fewer than --reps builds, and the table says how many)  --heap-mb MB or size=MB,…
// (Node's heap limit for the builds; a build that runs out of heap is retried once with 16 GB
// and the table says so)  --no-warm (skip the rebuild with the cache folder kept)  --json path
// --md path  --no-md  --no-browser  --keep (keep the temporary folders)  --seed n  --label text
// --merge (keep the sizes already in the JSON that this run does not measure).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateContent } from './generate.mjs';
import { distStats } from './distStats.mjs';
import { ASTRO_PHASES, machine, median, readAstroLog, run } from './measure.mjs';
import { searchTiming } from './searchTiming.mjs';

const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
/**
 * Where the benchmark's builds go: inside the project, in tests/.tmp/ (ignored by git, where the
 * tests build fixture content too). Astro writes a build's server bundle next to its output only
 * when the output is inside the working directory; for an output elsewhere (say /tmp) it uses the
 * project's shared .astro/.prerender/, and two such builds at once break each other ("Cannot find
 * module …/.astro/.prerender/chunks/…"). Not .astro/ itself: tools clear it.
 */
export const BUILD_ROOT = resolve('tests/.tmp/bench');
const PAGEFIND = resolve('node_modules/pagefind/lib/runner/bin.cjs');
const MARK_START = '<!-- bench:results:start -->';
const MARK_END = '<!-- bench:results:end -->';

/** Node's fatal error when the build outgrows its heap. */
const OOM = /JavaScript heap out of memory|Ineffective mark-compacts near heap limit/;

/**
 * Builds the content in `contentDir` once and measures it: from empty output and cache folders
 * (a cold build, as a fresh CI machine runs it), or with `warm` keeping the cache folder of the
 * previous build (Astro's content store and the share cards), as a CI cache would. `heapMB` sets
 * Node's heap limit (--max-old-space-size) for the build; by default Node's own (about 4 GB).
 */
export async function buildOnce(contentDir, workDir, { logFile, warm = false, heapMB } = {}) {
  if (!resolve(workDir).startsWith(`${process.cwd()}/`)) throw new Error(`build folder ${workDir} must be inside the project (see BUILD_ROOT)`);
  mkdirSync(workDir, { recursive: true });
  const out = join(workDir, 'dist');
  const cache = join(workDir, 'cache');
  rmSync(out, { recursive: true, force: true });
  if (!warm) rmSync(cache, { recursive: true, force: true });
  const log = logFile ?? join(workDir, 'build.log');
  rmSync(log, { force: true });
  const env = { ...process.env, ATLAS_CONTENT_DIR: contentDir, ATLAS_CACHE_DIR: cache, NO_COLOR: '1', FORCE_COLOR: '0' };
  if (heapMB) env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMB}`.trim();
  const before = machine();
  const astro = await run(process.execPath, [ASTRO, 'build', '--outDir', out], { env, logFile: log, phases: ASTRO_PHASES });
  if (astro.code !== 0) {
    const text = readFileSync(log, 'utf8');
    const error = new Error(`astro build failed (exit ${astro.code}) after ${(astro.ms / 1000).toFixed(0)} s, peak ${(astro.peakRss / 1024 ** 3).toFixed(2)} GB; see ${log}:\n${text.slice(-3000)}`);
    Object.assign(error, { outOfMemory: OOM.test(text), ms: astro.ms, peakRss: astro.peakRss });
    throw error;
  }
  const astroLog = readAstroLog(readFileSync(log, 'utf8'));
  const pagefindLog = `${log}.pagefind`;
  rmSync(pagefindLog, { force: true });
  const pagefind = await run(process.execPath, [PAGEFIND, '--site', out], { env, logFile: pagefindLog });
  if (pagefind.code !== 0) throw new Error(`pagefind failed (exit ${pagefind.code}); see ${pagefindLog}`);
  const pf = readFileSync(pagefindLog, 'utf8');
  const result = {
    wallMs: astro.ms + pagefind.ms,
    astroMs: astro.ms,
    pagefindMs: pagefind.ms,
    cpuMs: astro.cpuMs !== null && pagefind.cpuMs !== null ? astro.cpuMs + pagefind.cpuMs : null,
    // The two steps run one after the other: the build's peak is the larger of the two.
    peakRss: Math.max(astro.peakRss, pagefind.peakRss),
    astroPeakRss: astro.peakRss,
    pagefindPeakRss: pagefind.peakRss,
    maxRssProcess: Math.max(astro.maxRssProcess ?? 0, pagefind.maxRssProcess ?? 0) || null,
    astro: astroLog,
    // When each of Astro's phases started and the peak memory while it ran; the memory curve (ms, MB).
    astroPhases: astro.phases,
    astroMemoryMB: astro.memoryMB,
    pagefindPages: Number(/Indexed (\d+) pages/.exec(pf)?.[1] ?? 0),
    pagefindWords: Number(/Indexed (\d+) words/.exec(pf)?.[1] ?? 0),
    warm,
    heapMB: heapMB ?? null,
    loadBefore: before.loadavg,
    loadAfter: machine().loadavg,
    lockFreeAtStart: before.buildLockFree,
  };
  return { result, out };
}

/**
 * Generates, builds `reps` times from cold, then once more warm (unless `warm` is false),
 * measures the last cold build's output and its search. A build that runs out of heap is
 * recorded and retried with `retryHeapMB`.
 */
export async function benchSize(events, { reps = 3, budgetMs = 30 * 60_000, browser = true, warm = true, keep = false, seed, heapMB, retryHeapMB = 16_384, searchRepeat = 3, onProgress = () => {} } = {}) {
  // The content under the system's temporary folder; the builds in the project (BUILD_ROOT).
  const contentRoot = mkdtempSync(join(tmpdir(), `atlas-bench-${events}-`));
  mkdirSync(BUILD_ROOT, { recursive: true });
  const work = mkdtempSync(join(BUILD_ROOT, `${events}-`));
  try {
    const t0 = performance.now();
    const content = generateContent({ events, dir: join(contentRoot, 'content'), ...(seed ? { seed } : {}) });
    const generateMs = performance.now() - t0;
    onProgress(`${events} events: generated ${JSON.stringify({ ...content, dir: undefined })} in ${(generateMs / 1000).toFixed(1)} s`);
    const builds = [];
    const failures = [];
    let spent = 0;
    let out = '';
    let heap = heapMB;
    for (let i = 0; i < reps; i++) {
      let b;
      try {
        b = await buildOnce(content.dir, work, { heapMB: heap });
      } catch (e) {
        if (!e.outOfMemory || heap === retryHeapMB) throw e;
        failures.push({ heapMB: heap ?? null, outOfMemory: true, ms: e.ms, peakRss: e.peakRss });
        onProgress(`${events} events: out of memory after ${(e.ms / 1000).toFixed(0)} s with ${heap ? `a ${heap} MB heap` : "Node's default heap"}; retrying with --max-old-space-size=${retryHeapMB}`);
        heap = retryHeapMB;
        i--;
        continue;
      }
      builds.push(b.result);
      out = b.out;
      spent += b.result.wallMs;
      onProgress(`${events} events: build ${i + 1}/${reps}: ${(b.result.wallMs / 1000).toFixed(1)} s (astro ${(b.result.astroMs / 1000).toFixed(1)} s, pagefind ${(b.result.pagefindMs / 1000).toFixed(1)} s), peak ${(b.result.peakRss / 1024 ** 3).toFixed(2)} GB`);
      if (i + 1 < reps && spent + spent / (i + 1) > budgetMs) {
        onProgress(`${events} events: stopping after ${i + 1} build(s): the next would pass the ${(budgetMs / 60_000).toFixed(0)}-minute budget`);
        break;
      }
    }
    const stats = distStats(out);
    onProgress(`${events} events: ${stats.htmlPages} HTML pages, dist ${(stats.distBytes / 1024 ** 2).toFixed(1)} MB, Pagefind ${(stats.pagefind.bytes / 1024 ** 2).toFixed(1)} MB`);
    const search = browser ? await searchTiming(out, { repeat: searchRepeat }) : [];
    if (browser) onProgress(`${events} events: search ${search.map((s) => `${s.query} ${Math.round(s.msToFirst)} ms / ${Math.round(s.bytesToFirst / 1024)} KB`).join('; ')}`);
    let warmBuild = null;
    if (warm) {
      // Once more, keeping the last build's cache folder (Astro's content store, the share
      // cards): what a CI cache between deploys gives. Replaces the measured dist/.
      const w = await buildOnce(content.dir, work, { warm: true, heapMB: heap, logFile: join(work, 'warm.log') }).catch((e) => ({ error: String(e.message).slice(0, 300) }));
      warmBuild = w.result ?? w;
      if (w.result) onProgress(`${events} events: warm rebuild ${(w.result.wallMs / 1000).toFixed(1)} s (astro ${(w.result.astroMs / 1000).toFixed(1)} s)`);
    }
    const wall = builds.map((b) => b.wallMs);
    return {
      events,
      content: { ...content, dir: undefined },
      generateMs,
      builds,
      reps: builds.length,
      failures,
      heapMB: heap ?? null,
      warmBuild,
      wallMs: { median: median(wall), min: Math.min(...wall), max: Math.max(...wall) },
      astroMs: median(builds.map((b) => b.astroMs)),
      pagefindMs: median(builds.map((b) => b.pagefindMs)),
      cpuMs: median(builds.map((b) => b.cpuMs ?? 0)) || null,
      perEventMs: median(wall) / events,
      peakRss: Math.max(...builds.map((b) => b.peakRss)),
      maxRssProcess: Math.max(...builds.map((b) => b.maxRssProcess ?? 0)) || null,
      stats,
      search,
    };
  } finally {
    if (keep) onProgress(`${events} events: kept ${contentRoot} and ${work}`);
    else {
      rmSync(work, { recursive: true, force: true });
      rmSync(contentRoot, { recursive: true, force: true });
    }
  }
}

const mb = (b) => (b / 1024 ** 2).toFixed(1);
const kb = (b) => (b / 1024).toFixed(1);
const s = (ms) => (ms / 1000).toFixed(1);

/** The markdown tables of one run. */
export function markdown(report) {
  const rows = report.sizes;
  const col = (label, f) => `| ${label} | ${rows.map(f).join(' | ')} |`;
  const head = `| | ${rows.map((r) => `${r.events.toLocaleString('en')} events`).join(' | ')} |\n| --- |${rows.map(() => ' ---: |').join('')}`;
  const m = report.machine;
  const lines = [
    `Measured ${report.date} on ${m.cpus} cores (${m.cpuModel}), ${m.memoryGB} GB RAM, Node ${m.node}, ${m.platform}; commit \`${report.commit}\`${report.dirty ? ' with uncommitted changes in src/' : ''}${report.label ? ` (${report.label})` : ''}.`,
    `Load average when the run started: ${m.loadavg.join(', ')}; the build lock (/tmp/atlas-build.lock) was ${m.buildLockFree ? 'free' : 'held by another build'}.`,
    '',
    head,
    col('Content: events / people / sources / cities', (r) => `${r.content.events} / ${r.content.people} / ${r.content.sources} / ${r.content.cities}`),
    col('Builds measured (cold: empty output and cache folders)', (r) => `${r.reps}${r.failures.length ? ` (+${r.failures.length} out of memory at Node's default heap)` : ''}`),
    col("Node heap limit (--max-old-space-size)", (r) => (r.heapMB ? `${(r.heapMB / 1024).toFixed(0)} GB` : 'default (4 GB)')),
    col('**Build wall time, median** (Astro + Pagefind)', (r) => `**${s(r.wallMs.median)} s**`),
    col('min – max', (r) => `${s(r.wallMs.min)} – ${s(r.wallMs.max)} s`),
    col('of which Astro / Pagefind (median)', (r) => `${s(r.astroMs)} / ${s(r.pagefindMs)} s`),
    col('**Per event**', (r) => `**${r.perEventMs.toFixed(1)} ms**`),
    col('CPU time, median (user + system, all cores)', (r) => (r.cpuMs ? `${s(r.cpuMs)} s (${(r.cpuMs / r.events).toFixed(1)} ms per event)` : 'n/a')),
    col('Warm rebuild (cache folder kept)', (r) => (r.warmBuild?.wallMs ? `${s(r.warmBuild.wallMs)} s` : '–')),
    col('**Peak memory** (process tree RSS)', (r) => `**${(r.peakRss / 1024 ** 3).toFixed(2)} GB**`),
    col('peak while bundling / rendering', (r) => {
      const p = (name) => r.builds.at(-1).astroPhases?.find((x) => x.name === name)?.peakRss;
      return `${((p('vite bundle') ?? 0) / 1024 ** 3).toFixed(2)} / ${((p('render routes') ?? 0) / 1024 ** 3).toFixed(2)} GB`;
    }),
    col('largest single process (/usr/bin/time)', (r) => (r.maxRssProcess ? `${(r.maxRssProcess / 1024 ** 3).toFixed(2)} GB` : 'n/a')),
    col('Routes built (Astro) / HTML pages', (r) => `${r.builds.at(-1).astro.routesBuilt} / ${r.stats.htmlPages}`),
    col('Pages indexed by Pagefind / words', (r) => `${r.builds.at(-1).pagefindPages} / ${r.builds.at(-1).pagefindWords.toLocaleString('en')}`),
    col('`dist/` size (of which share images)', (r) => `${mb(r.stats.distBytes)} MB (${mb(r.stats.ogImageBytes)} MB)`),
    col('**Median bytes per page**: HTML / CSS / JS', (r) => `${kb(r.stats.perPage.html)} / ${kb(r.stats.perPage.css)} / ${kb(r.stats.perPage.js)} KB`),
    col('median page, HTML + CSS + JS gzipped', (r) => `${kb(r.stats.perPage.totalGzip)} KB`),
    col('largest HTML page', (r) => `${kb(r.stats.largestPages[0]?.html ?? 0)} KB \`${r.stats.largestPages[0]?.path}\``),
    col('**Pagefind index** (files)', (r) => `${mb(r.stats.pagefind.bytes)} MB (${r.stats.pagefind.files})`),
    ...(rows[0]?.search ?? []).flatMap((q, i) => [
      col(`**Search: ${q.query}** (\`${q.term ?? JSON.stringify(q.options.filters)}\`): time to first result`, (r) => (r.search[i] ? `**${Math.round(r.search[i].msToFirst)} ms**` : '–')),
      col('&nbsp;&nbsp;bytes to first result / to first 10 results', (r) => (r.search[i] ? `${kb(r.search[i].bytesToFirst)} / ${kb(r.search[i].bytesFirstTen)} KB` : '–')),
      col('&nbsp;&nbsp;results', (r) => (r.search[i] ? String(r.search[i].results) : '–')),
      col(`&nbsp;&nbsp;the search page (\`${q.page}\`), cold: time / bytes to first result / bytes of the visit`, (r) => {
        const s = r.search[i];
        return s?.pageMsToFirst != null ? `${Math.round(s.pageMsToFirst)} ms / ${kb(s.pageBytesToFirst)} / ${kb(s.pageBytes)} KB` : '–';
      }),
    ]),
  ];
  // Where the build's time goes: Astro's own per-route timings, summed by route.
  const groups = [...new Set(rows.flatMap((r) => Object.keys(r.builds.at(-1).astro.routes)))];
  const ranked = groups
    .map((g) => ({ g, ms: rows.at(-1).builds.at(-1).astro.routes[g]?.ms ?? 0 }))
    .sort((a, b) => b.ms - a.ms)
    .map((x) => x.g);
  const timeLines = [
    '',
    'Where the build time goes (last build of each size): Astro\'s phases, then the time Astro reports for rendering each kind of route (sum, and per route).',
    '',
    head,
    col('Content sync + build info', (r) => `${s(r.builds.at(-1).astro.collectMs ?? 0)} s`),
    col('Vite bundle (pages and MDX)', (r) => `${s(r.builds.at(-1).astro.viteMs ?? 0)} s`),
    col('Rendering routes', (r) => `${s(r.builds.at(-1).astro.generateMs ?? 0)} s`),
    ...ranked.map((g) =>
      col(`\`${g}\``, (r) => {
        const x = r.builds.at(-1).astro.routes[g];
        return x ? `${s(x.ms)} s (${x.count} × ${(x.ms / x.count).toFixed(1)} ms)` : '–';
      }),
    ),
  ];
  const perGroup = [
    '',
    'Median HTML bytes per page by kind of route (a list that grows with the content shows here):',
    '',
    head,
    ...Object.keys(rows.at(-1).stats.perGroup).map((g) =>
      col(`\`${g}\``, (r) => {
        const x = r.stats.perGroup[g];
        return x ? `${kb(x.html)} KB${x.maxHtml > x.html * 1.5 ? ` (max ${kb(x.maxHtml)})` : ''}` : '–';
      }),
    ),
  ];
  return [...lines, ...timeLines, ...perGroup].join('\n');
}

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package.json'], { encoding: 'utf8' }).trim().length > 0;
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

/** Writes the tables into the markdown file, between the markers (creating the file if need be). */
export function writeMarkdown(path, report) {
  const block = `${MARK_START}\n${markdown(report)}\n${MARK_END}`;
  const old = existsSync(path) ? readFileSync(path, 'utf8') : `# Performance\n\n${MARK_START}\n${MARK_END}\n`;
  const at = old.indexOf(MARK_START);
  const end = old.indexOf(MARK_END);
  const text = at >= 0 && end > at ? `${old.slice(0, at)}${block}${old.slice(end + MARK_END.length)}` : `${old.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, text);
}

function parseArgs(argv) {
  const opts = { sizes: [100, 1000, 10000], reps: 3, budgetMinutes: 30, json: 'docs/performance.json', md: 'docs/performance.md', browser: true, warm: true, keep: false, seed: undefined, label: '', heap: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--sizes') opts.sizes = next().split(',').map(Number);
    else if (a === '--reps') opts.reps = Number(next());
    else if (a === '--budget-minutes') opts.budgetMinutes = Number(next());
    else if (a === '--json') opts.json = next();
    else if (a === '--md') opts.md = next();
    else if (a === '--no-md') opts.md = '';
    else if (a === '--no-browser') opts.browser = false;
    else if (a === '--no-warm') opts.warm = false;
    else if (a === '--heap-mb') {
      // "16384" for every size, or "10000=16384,1000=8192" per size.
      for (const part of next().split(',')) {
        const [size, mbs] = part.includes('=') ? part.split('=') : ['*', part];
        opts.heap[size] = Number(mbs);
      }
    }
    else if (a === '--keep') opts.keep = true;
    else if (a === '--seed') opts.seed = Number(next());
    else if (a === '--label') opts.label = next();
    else if (a === '--merge') opts.merge = true;
    else throw new Error(`unknown option ${a} (see the top of scripts/bench/run.mjs)`);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = (msg) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
  const report = { date: new Date().toISOString().slice(0, 10), ...gitInfo(), label: opts.label, machine: machine(), options: opts, sizes: [] };
  // --merge: keep the sizes of the existing JSON that this run does not measure (e.g. a 10,000-event
  // run after an interrupted full one); each size records its own date, commit and machine load.
  const kept = opts.merge && existsSync(opts.json) ? JSON.parse(readFileSync(opts.json, 'utf8')).sizes.filter((x) => !opts.sizes.includes(x.events)) : [];
  report.sizes.push(...kept);
  log(`machine: ${JSON.stringify(report.machine)}`);
  for (const events of opts.sizes) {
    const heapMB = opts.heap[String(events)] ?? opts.heap['*'];
    const result = await benchSize(events, { reps: opts.reps, budgetMs: opts.budgetMinutes * 60_000, browser: opts.browser, warm: opts.warm, keep: opts.keep, seed: opts.seed, heapMB, onProgress: log });
    report.sizes.push({ ...result, measuredAt: new Date().toISOString(), commit: report.commit });
    report.sizes.sort((a, b) => a.events - b.events);
    // Written after every size, so a long run that is interrupted keeps what it measured.
    mkdirSync(dirname(resolve(opts.json)), { recursive: true });
    writeFileSync(opts.json, `${JSON.stringify(report, null, 2)}\n`);
    if (opts.md) writeMarkdown(opts.md, report);
  }
  log(`wrote ${opts.json}${opts.md ? ` and ${opts.md}` : ''}`);
  console.log(markdown(report));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
