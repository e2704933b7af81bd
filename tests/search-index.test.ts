/**
 * What the build gives the search, checked on dist/ without a browser: the filters, metadata,
 * sort keys and names SearchMeta writes into each page (all derived from the content), the
 * names list /search/names.json, the Pagefind index, and that the search code stays on /search/.
 */
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entityNames, type NamedData } from '../src/lib/entityNames';
import type { SearchEntity } from '../src/lib/suggestNames';
import { htmlPages, page } from './helpers/dist';
import { loadContent } from './helpers/loadContent';

const { snapshot } = await loadContent('content');
type Data = Record<string, unknown>;
const byId = (list: { id: string; data: Data }[]) => new Map(list.map((e) => [e.id, e.data]));
const countries = byId(snapshot.countries);
const organisations = byId(snapshot.organisations);
const people = byId(snapshot.people);
const cities = byId(snapshot.cities);
const ref = (v: unknown) => (typeof v === 'string' ? v : (v as { id: string }).id);

/** The hidden SearchMeta block of a built page: its filters, metadata, sort keys and text. */
function searchMeta(path: string) {
  const $ = page(path);
  const body = $('[data-pagefind-body]');
  const values = (attr: string) => {
    const out: Record<string, string[]> = {};
    body.find(`[${attr}]`).each((_, el) => {
      const m = /^(\w+)\[value\]$/.exec($(el).attr(attr) ?? '');
      if (m) (out[m[1]!] ??= []).push($(el).attr('value') ?? '');
    });
    return out;
  };
  return {
    filters: values('data-pagefind-filter'),
    meta: values('data-pagefind-meta'),
    sort: values('data-pagefind-sort'),
    own: body.find('[hidden] p[data-pagefind-weight="10"]').text(),
    text: body.find('[hidden]').text(),
  };
}

describe('each page tells Pagefind what it is about, from its entry', () => {
  test.each(snapshot.events.map((e) => [e.id, e.data] as const))('/events/%s/', (id, e) => {
    const m = searchMeta(`/events/${id}/`);
    const start = e['start'] as string;
    expect(m.filters['kind']).toEqual(['event']);
    expect(m.filters['year']).toContain(start.slice(0, 4));
    expect(m.sort['date']).toEqual([start]);
    expect(m.meta['title']).toEqual([e['title']]);
    expect(m.meta['kind']?.at(-1)).toBe(e['kind']);
    expect(m.meta['date']).toEqual([start]);
    const countryIds = (e['countries'] as unknown[]).map(ref);
    expect(m.filters['country']).toEqual(expect.arrayContaining(countryIds));
    expect(m.filters['org'] ?? []).toEqual((e['organisations'] as unknown[]).map(ref));
    expect(m.filters['person'] ?? []).toEqual([...new Set((e['people'] as { person: unknown }[]).map((p) => ref(p.person)))]);
    // Every other name of every participant and of the place is in the page's text for the index.
    const place = ref((e['place'] as { city: unknown }).city);
    const named = [
      ...countryIds.map((c) => countries.get(c)),
      ...(e['organisations'] as unknown[]).map((o) => organisations.get(ref(o))),
      ...(e['people'] as { person: unknown }[]).map((p) => people.get(ref(p.person))),
      cities.get(place),
    ];
    for (const data of named) for (const name of entityNames(data as unknown as NamedData)) expect(m.text, name).toContain(name);
  });

  test.each([
    ...snapshot.countries.map((c) => ['countries', 'country', 'country', c.id, c.data] as const),
    ...snapshot.organisations.map((o) => ['organisations', 'organisation', 'org', o.id, o.data] as const),
    ...snapshot.people.map((p) => ['people', 'person', 'person', p.id, p.data] as const),
  ])('/%s/%s/: kind %s, filter %s=%s, and all its names weighted like a title', (collection, kind, filter, id, data) => {
    const m = searchMeta(`/${collection}/${id}/`);
    expect(m.filters['kind']).toEqual([kind]);
    expect(m.filters[filter]).toContain(id);
    expect(m.meta['type']).toHaveLength(1);
    for (const name of entityNames(data as unknown as NamedData)) expect(m.own, name).toContain(name);
  });

  test('table captions and header rows stay out of the index: Pagefind runs header cells together ("JoinedLeftJapan")', () => {
    const tables = htmlPages().flatMap((p) => {
      const $ = page(p);
      return $('[data-pagefind-body] table').toArray().map((t) => [p, $, t] as const);
    });
    expect(tables.length).toBeGreaterThan(5);
    for (const [p, $, t] of tables) {
      for (const part of $(t).find('caption, thead').toArray()) expect($(part).closest('[data-pagefind-ignore]').length, `${p}: <${part.tagName}>`).toBe(1);
    }
  });

  test('SearchMeta writes values in attributes, so they never show in text or excerpts', () => {
    const $ = page('/events/2022-astana-central-asia-russia-summit/');
    expect($('[data-pagefind-body] [hidden] data').length).toBeGreaterThan(10);
    $('[data-pagefind-body] [hidden] data').each((_, el) => expect($(el).text()).toBe(''));
  });
});

describe('/search/names.json', () => {
  const list = JSON.parse(readFileSync('dist/search/names.json', 'utf8')) as SearchEntity[];
  const entity = (type: string, id: string) => list.find((e) => e.type === type && e.id === id);

  test('lists every country, organisation, person and city with all the names its data gives', () => {
    const expected = [
      ...snapshot.countries.map((e) => ['country', e] as const),
      ...snapshot.organisations.map((e) => ['organisation', e] as const),
      ...snapshot.people.map((e) => ['person', e] as const),
      ...snapshot.cities.map((e) => ['city', e] as const),
    ];
    expect(list).toHaveLength(expected.length);
    for (const [type, e] of expected) expect(entity(type, e.id)?.names, `${type} ${e.id}`).toEqual(entityNames(e.data as unknown as NamedData));
  });

  test('holds the spellings the issue names, all from the content files', () => {
    const names = (type: string, id: string) => entity(type, id)?.names.join(' | ') ?? '';
    expect(names('organisation', 'eaeu')).toMatch(/EAEU.*EEU/);
    for (const [id, acronym] of [['csto', 'CSTO'], ['sco', 'SCO'], ['cis', 'CIS'], ['caco', 'CACO'], ['c5-plus-1', 'C5+1']]) expect(names('organisation', id!)).toContain(acronym);
    for (const n of ['Kirghizia', 'Kyrgyz Republic']) expect(names('country', 'kyrgyzstan')).toContain(n);
    for (const n of ['Казахстан', 'Қазақстан']) expect(names('country', 'kazakhstan')).toContain(n);
    expect(names('country', 'tajikistan')).toContain('Тоҷикистон');
    expect(names('person', 'kassym-jomart-tokayev')).toContain('Tokaev');
    expect(names('person', 'serdar-berdimuhamedov')).toContain('Berdymukhamedov');
    expect(names('person', 'rashid-meredov')).toContain('Meredow');
    for (const n of ['Nur-Sultan', 'Akmola']) expect(names('city', 'astana')).toContain(n);
  });

  test('the search code carries no list of names of its own', () => {
    const html = readFileSync('dist/search/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => readFileSync(join('dist', m[1]!), 'utf8')).join('\n');
    expect(scripts.length).toBeGreaterThan(1000);
    for (const alias of ['Kirghizia', 'Tokaev', 'Meredow', 'Nur-Sultan', 'Akmola', 'Казахстан', 'EEU']) expect(scripts).not.toContain(alias);
  });
});

describe('the index and where the search code loads', () => {
  test('Pagefind indexed exactly the pages that carry data-pagefind-body', () => {
    const bodies = htmlPages().filter((p) => page(p)('[data-pagefind-body]').length > 0);
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['en']?.page_count).toBe(bodies.length);
    expect(bodies.length).toBe(snapshot.events.length + snapshot.countries.length + snapshot.organisations.length + snapshot.people.length + bodies.filter((p) => p.startsWith('/sources/')).length);
  });

  test('every build indexes, and a build whose indexing fails, fails', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['build']).toMatch(/^astro build && pagefind --site dist$/);
    expect(scripts['start']).toMatch(/npm run build/);
    const empty = mkdtempSync(join(tmpdir(), 'atlas-pagefind-'));
    try {
      const r = spawnSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', empty], { encoding: 'utf8' });
      expect(r.status).not.toBe(0);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  test('only /search/ loads the search script, its stylesheet and Pagefind', () => {
    const search = readFileSync('dist/search/index.html', 'utf8');
    const own = [...search.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!).filter((f) => !readdirSync('dist/_astro').some((n) => f.endsWith(n) && /^style\./.test(n)));
    expect(own.some((f) => f.endsWith('.css'))).toBe(true);
    expect(own.some((f) => f.endsWith('.js'))).toBe(true);
    for (const p of htmlPages().filter((x) => !x.startsWith('/search/'))) {
      const html = readFileSync(join('dist', p.endsWith('/') ? `${p}index.html` : p), 'utf8');
      for (const f of [...own, '/pagefind/']) expect(html, `${p} loads ${f}`).not.toContain(f);
    }
  });
});
