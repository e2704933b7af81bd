/**
 * Browse pages on the built site: back-links derived from the events, the membership matrix,
 * the map, the timeline, the charts, and every page within three clicks of the home page.
 */
import { describe, expect, test } from 'vitest';
import { page, htmlPages } from './helpers/dist';

const eventPages = htmlPages().filter((p) => /^\/events\/[^/]+\/$/.test(p));

test('there are event pages to check', () => {
  expect(eventPages.length).toBeGreaterThanOrEqual(5);
});

test('every country, organisation and person an event links to has a page that links back to the event', () => {
  for (const ev of eventPages) {
    const $ = page(ev);
    const entities = new Set($('.infobox a[href^="/countries/"], .infobox a[href^="/organisations/"], .infobox a[href^="/people/"]').map((_, a) => $(a).attr('href')!).get());
    expect(entities.size, ev).toBeGreaterThan(2);
    for (const href of entities) {
      const $e = page(href);
      expect($e(`main a[href="${ev}"]`).length, `${href} should link back to ${ev}`).toBeGreaterThan(0);
    }
  }
});

describe('membership matrix', () => {
  const $ = page('/organisations/membership/');
  const cell = (country: string, org: string) => $(`td[data-country="${country}"][data-org="${org}"]`).text().trim();

  test('is a captioned table with header scopes', () => {
    expect($('table caption').text()).toMatch(/States × organisations/);
    expect($('thead th[scope="col"]').length).toBeGreaterThan(5);
    expect($('tbody th[scope="row"]').length).toBeGreaterThan(5);
  });

  // Expected years from the public record, not from the site's own output.
  test.each([
    ['kyrgyzstan', 'eaeu', '2015'],
    ['kazakhstan', 'eaeu', '2015'],
    ['uzbekistan', 'csto', '2006–2012'],
    ['kazakhstan', 'caco', '2002–2006'],
    ['russia', 'caco', '2004–2006'],
    ['uzbekistan', 'eaeu', 'obs. 2020'],
    ['tajikistan', 'eaeu', '—not a member'],
    ['united-states', 'c5-plus-1', '2015'],
  ])('%s in %s: %s', (country, org, expected) => {
    expect(cell(country, org)).toBe(expected);
  });
});

describe('map', () => {
  const $ = page('/');
  const centralAsia = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'];

  test('the home page map links each Central Asian state, with an accessible name', () => {
    for (const c of centralAsia) {
      const link = $(`figure.region-map svg a[href="/countries/${c}/"]`);
      expect(link.length, c).toBe(1);
      expect(link.children('title').text().toLowerCase()).toBe(c);
      expect(link.find('path').attr('d')!.length, c).toBeGreaterThan(50);
    }
  });

  test('event cities are marked and link to an event', () => {
    const places = $('figure.region-map a.place');
    expect(places.length).toBeGreaterThanOrEqual(4);
    places.each((_, a) => {
      expect($(a).attr('href')).toMatch(/^\/events\/[^/]+\/$/);
      expect($(a).children('title').text()).toMatch(/event/);
    });
  });

  test('each Central Asian country page has the map, with its own country emphasised', () => {
    for (const c of centralAsia) {
      const $c = page(`/countries/${c}/`);
      expect($c(`figure.region-map a.highlight[href="/countries/${c}/"]`).length, c).toBe(1);
      expect($c('figure.region-map a.highlight').length, c).toBe(1);
    }
  });
});

test('the timeline lists every event once, years in order', () => {
  const $ = page('/timeline/');
  const years = $('.timeline-year').map((_, h) => $(h).text()).get();
  expect(years).toEqual([...years].sort());
  const linked = $('.timeline a[href^="/events/"]').map((_, a) => $(a).attr('href')).get();
  expect(linked.sort()).toEqual([...eventPages].sort());
});

test('previous/next links walk the events in date order', () => {
  const order: string[] = [];
  let at: string | undefined = eventPages.find((p) => page(p)('.pager a[rel="prev"]').length === 0);
  while (at) {
    order.push(at);
    at = page(at)('.pager a[rel="next"]').attr('href');
  }
  expect(order.sort()).toEqual([...eventPages].sort());
  const dates = order.map((p) => page(p)('.event-meta time').first().attr('datetime')!);
  expect(dates).toEqual([...dates].sort());
});

test('the trade chart plots each reported year once, in order, each point with its source', () => {
  const $ = page('/countries/russia/');
  const periods = $('.series-chart .period').map((_, t) => $(t).text()).get();
  expect(periods).toEqual(['2017', '2021', '2024']);
  expect($('.series-chart .chart-sources li')).toHaveLength(3);
  $('.series-chart .chart-sources li').each((_, li) => {
    expect($(li).find('a[href*="#source-"]').length).toBe(1);
    expect($(li).find('a[href^="/events/"]').length).toBe(1);
  });
});

test('a person page lists the quotes attributed to them, each linking to the quotation itself', () => {
  const $ = page('/people/antony-blinken/');
  const links = $('.quote-list a').map((_, a) => $(a).attr('href')!).get();
  expect(links.length).toBeGreaterThanOrEqual(2);
  for (const href of links) {
    const [path, id] = href.split('#');
    const $e = page(path!);
    expect($e(`q#${id}`).attr('data-by'), href).toBe('antony-blinken');
  }
});

test('long lists are paginated: every source is listed once, at most 50 to a page, and the pages link in a chain', () => {
  const pages = htmlPages().filter((p) => /^\/sources\/(page\/\d+\/)?$/.test(p));
  const seen: string[] = [];
  for (const p of pages) {
    const $ = page(p);
    const ids = $('ol.source-list > li').map((_, li) => $(li).attr('id')).get();
    expect(ids.length, p).toBeLessThanOrEqual(50);
    seen.push(...ids);
  }
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.length).toBe(Number(/All (\d+) sources/.exec(page('/sources/')('.lead').text())![1]));
  if (pages.length > 1) expect(page('/sources/')('nav.pager a[rel="next"]').attr('href')).toBe('/sources/page/2/');
});

test('every page is reachable from the home page within three clicks', () => {
  const all = htmlPages().filter((p) => p !== '/404.html');
  const seen = new Set(['/']);
  let frontier = ['/'];
  for (let depth = 0; depth < 3; depth++) {
    const next: string[] = [];
    for (const p of frontier) {
      const $ = page(p);
      $('a[href^="/"]').each((_, a) => {
        const href = $(a).attr('href')!.split(/[?#]/)[0]!;
        if (all.includes(href) && !seen.has(href)) {
          seen.add(href);
          next.push(href);
        }
      });
    }
    frontier = next;
  }
  expect(all.filter((p) => !seen.has(p))).toEqual([]);
});
