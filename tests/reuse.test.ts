/**
 * Cite, share, subscribe, export: the citation formatter, the feeds, the sitemap and robots.txt,
 * head metadata (canonical, Open Graph, Twitter, JSON-LD), share images, open data, "last
 * updated" and the About page, checked on the built dist/ (plus the pure functions behind them).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { htmlPages, page } from './helpers/dist';
import { citePage } from '../src/lib/citePage.mjs';
import { SITE_NAME } from '../src/lib/siteInfo';
import { toCsv } from '../src/lib/toCsv';
import { schemaFields } from '../src/lib/schemaFields';
import { EVENTS_CSV, MEMBERSHIPS_CSV, entitiesFile, eventsFile } from '../src/lib/openDataSchema';
import { SHARE_CARD } from '../src/lib/renderShareCard';

const SITE = 'https://atlas.example.org';
/** Pages are dated from git history; a build from a tree without it (a tarball) shows no dates. */
const hasGit = spawnSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8' }).status === 0;
const pages = htmlPages().filter((p) => p !== '/404.html');
const eventIds = readdirSync('dist/events', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const read = (path: string) => readFileSync(join('dist', path), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });
/** A dist/ path for an absolute Atlas URL, or undefined for another origin. */
const local = (url: string) => (url.startsWith(`${SITE}/`) ? url.slice(SITE.length) : undefined);
/** citeproc sets apostrophes typographically, as a printed reference would. */
const curly = (s: string) => s.replace(/'/g, '’');
const resolves = (path: string) => existsSync(join('dist', decodeURI(path.split('#')[0]!), path.endsWith('/') ? 'index.html' : ''));

describe('citePage (Citation.js with CSL styles)', () => {
  const c = citePage({ title: 'Second Russia–Central Asia summit, Dushanbe', url: `${SITE}/events/x/`, author: SITE_NAME, updated: '2025-10-10' });
  const text = Object.fromEntries(c.styles.map((s) => [s.id, s.text]));

  test('APA, Chicago and MLA name the author, title, date and URL in each style’s order', () => {
    expect(text['apa']).toBe(`Central Asia Relations Atlas. (2025, October 10). Second Russia–Central Asia summit, Dushanbe. ${SITE}/events/x/`);
    expect(text['chicago']).toBe(`Central Asia Relations Atlas. 2025. “Second Russia–Central Asia Summit, Dushanbe.” October 10, 2025. ${SITE}/events/x/.`);
    // MLA italicises a page that stands alone (no container), so no quotation marks.
    expect(text['mla']).toBe(`Central Asia Relations Atlas. Second Russia–Central Asia Summit, Dushanbe. 10 Oct. 2025, ${SITE}/events/x/.`);
    expect(c.styles.find((s) => s.id === 'apa')?.html).toContain('<i>Second Russia–Central Asia summit, Dushanbe</i>');
  });

  test('BibTeX and RIS carry the same record', () => {
    expect(c.bibtex).toMatch(/^@misc\{\w+,/);
    expect(c.bibtex).toContain('author = {{Central Asia Relations Atlas}}');
    expect(c.bibtex).toContain('year = {2025}');
    expect(c.bibtex).toContain(`url = {${SITE}/events/x/}`);
    expect(c.ris.split('\n')).toEqual(expect.arrayContaining(['TY  - ELEC', 'AU  - Central Asia Relations Atlas', 'DA  - 2025/10/10/', 'PY  - 2025', `UR  - ${SITE}/events/x/`, 'TI  - Second Russia–Central Asia summit, Dushanbe', 'ER  - ']));
  });

  test('RIS lines are never wrapped, however long the title', () => {
    const long = citePage({ title: 'x'.repeat(150), url: `${SITE}/z/`, author: SITE_NAME });
    expect(long.ris.split('\n')).toContain(`TI  - ${'x'.repeat(150)}`);
    for (const line of long.ris.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
  });

  test('without a date the styles say "n.d."; markup in a title stays text', () => {
    const u = citePage({ title: 'A <script>x</script> & b', url: `${SITE}/y/`, author: SITE_NAME });
    expect(u.styles.find((s) => s.id === 'apa')?.text).toContain('(n.d.)');
    for (const s of u.styles) {
      expect(s.html).not.toContain('<script');
      expect(s.text.toLowerCase()).toContain('a <script>x</script> & b');
    }
  });
});

describe('Cite this page (component, rendered on /about/ and /data/)', () => {
  test.each(['/about/', '/data/'])('%s: a <details> with the three styles, BibTeX, RIS, the stable URL and the last-changed date', (path) => {
    const $ = page(path);
    const box = $('details.cite-this');
    expect(box).toHaveLength(1);
    expect(box.find('summary').text()).toBe('Cite this page');
    expect(box.find('.cite-url').text()).toBe(`${SITE}${path}`);
    const updated = $('.site-footer time').attr('datetime');
    expect(box.find('.cite-meta time').attr('datetime')).toBe(updated);
    expect(box.find('dt').map((_, el) => $(el).text()).get()).toEqual(['APA (7th ed.)', 'Chicago (17th ed., author-date)', 'MLA (9th ed.)', 'BibTeX', 'RIS (Zotero, EndNote, Mendeley)']);
    const apa = box.find('dd.cite-apa').text();
    expect(apa).toMatch(hasGit ? /^Central Asia Relations Atlas\. \(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. / : /^Central Asia Relations Atlas\. \(n\.d\.\)\. /);
    expect(apa).toContain(`${SITE}${path}`);
    expect(box.find('pre.cite-ris').text()).toContain(`UR  - ${SITE}${path}`);
    expect(box.find('pre.cite-bibtex').text()).toContain(`url = {${SITE}${path}}`);
  });
});

describe('Cite this page on every event and entity page', () => {
  const entries = pages.filter((p) => /^\/(events|countries|organisations|people)\/[^/]+\/$/.test(p) && !/\/page\/$/.test(p) && page(p)('h1#title').length);

  test.each(entries)('%s: the page’s title, stable URL and last-changed date', (p) => {
    const $ = page(p);
    const box = $('details.cite-this');
    expect(box).toHaveLength(1);
    expect(box.find('.cite-url').text()).toBe(`${SITE}${p}`);
    expect(box.find('.cite-meta time').attr('datetime')).toBe($('.site-footer .updated time').attr('datetime'));
    const title = $('h1').text().trim();
    expect(box.find('dd.cite-apa').text()).toContain(`${curly(title)}. ${SITE}${p}`);
    expect(box.find('pre.cite-ris').text()).toContain(`TI  - ${title}`);
  });

  test('a known page: the 2017 tour, dated by its `updated` front matter', () => {
    const { events } = JSON.parse(read('data/events.json')) as z.infer<typeof eventsFile>;
    const tour = events.find((e) => e.id === '2017-putin-central-asia-tour')!;
    expect(tour.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [y, m, d] = tour.updated!.split('-').map(Number) as [number, number, number];
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    const box = page(`/events/${tour.id}/`)('details.cite-this');
    expect(box.find('dd.cite-apa').text()).toBe(`Central Asia Relations Atlas. (${y}, ${month} ${d}). ${curly(tour.title)}. ${SITE}/events/${tour.id}/`);
    expect(box.find('dd.cite-chicago').text()).toContain(`Central Asia Relations Atlas. ${y}.`);
    expect(box.find('dd.cite-chicago').text()).toContain(`${month} ${d}, ${y}. ${SITE}/events/${tour.id}/.`);
    expect(box.find('dd.cite-mla').text()).toMatch(new RegExp(`^Central Asia Relations Atlas\\. .+\\. ${d} ${month.slice(0, 3)}\\.? ${y}, ${SITE.replace(/\./g, '\\.')}/events/${tour.id}/\\.$`));
    expect(box.find('pre.cite-ris').text()).toContain(`DA  - ${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`);
  });
});

describe('feeds', () => {
  const feed = read('feed.xml');

  test('/feed.xml is well-formed RSS 2.0 with a self link and an item for every event', () => {
    expect(XMLValidator.validate(feed)).toBe(true);
    const rss = xml.parse(feed).rss;
    expect(rss['@_version']).toBe('2.0');
    const channel = rss.channel;
    expect(channel.title).toContain('Central Asia Relations Atlas');
    expect(channel.link).toBe(`${SITE}/`);
    expect(channel.description.length).toBeGreaterThan(20);
    expect(channel['atom:link']['@_href']).toBe(`${SITE}/feed.xml`);
    const items = channel.item as { title: string; link: string; description: string; pubDate: string; guid: { '#text': string } }[];
    expect(items.map((i) => local(i.link)).sort()).toEqual(eventIds.map((id) => `/events/${id}/`));
    for (const i of items) {
      expect(i.title.length).toBeGreaterThan(5);
      expect(i.description.length).toBeGreaterThan(20);
      expect(Number.isNaN(Date.parse(i.pubDate))).toBe(false);
      expect(i.guid['#text']).toBe(i.link);
    }
    // Newest first.
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  test('each country feed is valid and lists exactly the events that involve the country', () => {
    const { events } = JSON.parse(read('data/events.json')) as z.infer<typeof eventsFile>;
    const countries = readdirSync('dist/feeds').map((f) => f.replace(/\.xml$/, ''));
    expect(countries.length).toBeGreaterThan(5);
    for (const c of countries) {
      const text = read(`feeds/${c}.xml`);
      expect(XMLValidator.validate(text), c).toBe(true);
      const items = (xml.parse(text).rss.channel.item ?? []) as { link: string }[];
      const expected = events.filter((e) => e.country === c || e.countries.includes(c)).map((e) => e.url);
      expect(items.map((i) => i.link).sort(), c).toEqual(expected.sort());
    }
  });

  test('every page links the feed from <head> and the footer; country pages also their own feed', () => {
    for (const p of pages) {
      const $ = page(p);
      expect($('head link[rel="alternate"][type="application/rss+xml"][href="/feed.xml"]'), p).toHaveLength(1);
      expect($('footer a[href="/feed.xml"]'), p).toHaveLength(1);
      const country = /^\/countries\/([^/]+)\/$/.exec(p)?.[1];
      if (country) expect($(`head link[rel="alternate"][href="/feeds/${country}.xml"]`), p).toHaveLength(1);
    }
  });
});

describe('sitemap and robots.txt', () => {
  test('robots.txt allows crawling and names the sitemap, which exists', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(`${SITE}/sitemap-index.xml`);
    expect(resolves(local(sitemap!)!)).toBe(true);
  });

  test('the sitemap is well-formed and lists every page but the 404 and search pages, every event included', () => {
    const index = read('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const maps = (xml.parse(index).sitemapindex.sitemap as { loc: string }[]).map((s) => local(s.loc)!);
    const urls = maps.flatMap((m) => {
      const text = read(m);
      expect(XMLValidator.validate(text)).toBe(true);
      return (xml.parse(text).urlset.url as { loc: string }[]).map((u) => local(u.loc)!);
    });
    expect(urls.sort()).toEqual(pages.filter((p) => p !== '/search/').sort());
    for (const id of eventIds) expect(urls).toContain(`/events/${id}/`);
  });
});

describe('head metadata on every page', () => {
  test.each(pages)('%s: canonical, Open Graph, Twitter card, JSON-LD', (p) => {
    const $ = page(p);
    const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}${p}`);
    expect(meta('og:url')).toBe(`${SITE}${p}`);
    const title = $('title').text();
    expect(title.startsWith(meta('og:title')!)).toBe(true);
    expect(meta('og:description')).toBe(meta('description'));
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:title')).toBe(meta('og:title'));
    expect(meta('twitter:image')).toBe(meta('og:image'));
    expect(meta('og:image:alt')?.length).toBeGreaterThan(10);
    // The share image exists and is a PNG of the declared size.
    const image = local(meta('og:image')!)!;
    const png = readFileSync(join('dist', image));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(meta('og:image:width')), Number(meta('og:image:height'))]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHARE_CARD.width, SHARE_CARD.height]);
    // One JSON-LD block that parses.
    const blocks = $('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks.text()) as { '@context': string; '@graph': Record<string, unknown>[] };
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@graph'].length).toBeGreaterThan(0);
  });

  const graph = (p: string) => (JSON.parse(page(p)('script[type="application/ld+json"]').text()) as { '@graph': Record<string, any>[] })['@graph'];
  const ofType = (p: string, type: string) => graph(p).find((n) => n['@type'] === type);

  test.each(eventIds)('/events/%s/: Event and Article JSON-LD with the required fields, its own share image', (id) => {
    const p = `/events/${id}/`;
    const $ = page(p);
    const event = ofType(p, 'Event')!;
    expect(event['name']).toBe($('h1').text());
    expect(event['startDate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(event['endDate'] >= event['startDate']).toBe(true);
    expect(event['startDate']).toBe($('.event-meta time').first().attr('datetime')!.slice(0, 10));
    const places = [event['location']].flat() as Record<string, any>[];
    for (const place of places) {
      expect(place['@type']).toBe('Place');
      expect(place['address']['addressCountry']).toMatch(/^[A-Z]{2}$/);
      expect(typeof place['geo']['latitude']).toBe('number');
    }
    expect(event['attendee'].length).toBeGreaterThan(0);
    for (const a of event['attendee']) expect(resolves(local(a.url)!)).toBe(true);
    expect(event['image']).toBe(`${SITE}/og/events/${id}.png`);
    const article = ofType(p, 'Article')!;
    expect(article['headline']).toBe(event['name']);
    expect(article['about']).toEqual({ '@id': event['@id'] });
    expect(article['citation'].length).toBe($('ol.source-list > li').length);
    for (const c of article['citation']) {
      expect(c['@type']).toBe('CreativeWork');
      expect(c['name'].length).toBeGreaterThan(0);
      expect(c['publisher']['name'].length).toBeGreaterThan(0);
      expect(c['datePublished']).toMatch(/^\d{4}/);
    }
    expect(page(p)('meta[property="og:type"]').attr('content')).toBe('article');
    expect(page(p)('meta[property="og:image"]').attr('content')).toBe(`${SITE}/og/events/${id}.png`);
  });

  test('entity pages carry Country, Organization and Person JSON-LD with the required fields', () => {
    const entity = (section: string) => pages.filter((p) => new RegExp(`^/${section}/[^/]+/$`).test(p) && existsSync(`content/${section}/${p.split('/')[2]}.yaml`));
    const kinds = [['countries', 'Country'], ['organisations', 'Organization'], ['people', 'Person']] as const;
    for (const [section, type] of kinds) {
      const list = entity(section);
      expect(list.length, section).toBeGreaterThan(3);
      for (const p of list) {
        const node = ofType(p, type);
        expect(node, p).toBeDefined();
        expect(page(p)('h1').text().trim().startsWith(node!['name']), p).toBe(true);
        expect(node!['url'] ?? node!['mainEntityOfPage'], p).toBe(`${SITE}${p}`);
        if (type === 'Country') expect(node!['identifier'][0], p).toMatch(/^[A-Z]{2}$/);
        if (type === 'Organization') expect(node!['foundingDate'], p).toMatch(/^\d{4}/);
        if (type === 'Person') expect(node!['nationality']['@type'], p).toBe('Country');
      }
    }
  });

  test('the home page is a WebSite and /data/ a Dataset whose downloads exist', () => {
    expect(ofType('/', 'WebSite')?.['url']).toBe(`${SITE}/`);
    const dataset = ofType('/data/', 'Dataset')!;
    expect(dataset['license']).toMatch(/^https:\/\/creativecommons\.org\//);
    expect(dataset['distribution']).toHaveLength(4);
    for (const d of dataset['distribution']) expect(resolves(local(d.contentUrl)!), d.contentUrl).toBe(true);
  });

  test('a "</script>" in content cannot end the JSON-LD block early', () => {
    for (const p of pages) expect(page(p)('script[type="application/ld+json"]').html(), p).not.toMatch(/<\//);
  });
});

/** RFC 4180 parsing, enough to check the files: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  return rows;
}

describe('open data', () => {
  const events = eventsFile.parse(JSON.parse(read('data/events.json')));
  const entities = entitiesFile.parse(JSON.parse(read('data/entities.json')));

  test('events.json matches its schema and holds every event, each linking to its page', () => {
    expect(events.events.map((e) => e.id).sort()).toEqual(eventIds);
    for (const e of events.events) {
      expect(e.url).toBe(`${SITE}/events/${e.id}/`);
      expect(page(`/events/${e.id}/`)('h1').text()).toBe(e.title);
    }
  });

  test('entities.json matches its schema, every record with a page links to it, and every id an event uses is defined', () => {
    for (const list of [entities.countries, entities.organisations, entities.people]) {
      expect(list.length).toBeGreaterThan(3);
      for (const r of list) expect(resolves(local(r.url)!), r.url).toBe(true);
    }
    const ids = (l: { id: string }[]) => new Set(l.map((r) => r.id));
    const [countries, organisations, people, cities, sources] = [entities.countries, entities.organisations, entities.people, entities.cities, entities.sources].map(ids);
    for (const e of events.events) {
      expect(cities!.has(e.city)).toBe(true);
      for (const c of e.countries) expect(countries!.has(c)).toBe(true);
      for (const o of e.organisations) expect(organisations!.has(o)).toBe(true);
      for (const p of e.people) expect(people!.has(p.person)).toBe(true);
      for (const s of e.sources) expect(sources!.has(s)).toBe(true);
    }
    for (const s of entities.sources) {
      const [path, fragment] = local(s.url)!.split('#');
      expect(page(path!)(`#${fragment}`), s.url).toHaveLength(1);
    }
  });

  test('the published JSON Schemas are the ones the files were checked against', () => {
    for (const [file, schema] of [['events', eventsFile], ['entities', entitiesFile]] as const) {
      const published = JSON.parse(read(`data/${file}.schema.json`));
      expect(published).toEqual({ $id: `${SITE}/data/${file}.schema.json`, ...z.toJSONSchema(schema) });
      expect(JSON.parse(read(`data/${file}.json`)).$schema).toBe(published.$id);
    }
  });

  test('events.csv and memberships.csv have their documented columns and one row per record', () => {
    const ev = parseCsv(read('data/events.csv'));
    expect(ev[0]).toEqual(EVENTS_CSV.map(([c]) => c));
    expect(ev.slice(1).map((r) => r[0]).sort()).toEqual(eventIds);
    for (const r of ev.slice(1)) expect(r).toHaveLength(EVENTS_CSV.length);
    const byId = new Map(events.events.map((e) => [e.id, e]));
    for (const r of ev.slice(1)) expect(r[2]).toBe(byId.get(r[0]!)!.title);
    const mem = parseCsv(read('data/memberships.csv'));
    expect(mem[0]).toEqual(MEMBERSHIPS_CSV.map(([c]) => c));
    expect(mem.length - 1).toBe(entities.organisations.reduce((n, o) => n + o.members.length, 0));
  });

  test('/data/ documents every field and column, the version and the licence', () => {
    const $ = page('/data/');
    const text = $('main').text();
    expect(text).toContain(`Schema, version ${events.schemaVersion}`);
    for (const f of schemaFields(z.toJSONSchema(eventsFile) as Parameters<typeof schemaFields>[0])) expect(text).toContain(f.path);
    for (const [c] of [...EVENTS_CSV, ...MEMBERSHIPS_CSV]) expect(text).toContain(c);
    expect($('a[rel~="license"]').attr('href')).toBe(events.licence.url);
  });

  test('toCsv quotes only what needs quoting and ends every row with CRLF', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x, y', b: 'say "hi"' }, { a: 'line\nbreak', b: null }, { a: 3 }])).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n3,\r\n');
    expect(parseCsv(toCsv(['a'], [{ a: '"q",\r\n' }]))).toEqual([['a'], ['"q",\r\n']]);
  });
});

describe('last updated', () => {
  test('every page says when it last changed, with <time>, taken from the content', () => {
    for (const p of [...pages, '/404.html']) {
      const t = page(p)('.site-footer .updated time');
      if (!hasGit) continue; // nothing to date pages by but `updated`, which only some events have
      expect(t, p).toHaveLength(1);
      expect(t.attr('datetime'), p).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('an event with an `updated` date shows it; list pages show their newest entry', () => {
    const { events } = JSON.parse(read('data/events.json')) as z.infer<typeof eventsFile>;
    const dated = events.filter((e) => e.updated);
    expect(dated.length).toBeGreaterThan(0);
    for (const e of dated) expect(page(`/events/${e.id}/`)('.site-footer time').attr('datetime')).toBe(e.updated);
    const all = eventIds.map((id) => page(`/events/${id}/`)('.site-footer time').attr('datetime')!).sort();
    expect(page('/events/')('.site-footer time').attr('datetime')).toBe(all.at(-1));
  });
});

describe('about', () => {
  test('/about/ covers coverage, sources, corrections, citing and the licence, and is linked from every footer', () => {
    const $ = page('/about/');
    expect($('h2').map((_, el) => $(el).attr('id')).get()).toEqual(expect.arrayContaining(['coverage', 'sources', 'corrections', 'cite', 'licence']));
    expect($('a[rel~="license"]').attr('href')).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
    for (const p of pages) expect(page(p)('footer a[href="/about/"]'), p).toHaveLength(1);
  });
});
