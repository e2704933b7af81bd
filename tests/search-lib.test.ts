/**
 * The search page's pure functions (src/lib/): URL state, Pagefind filters, query and name
 * folding, typo suggestions, the status sentence; and the "search within" link component.
 * The browser tests (search.test.ts) check them again through the page; these say exactly what
 * each one promises.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import SearchWithin from '../src/components/SearchWithin.astro';
import { parseSearchState, type SearchState } from '../src/lib/parseSearchState';
import { searchQueryString } from '../src/lib/searchQueryString';
import { pagefindFilters, selectedFilters } from '../src/lib/pagefindFilters';
import { normaliseQuery } from '../src/lib/normaliseQuery';
import { normaliseName } from '../src/lib/normaliseName';
import { editDistance } from '../src/lib/editDistance';
import { entityNames } from '../src/lib/entityNames';
import { suggestNames, type SearchEntity } from '../src/lib/suggestNames';
import { searchSummary } from '../src/lib/searchSummary';
import { mergeIds } from '../src/lib/mergeIds';
import { yearsBetween } from '../src/lib/yearsBetween';

describe('URL state', () => {
  test('a shared URL restores query, every filter value and the sort', () => {
    const s = parseSearchState('?q=trade&country=kazakhstan&org=eaeu&year=2022&sort=date&country=uzbekistan');
    expect(s).toEqual({
      q: 'trade',
      filters: { country: ['kazakhstan', 'uzbekistan'], org: ['eaeu'], person: [], year: ['2022'], kind: [] },
      sort: 'date',
    });
  });

  test('comma-separated values, repeats, blanks, an unknown sort and extra spaces are tidied', () => {
    const s = parseSearchState('?q=%20%20Tokaev%20%20%20C5%2B1%20&country=kazakhstan,uzbekistan,&country=kazakhstan&sort=random&x=1');
    expect(s.q).toBe('Tokaev C5+1');
    expect(s.filters.country).toEqual(['kazakhstan', 'uzbekistan']);
    expect(s.sort).toBe('relevance');
  });

  test('values no filter offers are dropped when a check is given; long queries are cut', () => {
    const s = parseSearchState(`?country=narnia&country=japan&q=${'a'.repeat(500)}`, (f, v) => f === 'country' && v === 'japan');
    expect(s.filters.country).toEqual(['japan']);
    expect(s.q).toHaveLength(200);
  });

  test('the canonical query string round-trips and leaves out what is empty or default', () => {
    const url = '?q=trade+talks&country=kazakhstan&country=uzbekistan&org=eaeu&year=2022&kind=event&sort=date-asc';
    expect(searchQueryString(parseSearchState(url))).toBe(url);
    expect(searchQueryString(parseSearchState('?sort=relevance'))).toBe('');
    expect(searchQueryString(parseSearchState('?q=%3Cscript%3E'))).toBe('?q=%3Cscript%3E');
  });
});

describe('Pagefind filters', () => {
  const state: SearchState = parseSearchState('?country=kazakhstan&country=uzbekistan&year=2022');

  test('values within a filter are alternatives; filters without a value are passed empty, to be counted', () => {
    expect(pagefindFilters(state)).toEqual({ country: { any: ['kazakhstan', 'uzbekistan'] }, org: [], person: [], year: { any: ['2022'] }, kind: [] });
  });

  test('one filter can be lifted, to count its values as alternatives', () => {
    expect(pagefindFilters(state, 'country')).toEqual({ country: [], org: [], person: [], year: { any: ['2022'] }, kind: [] });
  });

  test('to find the results, only the filters with a selection are passed', () => {
    expect(selectedFilters(state)).toEqual({ country: { any: ['kazakhstan', 'uzbekistan'] }, year: { any: ['2022'] } });
    expect(selectedFilters(parseSearchState('?q=trade'))).toEqual({});
  });
});

describe('folding queries and names', () => {
  test('"+" goes (Pagefind indexes C5+1 as c51); spaces are tidied', () => {
    expect(normaliseQuery(' C5+1  summit ')).toBe('C51 summit');
    expect(normaliseQuery('C+C5')).toBe('CC5');
  });

  test('names fold to lower case without accents, hyphens or apostrophes; Cyrillic stays Cyrillic', () => {
    expect(normaliseName('Nur-Sultan')).toBe('nursultan');
    expect(normaliseName('Raşit Meredow')).toBe('rasit meredow');
    expect(normaliseName('O‘zbekiston')).toBe('ozbekiston');
    expect(normaliseName('Қазақстан')).toBe('қазақстан');
    expect(normaliseName('«Россия – Центральная Азия»')).toBe('россия центральная азия');
  });

  test('edit distance counts insertions, deletions, substitutions and swapped neighbours, and stops early', () => {
    expect(editDistance('kazahstan', 'kazakhstan')).toBe(1);
    expect(editDistance('tajikstan', 'tajikistan')).toBe(1);
    expect(editDistance('uzebkistan', 'uzbekistan')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });
});

describe('entity names', () => {
  test('every name field, own name first, each once', () => {
    expect(
      entityNames({
        name: 'Kyrgyzstan',
        officialName: 'Kyrgyz Republic',
        nameRu: 'Киргизия',
        localNames: [{ name: 'Кыргызстан' }, { name: 'Кыргызстан' }],
        otherNames: ['Kirghizia', 'Kyrgyz Republic', 'kirghizia'],
      }),
    ).toEqual(['Kyrgyzstan', 'Kyrgyz Republic', 'Киргизия', 'Кыргызстан', 'Kirghizia']);
    expect(entityNames({ name: 'Astana', formerNames: [{ name: 'Akmola' }], otherNames: ['Nur-Sultan'] })).toEqual(['Astana', 'Nur-Sultan', 'Akmola']);
    expect(entityNames({ name: 'Eurasian Economic Union', acronyms: ['EAEU', 'EEU'] })).toEqual(['Eurasian Economic Union', 'EAEU', 'EEU']);
  });
});

describe('name matches and typo suggestions', () => {
  const entities: SearchEntity[] = [
    { type: 'country', id: 'kazakhstan', name: 'Kazakhstan', url: '/countries/kazakhstan/', names: ['Kazakhstan', 'Казахстан', 'Қазақстан'] },
    { type: 'country', id: 'tajikistan', name: 'Tajikistan', url: '/countries/tajikistan/', names: ['Tajikistan', 'Тоҷикистон'] },
    { type: 'country', id: 'russia', name: 'Russia', url: '/countries/russia/', names: ['Russia', 'Russian Federation'] },
    { type: 'person', id: 'rashid-meredov', name: 'Rashid Meredov', url: '/people/rashid-meredov/', names: ['Rashid Meredov', 'Raşit Meredow'] },
    { type: 'city', id: 'astana', name: 'Astana', country: 'Kazakhstan', names: ['Astana', 'Nur-Sultan', 'Akmola'] },
    { type: 'organisation', id: 'eaeu', name: 'Eurasian Economic Union', url: '/organisations/eaeu/', names: ['Eurasian Economic Union', 'EAEU', 'EEU', 'Eurasian Union'] },
  ];

  test('an alias, in any case or script, names its entity exactly; so does a surname', () => {
    expect(suggestNames('nur sultan', entities).exact.map((m) => [m.entity.id, m.name])).toEqual([['astana', 'Nur-Sultan']]);
    expect(suggestNames('ҚАЗАҚСТАН', entities).exact.map((m) => m.entity.id)).toEqual(['kazakhstan']);
    expect(suggestNames('Meredow', entities).exact.map((m) => [m.entity.id, m.name])).toEqual([['rashid-meredov', 'Raşit Meredow']]);
    expect(suggestNames('union', entities).exact).toEqual([]);
  });

  test('a small typo suggests the nearest names, and only the nearest', () => {
    expect(suggestNames('Kazahstan', entities).suggestions.map((s) => s.text)).toEqual(['Kazakhstan']);
    expect(suggestNames('Tajikstan', entities).suggestions.map((s) => s.entity?.url)).toEqual(['/countries/tajikistan/']);
    expect(suggestNames('Meredof', entities).suggestions.map((s) => s.text)).toEqual(['Rashid Meredov']);
  });

  test('one misspelt word among others is corrected in place', () => {
    expect(suggestNames('Kazahstan trade', entities).suggestions).toEqual([{ text: 'Kazakhstan trade' }]);
  });

  test('real words, longer forms of a name and short or distant queries suggest nothing', () => {
    for (const q of ['trade', 'Russian', 'Kazakhstani', 'EU', 'xyzzy', 'Kazakhstan']) expect(suggestNames(q, entities).suggestions, q).toEqual([]);
  });
});

describe('the status sentence', () => {
  test('count, query, filters (alternatives joined by "or") and a date order', () => {
    expect(searchSummary(7, 'trade', [['Kazakhstan', 'Uzbekistan'], ['2022']], 'date')).toBe('7 results for “trade” in Kazakhstan or Uzbekistan; 2022, newest first');
    expect(searchSummary(1, 'Tokaev', [], 'date-asc')).toBe('1 result for “Tokaev”');
    expect(searchSummary(0, 'xyzzy', [[], ['Events']], 'relevance')).toBe('No results for “xyzzy” in Events');
    expect(searchSummary(12, '', [['Tajikistan']], 'relevance')).toBe('12 results in Tajikistan');
  });
});

test('result lists merge in order of priority, each id once', () => {
  expect(mergeIds(['b'], ['a', 'b', 'c'], ['c', 'd'])).toEqual(['b', 'a', 'c', 'd']);
});

test('years of a span of dates', () => {
  expect(yearsBetween('2004-10-18')).toEqual(['2004']);
  expect(yearsBetween('2004-12-30', '2006-01')).toEqual(['2004', '2005', '2006']);
});

test('"Search within" is a plain link to the search with one filter set, kept out of the index', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(SearchWithin, { props: { filter: 'org', value: 'c5-plus-1', label: 'C5+1 & co' } });
  const $ = cheerio.load(html);
  expect($('p[data-pagefind-ignore] > a').attr('href')).toBe('/search/?org=c5-plus-1');
  expect($('a').text()).toBe('Search within C5+1 & co');
  expect($('script').length).toBe(0);
});
