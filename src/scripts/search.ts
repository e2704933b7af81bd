/**
 * The search page: the URL is the state. The form (query, sort) and the filter checkboxes are
 * server-rendered; this script reads the URL into them, searches Pagefind, renders results,
 * counts per filter value, alias notes and typo suggestions, and writes every change back to
 * the URL (one history entry per filter change or per typing burst).
 */
import { FILTERS, MAX_QUERY, parseSearchState, type FilterName, type SearchState } from '../lib/parseSearchState';
import { searchQueryString } from '../lib/searchQueryString';
import { pagefindFilters, selectedFilters } from '../lib/pagefindFilters';
import { normaliseQuery } from '../lib/normaliseQuery';
import { searchSummary } from '../lib/searchSummary';
import { suggestNames, type SearchEntity } from '../lib/suggestNames';
import { mergeIds } from '../lib/mergeIds';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind';
import { renderResult } from './renderResult';

/**
 * Results shown at first and added by "Show more". Each costs Pagefind a fragment (up to
 * 12 KB gzip for an event page): two keep the page and any first query within 150 KB.
 */
const FIRST_PAGE = 2;
const PAGE_SIZE = 5;
const TYPING_DELAY = 250;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const root = $<HTMLDivElement>('search');
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const sort = $<HTMLSelectElement>('search-sort');
const status = $<HTMLParagraphElement>('search-status');
const notes = $<HTMLDivElement>('search-notes');
const list = $<HTMLOListElement>('search-results');
const more = $<HTMLButtonElement>('search-more');
const clear = $<HTMLButtonElement>('search-clear');
const boxes = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"][form="search-form"]')];
const groups = [...document.querySelectorAll<HTMLDetailsElement>('details[data-filter]')];
const baseTitle = document.title;

const box = (f: string, v: string) => boxes.find((b) => b.name === f && b.value === v);
const labelOf = (b: HTMLInputElement) => b.parentElement?.querySelector('.label')?.textContent ?? b.value;

let pagefind: Promise<Pagefind> | undefined;
let names: Promise<SearchEntity[]> | undefined;
/** Bumped by every search, so a slow one never overwrites a newer one. */
let generation = 0;
/** True while the current history entry belongs to a burst of typing (replaced, not pushed). */
let typing = false;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Results not yet shown, for "Show more", and whether they have words to excerpt. */
let pending: PagefindResult[] = [];
let pendingExcerpts = true;

const loadNames = () =>
  (names ??= fetch('/search/names.json')
    .then((r) => (r.ok ? (r.json() as Promise<SearchEntity[]>) : []))
    .catch(() => []));

function readForm(): SearchState {
  const state = parseSearchState('');
  state.q = input.value.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  for (const b of boxes) if (b.checked) state.filters[b.name as FilterName].push(b.value);
  state.sort = sort.value as SearchState['sort'];
  return state;
}

function writeForm(state: SearchState) {
  input.value = state.q;
  for (const b of boxes) b.checked = state.filters[b.name as FilterName]?.includes(b.value) ?? false;
  sort.value = state.sort;
  for (const g of groups) if (state.filters[g.dataset['filter'] as FilterName].length > 0) g.open = true;
}

function setUrl(state: SearchState, mode: 'push' | 'replace') {
  const url = `${location.pathname}${searchQueryString(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** Counts per filter value: for a filter with a selection, counted as if it had none (its values are alternatives). */
async function countValues(pf: Pagefind, term: string | null, state: SearchState, own: Record<string, Record<string, number>>) {
  const counts: Partial<Record<FilterName, Record<string, number>>> = {};
  for (const f of FILTERS) {
    if (state.filters[f].length === 0) counts[f] = own[f] ?? {};
    else {
      const others = pagefindFilters(state, f);
      const unfiltered = term === null && FILTERS.every((g) => g === f || state.filters[g].length === 0);
      counts[f] = (unfiltered ? await pf.filters() : (await pf.search(term, { filters: others })).filters)[f] ?? {};
    }
  }
  return counts as Record<FilterName, Record<string, number>>;
}

function showCounts(counts: Record<FilterName, Record<string, number>>) {
  for (const b of boxes) {
    const n = counts[b.name as FilterName]?.[b.value] ?? 0;
    const count = b.parentElement?.querySelector('.count');
    if (count) count.textContent = `(${n})`;
    const item = b.closest('li');
    if (item) item.hidden = n === 0 && !b.checked;
  }
  for (const g of groups) {
    const f = g.dataset['filter'] as FilterName;
    const selected = boxes.filter((b) => b.name === f && b.checked).length;
    const badge = g.querySelector('.filter-selected');
    if (badge) badge.textContent = selected > 0 ? ` (${selected} selected)` : '';
    const empty = g.querySelector<HTMLElement>('.filter-empty');
    if (empty) empty.hidden = [...g.querySelectorAll('li')].some((li) => !li.hidden);
  }
  clear.hidden = !boxes.some((b) => b.checked);
}

/** The order to show: Pagefind's ranking, or dates first when sorting by date or listing by filter alone. */
async function rank(pf: Pagefind, term: string | null, state: SearchState, main: PagefindResult[]) {
  const filters = selectedFilters(state);
  const byId = new Map(main.map((r) => [r.id, r]));
  const lists: string[][] = [];
  if (state.sort === 'relevance' && term !== null) return main;
  if (state.sort === 'relevance') {
    // By filter alone: the pages of the chosen countries, organisations and people first.
    const hubs: [FilterName, string][] = [['country', 'country'], ['org', 'organisation'], ['person', 'person']];
    for (const [f, kind] of hubs) {
      if (state.filters[f].length === 0 || (state.filters.kind.length > 0 && !state.filters.kind.includes(kind))) continue;
      lists.push((await pf.search(null, { filters: { ...filters, kind: { any: [kind] } } })).results.map((r) => r.id));
    }
  }
  // Pages without a date (countries, people) have no sort key: Pagefind leaves them out, so they follow.
  const dated = await pf.search(term, { filters, sort: { date: state.sort === 'date-asc' ? 'asc' : 'desc' } });
  lists.push(dated.results.map((r) => r.id), main.map((r) => r.id));
  return mergeIds(...lists).flatMap((id) => byId.get(id) ?? []);
}

async function showMore(focusFirst: boolean, size = PAGE_SIZE) {
  const my = generation;
  const batch = pending.slice(0, size);
  pending = pending.slice(size);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (my !== generation) return;
  const items = data.map((d) => renderResult(d, pendingExcerpts));
  list.append(...items);
  more.hidden = pending.length === 0;
  more.textContent = `Show ${Math.min(PAGE_SIZE, pending.length)} more (${pending.length} not shown)`;
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

function link(href: string, text: string) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

const searchHref = (state: SearchState, q: string) => `/search/${searchQueryString({ ...state, q })}`;

function browseLinks(): HTMLParagraphElement {
  const p = document.createElement('p');
  const pages = [['/events/', 'events'], ['/countries/', 'countries'], ['/organisations/', 'organisations'], ['/people/', 'people'], ['/sources/', 'sources']] as const;
  p.append('Or browse the ');
  pages.forEach(([href, text], i) => p.append(...(i === 0 ? [] : [i === pages.length - 1 ? ' or ' : ', ']), link(href, text)));
  p.append('.');
  return p;
}

/** Alias notes ("Kirghizia" is Kyrgyzstan), typo suggestions and, for no results, ways out. */
async function showNotes(state: SearchState, count: number, my: number) {
  const out: HTMLElement[] = [];
  if (state.q) {
    const { exact, suggestions } = suggestNames(state.q, await loadNames());
    if (my !== generation) return;
    for (const { entity, name } of exact) {
      if (name === entity.name) continue;
      const p = document.createElement('p');
      p.className = 'search-note';
      const where = entity.type === 'city' ? `${entity.name}${entity.country ? `, ${entity.country}` : ''}` : entity.name;
      p.append(`“${name}” is another name for `, entity.url ? link(entity.url, where) : link(searchHref(state, entity.name), where), '.');
      out.push(p);
    }
    if (suggestions.length > 0) {
      const p = document.createElement('p');
      p.className = 'search-note';
      p.append('Did you mean ');
      suggestions.forEach(({ text, entity }, i) => {
        if (i > 0) p.append(i === suggestions.length - 1 ? ' or ' : ', ');
        p.append(link(searchHref(state, text), text));
        if (entity?.url) p.append(' (', link(entity.url, `${entity.type} page`), ')');
      });
      p.append('?');
      out.push(p);
    }
  }
  if (count === 0) {
    const p = document.createElement('p');
    const filtered = FILTERS.some((f) => state.filters[f].length > 0);
    if (!filtered) p.append('Try fewer or other words.');
    else if (!state.q) p.append('Try removing a filter.');
    else p.append('Try fewer words, or ', link(searchHref({ ...state, filters: parseSearchState('').filters }, state.q), 'search without filters'), '.');
    out.push(p, browseLinks());
  }
  notes.replaceChildren(...out);
}

async function run(state: SearchState) {
  const my = ++generation;
  clearTimeout(timer);
  document.title = state.q ? `“${state.q}” · ${baseTitle}` : baseTitle;
  const term = normaliseQuery(state.q) || null;
  const filtered = FILTERS.some((f) => state.filters[f].length > 0);
  const done = () => { if (my === generation) list.setAttribute('aria-busy', 'false'); };
  list.setAttribute('aria-busy', 'true');
  try {
    pagefind ??= loadPagefind();
    const pf = await pagefind;
    if (term === null && !filtered) {
      const totals = await pf.filters();
      if (my !== generation) return;
      showCounts(totals as Record<FilterName, Record<string, number>>);
      list.replaceChildren();
      notes.replaceChildren();
      pending = [];
      more.hidden = true;
      status.textContent = state.q ? searchSummary(0, state.q, [], state.sort) : '';
      done();
      return;
    }
    const main = await pf.search(term, { filters: selectedFilters(state) });
    const ordered = await rank(pf, term, state, main.results);
    if (my !== generation) return;
    list.replaceChildren();
    pending = ordered;
    pendingExcerpts = term !== null;
    await showMore(false, FIRST_PAGE);
    if (my !== generation) return;
    const labels = FILTERS.map((f) => state.filters[f].map((v) => { const b = box(f, v); return b ? labelOf(b) : v; }));
    status.textContent = searchSummary(ordered.length, state.q, labels, state.sort);
    // After the first results: the counts need every filter's index, the notes the names list.
    const counted = await pf.search(term, { filters: pagefindFilters(state) });
    const counts = await countValues(pf, term, state, counted.filters);
    if (my !== generation) return;
    showCounts(counts);
    await showNotes(state, ordered.length, my);
    done();
  } catch {
    if (my !== generation) return;
    status.textContent = 'Search could not load.';
    notes.replaceChildren(browseLinks());
    done();
  }
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const state = readForm();
    setUrl(state, typing ? 'replace' : 'push');
    typing = true;
    void run(state);
  }, TYPING_DELAY);
}

function commit() {
  typing = false;
  const state = readForm();
  setUrl(state, 'push');
  void run(state);
}

input.addEventListener('input', schedule);
input.addEventListener('blur', () => { typing = false; });
form.addEventListener('submit', (e) => {
  e.preventDefault();
  commit();
});
sort.addEventListener('change', commit);
for (const b of boxes) b.addEventListener('change', commit);
clear.addEventListener('click', () => {
  for (const b of boxes) b.checked = false;
  commit();
  input.focus();
});
more.addEventListener('click', () => void showMore(true));

// Links to other searches (suggestions, "search without filters") stay on the page.
notes.addEventListener('click', (e) => {
  const a = (e.target as Element).closest('a');
  if (!a || a.pathname !== location.pathname || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  typing = false;
  const state = parseSearchState(a.search, (f, v) => Boolean(box(f, v)));
  writeForm(state);
  setUrl(state, 'push');
  void run(state);
  input.focus();
});

// Arrow keys move through the result links; from the search box, Down enters the results.
const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
input.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowDown') return;
  const first = resultLinks()[0];
  if (first) {
    e.preventDefault();
    first.focus();
  }
});
list.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = resultLinks();
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (i < 0) return;
  e.preventDefault();
  if (e.key === 'ArrowUp' && i === 0) input.focus();
  else links[Math.min(links.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
});

window.addEventListener('popstate', () => {
  typing = false;
  const state = parseSearchState(location.search, (f, v) => Boolean(box(f, v)));
  writeForm(state);
  void run(state);
});

const initial = parseSearchState(location.search, (f, v) => Boolean(box(f, v)));
// On a narrow screen the filters come before the results: fold the groups with nothing chosen.
if (matchMedia('(max-width: 56rem)').matches) for (const g of groups) g.open = false;
writeForm(initial);
setUrl(initial, 'replace');
root.hidden = false;
void run(initial);
