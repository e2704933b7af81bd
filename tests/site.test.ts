/**
 * The built site (dist/ from `npm run build`): the five event pages exist at their stable URLs
 * and show the event's real date, its place and a link to each participating country.
 * Expected dates and places are from the public record, not from our own output.
 */
import { describe, expect, test } from 'vitest';
import { page, htmlPages } from './helpers/dist';

const EVENTS = [
  { slug: '2004-russia-joins-caco', start: '2004-08-28', city: 'Astana', countries: ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'uzbekistan', 'japan'] },
  { slug: '2017-putin-central-asia-tour', start: '2017-02-27', city: 'Almaty', stops: ['Almaty', 'Dushanbe', 'Bishkek'], countries: ['russia', 'tajikistan', 'kazakhstan', 'kyrgyzstan'] },
  { slug: '2022-astana-central-asia-russia-summit', start: '2022-10-14', city: 'Astana', countries: ['russia', 'kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'] },
  { slug: '2023-blinken-c5-plus-1-astana', start: '2023-02-28', city: 'Astana', countries: ['united-states', 'kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'] },
  { slug: '2025-dushanbe-russia-central-asia-summit', start: '2025-10-09', city: 'Dushanbe', countries: ['russia', 'kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'] },
];

describe.each(EVENTS)('/events/$slug/', ({ slug, start, city, countries, stops }: { slug: string; start: string; city: string; countries: string[]; stops?: string[] }) => {
  const $ = page(`/events/${slug}/`);

  test('has one h1 and a title', () => {
    expect($('h1')).toHaveLength(1);
    expect($('title').text()).toContain($('h1').text().trim());
  });

  test(`shows its start date ${start} in a <time datetime>`, () => {
    expect($(`time[datetime="${start}"]`).length).toBeGreaterThan(0);
  });

  test(`names its place, ${city}`, () => {
    expect($('.event-meta').text()).toContain(city);
  });

  if (stops) {
    test(`lists its stops in order: ${stops.join(', ')}`, () => {
      expect($('.event-meta .stops li').map((_, li) => $(li).text()).get().map((t) => stops.find((c) => t.includes(c)))).toEqual(stops);
    });
  }

  test('links to each participating country', () => {
    const hrefs = new Set($('a[href^="/countries/"]').map((_, a) => $(a).attr('href')).get());
    for (const c of countries) expect(hrefs, c).toContain(`/countries/${c}/`);
  });

  test('has a key-figures table, a Source notes section, notes and sources', () => {
    expect($('#key-figures').length).toBe(1);
    expect($('table th[scope="col"]').length).toBeGreaterThan(0);
    expect($('h2#source-notes').length).toBe(1);
    expect($('section[data-footnotes] li').length).toBeGreaterThan(3);
    expect($('#sources + ol.source-list > li').length).toBeGreaterThan(0);
  });

  test('every footnote link lands on a note, and every note on a listed source', () => {
    const ids = new Set($('[id]').map((_, el) => $(el).attr('id')).get());
    const targets = $('a[href^="#"]').map((_, a) => $(a).attr('href')!.slice(1)).get();
    for (const t of targets) expect(ids, `#${t}`).toContain(t);
    $('section[data-footnotes] li').each((_, li) => {
      expect($(li).find('a[href^="#source-"]').length, $(li).text()).toBeGreaterThan(0);
    });
  });
});

test('every entity page the events link to exists', () => {
  const pages = new Set(htmlPages());
  for (const { slug } of EVENTS) {
    const $ = page(`/events/${slug}/`);
    $('a[href^="/countries/"], a[href^="/organisations/"], a[href^="/people/"]').each((_, a) => {
      expect(pages, `${slug} → ${$(a).attr('href')}`).toContain($(a).attr('href'));
    });
  }
});

test('content pages ship no executable <script> (JSON-LD data blocks only)', () => {
  for (const path of htmlPages().filter((p) => !p.startsWith('/search/'))) {
    expect(page(path)('script:not([type="application/ld+json"])').length, path).toBe(0);
  }
});

test('the Pagefind index was built from the article bodies', () => {
  const $ = page('/events/2022-astana-central-asia-russia-summit/');
  expect($('[data-pagefind-body]').length).toBe(1);
  expect($('header [data-pagefind-body], footer [data-pagefind-body]').length).toBe(0);
  expect(htmlPages()).toContain('/search/');
});
