// Synthetic content for the benchmark: a content folder with the Atlas's real entries plus
// generated events (front matter, footnotes citing sources, tables, <Q by> quotations,
// a "Source notes" section) and the generated countries, cities, people, organisations and
// sources they refer to. Deterministic: one seed, one folder, byte for byte.
//
//   node scripts/bench/generate.mjs <events> <dir> [seed]
//
// Entities grow with the content the way an editor's would: a person per 8 events, an
// organisation per 400, about 3 sources per event (plus a shared pool of analyses and reference
// works, a few of them cited very often), new countries and cities every few hundred events.
// Every generated entity is used by at least one event, as the content check demands.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  ADJECTIVES, AUTHORS, EXTRA_CITIES, EXTRA_COUNTRIES, NAMES, OUTCOMES, OUTLETS, PROJECT_KINDS, ROLES, SERIES, SYLLABLES, TOPICS, VERBS,
} from './data.mjs';

const COLLECTIONS = ['events', 'countries', 'organisations', 'people', 'cities', 'sources'];
const CENTRAL_ASIA = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const QUOTES = [
  'a new stage in our partnership', 'frank and constructive', 'not directed against any third country', 'the foundation of stability in the region',
  'a question of survival for our farmers', 'an open door for investors', 'the shortest road to the sea', 'too slow for our businesses',
  'strategic and long-term', 'a matter for the five states themselves', 'a good neighbour in difficult times', 'practical results, not declarations',
];

/** A small seeded PRNG (mulberry32): the same seed gives the same content. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  /** Zipf-like (s = 1): item k is picked about 1/k as often as the first. */
  const zipf = (list) => list[Math.min(list.length - 1, Math.floor(Math.exp(next() * Math.log(list.length + 1))) - 1)];
  const chance = (p) => next() < p;
  const some = (list, n) => {
    const copy = [...list];
    const out = [];
    while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  return { next, int, pick, zipf, chance, some };
}

const slug = (s) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (date, n) => iso(new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000));
const words = (s) => s.split(/\s+/).filter(Boolean).length;
const formatDate = (date) => `${Number(date.slice(8))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** YAML written as JSON scalars and flow collections: valid YAML, and no quoting surprises. */
const yaml = (obj) =>
  `${Object.entries(obj)
    .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n')}\n`;

const CYRILLIC = [['shch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['yu', 'ю'], ['ya', 'я'], ['yo', 'ё'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['y', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'],
  ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'], ['j', 'дж'], ['q', 'к'], ['w', 'в'], ['x', 'кс'], ['c', 'к']];
/** A rough Russian spelling of a Latin name, so that pages and the index carry Cyrillic too. */
function toCyrillic(name) {
  let out = '';
  let rest = name;
  while (rest.length > 0) {
    const hit = CYRILLIC.find(([lat]) => rest.toLowerCase().startsWith(lat));
    if (!hit) {
      out += rest[0];
      rest = rest.slice(1);
      continue;
    }
    const upper = rest[0] !== rest[0].toLowerCase();
    out += upper ? cap(hit[1]) : hit[1];
    rest = rest.slice(hit[0].length);
  }
  return out;
}

/** The entries of one collection of a content folder: id → parsed data. */
function readCollection(dir, name) {
  const folder = join(dir, name);
  const out = new Map();
  for (const file of readdirSync(folder).sort()) {
    const raw = readFileSync(join(folder, file), 'utf8');
    const text = file.endsWith('.mdx') ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '') : raw;
    out.set(file.replace(/\.[^.]+$/, ''), parseYaml(text));
  }
  return out;
}

/**
 * The Atlas's committed content (`git archive <ref> content`), extracted to a temporary folder:
 * the benchmark must not pick up an editor's half-finished work in content/. Falls back to the
 * working tree's content/ where there is no git history.
 * @returns {string} the folder that holds countries/, events/, …
 */
export function committedContent(ref = 'HEAD') {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-real-'));
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', ref, 'content'], { maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    return join(dir, 'content');
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return resolve('content');
  }
}

/**
 * Writes a content folder with `events` events (the real ones from `from`, then generated ones)
 * into `dir` (emptied first). Returns how many entries of each kind it holds.
 * `from` defaults to the committed content (see committedContent).
 * @param {{ events: number, dir: string, seed?: number, from?: string }} options
 */
export function generateContent({ events: total, dir, seed = 20_260_101, from }) {
  if (!from) {
    const snapshot = committedContent();
    try {
      return generateContent({ events: total, dir, seed, from: snapshot });
    } finally {
      if (snapshot.startsWith(tmpdir())) rmSync(resolve(snapshot, '..'), { recursive: true, force: true });
    }
  }
  const r = random(seed);
  const out = resolve(dir);
  rmSync(out, { recursive: true, force: true });
  for (const c of COLLECTIONS) cpSync(join(from, c), join(out, c), { recursive: true });
  const write = (collection, id, text) => writeFileSync(join(out, collection, `${id}.${collection === 'events' ? 'mdx' : 'yaml'}`), text);

  const real = Object.fromEntries(COLLECTIONS.map((c) => [c, readCollection(from, c)]));
  const generated = Math.max(0, total - real.events.size);

  // Countries: the real ones, then real states the Atlas does not cover yet, one per 500 events.
  const countryName = new Map([...real.countries].map(([id, c]) => [id, c.name]));
  const extraCountries = EXTRA_COUNTRIES.slice(0, Math.min(EXTRA_COUNTRIES.length, Math.ceil(total / 500)));
  for (const c of extraCountries) {
    countryName.set(c.id, c.name);
    write('countries', c.id, yaml({
      name: c.name, officialName: c.officialName, iso2: c.iso2, iso3: c.iso3, isoNumeric: c.isoNumeric, nameRu: c.nameRu,
      otherNames: c.otherNames, capital: { name: c.capital },
    }));
  }
  const countries = [...countryName.keys()];
  /** Weight of a country in the events: the five states and the big powers first. */
  const weighted = [...CENTRAL_ASIA, ...CENTRAL_ASIA, 'russia', 'russia', 'china', 'united-states', 'japan', ...countries];

  // Cities: the real ones, the capitals of every state present, and more cities as events grow.
  const cityInfo = new Map([...real.cities].map(([id, c]) => [id, { name: c.name, country: c.country, capital: c.capital === true, formerNames: c.formerNames ?? [] }]));
  const candidates = EXTRA_CITIES.filter(([id, , country]) => countryName.has(country) && !cityInfo.has(id));
  const capitals = candidates.filter((c) => c[5]);
  const others = r.some(candidates.filter((c) => !c[5]), Math.min(candidates.length, 3 + Math.floor(total / 25)));
  for (const [id, name, country, lat, lon, capital, ru] of [...capitals, ...others]) {
    cityInfo.set(id, { name, country, capital, formerNames: [] });
    write('cities', id, yaml({ name, country, lat, lon, capital: capital || undefined, otherNames: [ru] }));
  }
  const cityIds = [...cityInfo.keys()];
  const citiesIn = (country) => cityIds.filter((id) => cityInfo.get(id).country === country);
  const cityNameOn = (id, date) => {
    const c = cityInfo.get(id);
    return c.formerNames.find((f) => (!f.from || f.from <= date) && (!f.until || date < f.until))?.name ?? c.name;
  };

  // People: the real ones first in each country's list, so that they appear most often.
  const personInfo = new Map([...real.people].map(([id, p]) => [id, { name: p.name, country: p.country, roles: p.roles }]));
  const peopleCount = Math.ceil(total / 8);
  const takenNames = new Set([...personInfo.values()].map((p) => p.name));
  for (let i = 0; i < peopleCount; i++) {
    const country = i < countries.length ? countries[i] : r.pick(weighted);
    const [given, family] = NAMES[country] ?? NAMES.default;
    let name = `${r.pick(given)} ${r.pick(family)}`;
    for (let n = 0; takenNames.has(name); n++) name = `${name.split(' ')[0]} ${String.fromCharCode(65 + ((i + n) % 26))}. ${name.split(' ').at(-1)}`;
    takenNames.add(name);
    const id = slug(name);
    const from = r.int(1992, 2022);
    const titles = r.some(ROLES, r.int(1, 2)).map((t) => t.replace('{c}', countryName.get(country)));
    const roles = titles.map((title, k) => ({ title, from: String(from + k * r.int(2, 5)), ...(k < titles.length - 1 || r.chance(0.6) ? { until: String(from + (k + 1) * r.int(2, 5)) } : {}) }));
    const family2 = name.split(' ').at(-1);
    personInfo.set(id, { name, country, roles });
    write('people', id, yaml({
      name, sortName: `${family2}, ${name.split(' ').slice(0, -1).join(' ')}`,
      otherNames: r.chance(0.5) ? [name.replace(/ov\b/, 'ev').replace(/ova\b/, 'eva')].filter((n) => n !== name) : [],
      nameRu: toCyrillic(name), country, roles,
    }));
  }
  const peopleByCountry = new Map(countries.map((c) => [c, [...personInfo].filter(([, p]) => p.country === c).map(([id]) => id)]));

  // Organisations and formats: one per 400 events.
  const orgIds = [...real.organisations.keys()];
  const regions = ['Caspian', 'Aral Basin', 'Trans-Caspian', 'Fergana Valley', 'Eurasian', 'Central Asia–Gulf', 'Central Asia–EU', 'Turkic', 'Silk Road', 'Pamir', 'Syr Darya', 'Amu Darya'];
  const fields = ['Transport', 'Water', 'Energy', 'Border Security', 'Trade', 'Digital', 'Migration', 'Customs'];
  const forms = [['Council', 'organisation'], ['Forum', 'format'], ['Dialogue', 'format'], ['Commission', 'organisation'], ['Partnership', 'format'], ['Union', 'economic union']];
  for (let i = 0, n = Math.ceil(total / 400); i < n; i++) {
    const [form, kind] = forms[i % forms.length];
    const name = `${regions[i % regions.length]} ${fields[Math.floor(i / regions.length) % fields.length]} ${form}${i >= regions.length * fields.length ? ` ${i}` : ''}`;
    const id = slug(name);
    const acronym = name.split(/[\s–]+/).map((w) => w[0]).join('').toUpperCase();
    const founded = String(r.int(1995, 2022));
    orgIds.push(id);
    write('organisations', id, yaml({
      name, acronyms: [acronym], kind, founded,
      summary: `A ${kind === 'format' ? 'dialogue format' : kind} of ${r.int(3, 7)} states on ${fields[Math.floor(i / regions.length) % fields.length].toLowerCase()} questions, meeting at ministerial level since ${founded}.`,
      members: r.some([...CENTRAL_ASIA, ...r.some(countries, 2)].filter((c, k, all) => all.indexOf(c) === k), r.int(3, 6))
        .map((country, k) => ({ country, status: k < 3 ? 'founding member' : r.pick(['member', 'observer']), joined: k < 3 ? founded : String(Number(founded) + r.int(1, 3)) })),
    }));
  }

  // Sources shared by many events: analyses and reference works, a few of them cited very often.
  const shared = [];
  for (let i = 0, n = Math.ceil(total / 50); i < n; i++) {
    const [outlet, oslug] = r.pick(OUTLETS.filter((o) => o[3] === 'analysis'));
    const year = r.int(1995, 2025);
    const topic = r.pick(TOPICS);
    const id = `${oslug}-${year}-${slug(topic[1])}-review-${i}`;
    shared.push(id);
    write('sources', id, yaml({
      title: `${cap(topic[1])} in Central Asia: a ${year} review`, outlet, author: r.pick(AUTHORS), published: String(year),
      url: `https://www.${oslug}.example/analysis/${id}`, language: 'en', kind: r.chance(0.3) ? 'reference work' : 'analysis',
      reliability: 'A survey by a regional specialist; good for background and context, not for the detail of any one meeting.',
    }));
  }

  const kinds = [['summit', 15], ['state visit', 20], ['tour', 8], ['ministerial meeting', 30], ['agreement', 12], ['conference', 12], ['accession', 3]];
  const kindOf = () => {
    let u = r.next() * 100;
    for (const [k, w] of kinds) if ((u -= w) < 0) return k;
    return 'summit';
  };
  const properNoun = () => cap(Array.from({ length: r.int(2, 3) }, () => r.pick(SYLLABLES)).join(''));
  const roleOn = (id, date) => {
    const p = personInfo.get(id);
    return (p.roles.find((x) => (!x.from || String(x.from) <= date) && (!x.until || date < String(x.until))) ?? p.roles.at(-1)).title;
  };

  // Every generated entity must be used: the first events take them in turn.
  const unused = {
    cities: others.map((c) => c[0]),
    countries: extraCountries.map((c) => c.id),
    people: [...personInfo.keys()].filter((id) => !real.people.has(id)),
    organisations: orgIds.filter((id) => !real.organisations.has(id)),
    sources: [...shared],
  };
  const seriesUsed = new Set();
  const eventIds = [];
  let sourceCount = shared.length;

  for (let i = 0; i < generated; i++) {
    const start = iso(new Date(Date.UTC(1992, 0, 1) + Math.floor(r.next() * (Date.UTC(2026, 5, 30) - Date.UTC(1992, 0, 1)))));
    const year = start.slice(0, 4);
    const kind = kindOf();
    const topic = r.pick(TOPICS);
    const topic2 = r.pick(TOPICS);

    // Where and who.
    const stopCount = kind === 'tour' ? r.int(2, 4) : 0;
    const host = unused.cities.shift() ?? (r.chance(0.6) ? r.pick(cityIds.filter((c) => cityInfo.get(c).capital && CENTRAL_ASIA.includes(cityInfo.get(c).country))) : r.pick(cityIds));
    const stopCities = stopCount > 0 ? [host, ...r.some(cityIds.filter((c) => c !== host), stopCount - 1)] : [];
    const end = kind === 'tour' ? addDays(start, stopCount - 1) : r.chance(0.3) ? addDays(start, r.int(1, 2)) : undefined;
    const list = new Set([cityInfo.get(host).country, ...stopCities.map((c) => cityInfo.get(c).country)]);
    for (let size = r.int(2, 5); list.size < size; ) list.add(r.pick(weighted));
    const extra = unused.countries.shift();
    if (extra) list.add(extra);
    const people = new Set();
    const mustPerson = unused.people.shift();
    if (mustPerson) {
      people.add(mustPerson);
      list.add(personInfo.get(mustPerson).country);
    }
    for (const c of list) {
      const pool = peopleByCountry.get(c) ?? [];
      if (pool.length > 0 && r.chance(0.75)) people.add(r.zipf(pool));
    }
    const countryIds = [...list];
    const orgs = new Set(r.chance(0.5) ? [r.zipf(orgIds)] : []);
    const mustOrg = unused.organisations.shift();
    if (mustOrg) orgs.add(mustOrg);

    // Sources: 2–4 of its own, sometimes one shared analysis.
    const ownSources = [];
    for (let k = 0, n = r.int(2, 4); k < n; k++) {
      const [outlet, oslug, language, skind] = r.pick(OUTLETS);
      const published = addDays(start, r.int(0, 3));
      const id = `${oslug}-${published}-${i}-${k}`;
      const city = cityNameOn(host, start);
      const title = language === 'ru' ? `${toCyrillic(city)}: переговоры о сотрудничестве` : `${city} talks focus on ${topic[1]}`;
      write('sources', id, yaml({
        title, titleEn: language === 'ru' ? `${city}: talks on cooperation` : undefined, outlet, author: r.chance(0.4) ? r.pick(AUTHORS) : undefined, published,
        url: `https://www.${oslug}.example/${published.replaceAll('-', '/')}/${slug(title) || 'item'}-${i}${k}`, language, kind: skind,
        reliability: `${skind === 'official record' ? 'Official record; authoritative for what was signed, silent on disagreements.' : 'Report written on the day; reliable for who met and what was said, less so for figures.'} Retrieved for the benchmark.`,
      }));
      ownSources.push(id);
    }
    sourceCount += ownSources.length;
    const sharedSource = unused.sources.shift() ?? (r.chance(0.3) ? r.zipf(shared) : undefined);
    const sources = sharedSource ? [...ownSources, sharedSource] : ownSources;

    // Body: sections of footnoted sentences until the summary has 400–900 words.
    const notes = [];
    const cite = (loc) => {
      const s = notes.length < sources.length ? sources[notes.length] : r.pick(sources);
      notes.push(`[^n${notes.length + 1}]: <Source id="${s}" loc="${loc}" />${r.chance(0.2) ? ' Relays the official readout.' : ''}`);
      return `[^n${notes.length}]`;
    };
    const peopleIds = [...people];
    const who = () => (peopleIds.length > 0 ? personInfo.get(r.pick(peopleIds)).name : `the ${countryName.get(r.pick(countryIds))} delegation`);
    const country = () => countryName.get(r.pick(countryIds));
    /** Two different participants (people, else delegations), for sentences that name two. */
    const pair = () => {
      const [a, b] = r.some(peopleIds, 2).map((p) => personInfo.get(p).name);
      return b ? `${a} and ${b}` : `${a ?? `The ${country()} delegation`} and the ${country()} side`;
    };
    const countryPair = () => r.some(countryIds, 2).map((c) => countryName.get(c)).join(' and ');
    const cityName = cityNameOn(host, start);
    const nouns = Array.from({ length: r.int(2, 4) }, properNoun);
    const sentences = [
      () => `${pair()} met in ${cityName} on ${formatDate(start)} to discuss ${topic[0]}.`,
      () => `The two sides ${r.pick(VERBS)} ${topic2[0]}, according to the ${r.pick(ADJECTIVES)} readout.`,
      () => `${country()} ${r.pick(VERBS)} ${r.pick(ADJECTIVES)} cooperation in ${topic[1]}, and officials said ${r.pick(OUTCOMES)} would follow.`,
      () => `${who()} said trade between ${countryPair()} had reached ${r.int(1, 40)}.${r.int(0, 9)} billion US dollars in ${Number(year) - 1}.`,
      () => `Delegations from ${countryPair()} also held separate consultations on ${r.pick(TOPICS)[0]}.`,
      () => `According to ${r.pick(OUTLETS)[0]}, the ${r.pick(ADJECTIVES)} working group on ${topic2[1]} had met ${r.int(2, 9)} times since ${Number(year) - r.int(1, 5)}.`,
      () => `Business associations from ${country()} presented ${r.int(3, 40)} projects, among them a ${r.pick(PROJECT_KINDS)} in ${r.pick(nouns)} district.`,
      () => `Critics in ${country()} questioned whether the ${r.pick(PROJECT_KINDS)} at ${r.pick(nouns)} would be financed at all.`,
      () => `A ${r.pick(PROJECT_KINDS)} near ${r.pick(nouns)} was named as the first project of the ${r.pick(ADJECTIVES)} programme.`,
      () => `Observers noted that ${country()} had sent only a deputy minister to the previous round of talks on ${topic2[1]}.`,
      () => `The ${r.pick(nouns)} ${r.pick(PROJECT_KINDS)}, estimated at ${r.int(50, 900)} million US dollars, is due to open in ${Number(year) + r.int(1, 4)}.`,
      () => `The meeting ended with ${r.pick(OUTCOMES)}, which the parties said they would review in ${Number(year) + 1}.`,
      () => `Local media in ${cityName} reported traffic restrictions and extra security around the ${r.pick(['residence', 'congress hall', 'palace of the nation', 'conference centre'])}.`,
      () => `${who()} linked the talks to ${r.pick(TOPICS)[0]}, a subject that had stalled since ${Number(year) - r.int(1, 6)}.`,
    ];
    const paragraph = (n) => {
      const out = [];
      // A footnote on every fact: most sentences carry their own, some share the next one's.
      for (let k = r.int(2, 5); k > 0; k--) out.push(`${r.pick(sentences)()}${k === 1 || r.chance(0.7) ? cite(`para. ${n}`) : ''}`);
      if (peopleIds.length > 0 && r.chance(0.35)) {
        const by = r.pick(peopleIds);
        out.push(`${personInfo.get(by).name} called the outcome <Q by="${by}">${r.pick(QUOTES)}</Q>.${cite(`para. ${n}`)}`);
      }
      return out.join(' ');
    };
    const target = r.int(400, 900);
    const body = [];
    let count = 0;
    let para = 0;
    const headings = ['Background', `Talks in ${cityName}`, cap(topic[1]), 'Economy and trade', 'Security', 'Reactions', 'Outcome'];
    for (let h = 0; count < target; h++) {
      const text = [`## ${headings[h % headings.length]}${h >= headings.length ? ` (${Math.floor(h / headings.length) + 1})` : ''}`];
      for (let k = r.int(1, 3); k > 0 && count < target; k--) {
        const p = paragraph(++para);
        count += words(p);
        text.push(p);
      }
      body.push(text.join('\n\n'));
      if (h === 1 && r.chance(0.35)) {
        const rows = Array.from({ length: r.int(3, 6) }, () => `| ${cap(r.pick(OUTCOMES).replace(/^an? /, ''))} on ${r.pick(TOPICS)[1]} | ${countryPair().replace(' and ', ', ')} | ${r.int(5, 500)} million US dollars${cite('annex')} |`);
        body.push(['## Documents signed', '', '| Document | Parties | Value |', '| --- | --- | --- |', ...rows].join('\n'));
      }
    }
    const sourceNotes = [
      () => `- One report gives the date as ${formatDate(addDays(start, 1))}; the others agree on ${formatDate(start)}.${cite('dateline')}`,
      () => `- The spelling "${cityName.replace(/a/, 'o')}" in one report is a transliteration of ${cityName}.${cite('para. 1')}`,
      () => `- One outlet rounds the trade figure up; the official statement gives a lower number.${cite('para. 2')}`,
      () => `- ${who()} is given the wrong title in one report; the role above is the one held at the time.${cite('para. 3')}`,
      () => `- The readout does not mention ${topic2[1]}, which other reports put on the agenda.${cite('para. 4')}`,
    ];
    body.push(['## Source notes', '', ...r.some(sourceNotes, r.int(2, 4)).map((f) => f())].join('\n'));

    // Figures, each citing one of its sources; one point per series and year across the Atlas.
    const figures = [];
    for (let k = r.int(0, 3); k > 0; k--) {
      const series = r.pick(SERIES);
      const period = String(Number(year) - 1);
      const amount = r.int(10, 900) / 10;
      const charted = countryIds.includes(series.country) && Number(period) >= 1992 && !seriesUsed.has(`${series.id}/${period}`) && r.chance(0.4);
      if (charted) seriesUsed.add(`${series.id}/${period}`);
      figures.push({
        value: charted ? amount : `about ${amount}`, unit: series.unit, measure: `${series.measure}, ${period}`, source: r.pick(ownSources),
        ...(r.chance(0.3) ? { note: 'as stated at the meeting; not independently verified' } : {}),
        ...(charted ? { series: { id: series.id, title: series.title, period, amount } } : {}),
      });
    }

    const related = eventIds.length > 0 && r.chance(0.5) ? [...new Set(Array.from({ length: r.int(1, 2) }, () => eventIds[Math.max(0, eventIds.length - 1 - r.int(0, 200))]))] : [];
    const countryTitle = countryIds.slice(0, 2).map((c) => countryName.get(c)).join('–');
    const title = `${cap(kind)}: ${countryTitle} talks on ${topic[1]}, ${cityName}`.slice(0, 90).trim();
    const description = `${countryTitle} ${kind} in ${cityName} on ${formatDate(start)}, on ${topic[0]} and ${topic2[1]}`.slice(0, 158).trim() + '.';
    const id = `${year}-${slug(cityName)}-${slug(topic[1])}-${i}`;
    eventIds.push(id);
    const front = yaml({
      title, kind, start, end, place: { city: host }, stops: stopCities.map((c, k) => ({ date: addDays(start, Math.min(k, stopCount - 1)), city: c })),
      description, countries: countryIds, organisations: [...orgs], people: peopleIds.map((p) => ({ person: p, role: roleOn(p, start) })),
      figures, sources, related, updated: r.chance(0.1) ? addDays(start, r.int(30, 400)) : undefined,
    });
    write('events', id, `---\n${front}---\n\n${body.join('\n\n')}\n\n${notes.join('\n')}\n`);
  }

  const count = (c) => readdirSync(join(out, c)).length;
  return {
    dir: out,
    events: count('events'),
    countries: count('countries'),
    organisations: count('organisations'),
    people: count('people'),
    cities: count('cities'),
    sources: count('sources'),
    generatedSources: sourceCount,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [n, dir, seed] = process.argv.slice(2);
  if (!n || !dir) {
    console.error('usage: node scripts/bench/generate.mjs <events> <dir> [seed]');
    process.exit(2);
  }
  console.log(JSON.stringify(generateContent({ events: Number(n), dir, ...(seed ? { seed: Number(seed) } : {}) })));
}
