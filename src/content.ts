/**
 * The one module pages read content from. Loading it runs the integrity check, so a
 * dangling reference or a broken footnote fails `astro build` (Astro itself only logs them).
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent, formatProblems, loadFootnotes, type CheckedEntry } from './lib/checkContent';
import { bodyHtml, type BodyMetadata } from './lib/renderBody';
import type { MarkdownHeading } from 'astro';
import { toHtml } from 'hast-util-to-html';
import { formatDate } from './lib/dates';
import { PAGE_SIZE, pageUrl } from './lib/pages';

export type Event = CollectionEntry<'events'>;
export type Country = CollectionEntry<'countries'>;
export type Organisation = CollectionEntry<'organisations'>;
export type Person = CollectionEntry<'people'>;
export type Source = CollectionEntry<'sources'>;
export type City = CollectionEntry<'cities'>;

const [eventList, countryList, organisationList, peopleList, sourceList, cityList] = await Promise.all([
  getCollection('events'),
  getCollection('countries'),
  getCollection('organisations'),
  getCollection('people'),
  getCollection('sources'),
  getCollection('cities'),
]);

const checked = (entries: { id: string; filePath?: string | undefined; data: object; body?: string | undefined }[]): CheckedEntry[] =>
  entries.map((e) => ({
    id: e.id,
    filePath: e.filePath ?? `(${e.id})`,
    data: e.data as Record<string, unknown>,
    body: e.body,
    raw: e.filePath ? readFileSync(e.filePath, 'utf8') : '',
  }));

// Footnotes and quotations were read when the body was rendered (src/lib/renderBody.ts).
const bodyOf = (e: Event) => e.rendered?.metadata as BodyMetadata | undefined;
const notes = new Map(eventList.flatMap((e) => {
  const stored = bodyOf(e)?.notes;
  return stored ? [[e.id, loadFootnotes(stored)] as const] : [];
}));
const problems = checkContent(
  {
    events: checked(eventList).map((c, i) => {
      const body = bodyOf(eventList[i]!);
      return { ...c, bodyError: body ? body.error : 'was not rendered (see the log above)' };
    }),
    countries: checked(countryList),
    organisations: checked(organisationList),
    people: checked(peopleList),
    sources: checked(sourceList),
    cities: checked(cityList),
  },
  notes,
);
if (problems.length > 0) {
  throw new Error(`Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${formatProblems(problems)}`);
}

const citation = /<a href="#source-([a-z0-9-]+)" data-cite>\1<\/a>/g;
/**
 * An event's body as HTML and its headings. Each <Source> citation gets the outlet, title and
 * date from its source entry here, at page build time (renderBody left a placeholder link).
 */
export function eventBody(e: Event): { html: string; headings: MarkdownHeading[] } {
  const body = bodyOf(e);
  const html = (body ? bodyHtml(body) : '').replace(citation, (_, id: string) => {
    const s = source(id).data;
    return toHtml([
      { type: 'element', tagName: 'a', properties: { href: `#source-${id}` }, children: [{ type: 'text', value: s.outlet }] },
      { type: 'text', value: `, “${s.titleEn ?? s.title}”, ${formatDate(s.published)}` },
    ]);
  });
  return { html, headings: body?.headings ?? [] };
}

const byName = <T extends { data: { name: string; sortName?: string | undefined } }>(a: T, b: T) =>
  (a.data.sortName ?? a.data.name).localeCompare(b.data.sortName ?? b.data.name, 'en');

/** Events, newest first. */
export const events = [...eventList].sort((a, b) => b.data.start.localeCompare(a.data.start) || a.id.localeCompare(b.id));
export const countries = [...countryList].sort(byName);
export const organisations = [...organisationList].sort(byName);
export const people = [...peopleList].sort(byName);
export const sources = [...sourceList].sort((a, b) => a.data.outlet.localeCompare(b.data.outlet, 'en') || a.data.published.localeCompare(b.data.published));

const index = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
const countryById = index(countryList);
const organisationById = index(organisationList);
const personById = index(peopleList);
const sourceById = index(sourceList);
const eventById = index(eventList);
const cityById = index(cityList);

/** Look-ups that cannot fail: the check above proved every reference resolves. */
const must = <T>(map: Map<string, T>, id: string): T => {
  const v = map.get(id);
  if (!v) throw new Error(`unresolved reference "${id}"`);
  return v;
};
export const country = (id: string) => must(countryById, id);
export const organisation = (id: string) => must(organisationById, id);
export const person = (id: string) => must(personById, id);
export const source = (id: string) => must(sourceById, id);
export const event = (id: string) => must(eventById, id);
export const city = (id: string) => must(cityById, id);
export const cities = [...cityList].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));

/** The city's name as it was on `date` (Astana was Nur-Sultan from March 2019 to September 2022). */
export function cityNameOn(id: string, date: string): string {
  const c = city(id).data;
  const former = c.formerNames.find((f) => (!f.from || f.from <= date) && (!f.until || date < f.until));
  return former?.name ?? c.name;
}

/** The country an event took place in (its first stop's). */
export const countryOf = (e: Event) => country(city(e.data.place.city.id).data.country.id);

/**
 * id → the events that list it, newest first, in one pass over the events. Pages ask for these
 * once per entity (and a few times per page): filtering every event each time made the build
 * grow with entities × events.
 */
function backLinks(keys: (e: Event) => Iterable<string>): (id: string) => Event[] {
  const index = new Map<string, Event[]>();
  for (const e of events) {
    for (const key of new Set(keys(e))) {
      const list = index.get(key);
      if (list) list.push(e);
      else index.set(key, [e]);
    }
  }
  for (const list of index.values()) Object.freeze(list);
  const none: Event[] = Object.freeze([]) as unknown as Event[];
  return (id) => index.get(id) ?? none;
}

/** Events that involve an entity, newest first: back-links derived from the events themselves. Shared, frozen arrays: copy before sorting. */
export const eventsWithCountry = backLinks((e) => [countryOf(e).id, ...e.data.countries.map((c) => c.id)]);
export const eventsWithOrganisation = backLinks((e) => e.data.organisations.map((o) => o.id));
export const eventsWithPerson = backLinks((e) => e.data.people.map((p) => p.person.id));
export const eventsCiting = backLinks((e) => e.data.sources.map((s) => s.id));

type Figure = Event['data']['figures'][number];
/** A figure on a chart: the figure, its series (always set) and the event that states it. */
export type SeriesPoint = Figure & { series: NonNullable<Figure['series']>; event: Event };
const series = new Map<string, SeriesPoint[]>();
for (const e of events) {
  for (const f of e.data.figures) {
    if (!f.series) continue;
    const list = series.get(f.series.id) ?? [];
    list.push({ ...f, series: f.series, event: e });
    series.set(f.series.id, list);
  }
}
// A stable sort: points of one period keep the events' order (newest first), as before.
for (const list of series.values()) Object.freeze(list.sort((a, b) => a.series.period.localeCompare(b.series.period)));
/** Points of a figure series across all events, in period order, each with the event and source behind it. */
export function seriesPoints(id: string): SeriesPoint[] {
  return series.get(id) ?? [];
}
/** Series ids with at least two points, for the pages that chart them. */
export const seriesIds = [...new Set(events.flatMap((e) => e.data.figures.flatMap((f) => (f.series ? [f.series.id] : []))))].filter(
  (id) => seriesPoints(id).length >= 2,
);
const quotesIndex = new Map<string, { by: string; id: string; text: string; event: Event }[]>();
for (const e of events) {
  for (const q of notes.get(e.id)?.quotes ?? []) {
    const list = quotesIndex.get(q.by) ?? [];
    list.push({ ...q, event: e });
    quotesIndex.set(q.by, list);
  }
}
/** Quotations attributed to a person with <Q by>, newest event first, each with its anchor. */
export const quotesBy = (id: string) => quotesIndex.get(id) ?? [];

const chronological = new Map<string, { previous: Event | undefined; next: Event | undefined }>(
  [...events].reverse().map((e, i, all) => [e.id, { previous: all[i - 1], next: all[i + 1] }]),
);
/** The events just before and after one, in date order (for the previous/next links of its page). */
export const neighbours = (id: string) => chronological.get(id) ?? { previous: undefined, next: undefined };
/** Events by the year they began, oldest year and oldest event first (the timeline's pages). */
export const eventsByYear = new Map<string, Event[]>();
for (const e of [...events].reverse()) {
  const year = e.data.start.slice(0, 4);
  const list = eventsByYear.get(year);
  if (list) list.push(e);
  else eventsByYear.set(year, [e]);
}
/** The event with this id, if there is one (for code that looks up a URL's id). */
export const findEvent = (id: string): Event | undefined => eventById.get(id);
const sourcePage = new Map(sources.map((s, i) => [s.id, Math.floor(i / PAGE_SIZE) + 1]));
/** Where a source's entry sits in the paginated bibliography. */
export const sourceHref = (id: string) => `${pageUrl('/sources/', sourcePage.get(id) ?? 1)}#source-${id}`;
export const peopleOf = (countryId: string) => people.filter((p) => p.data.country.id === countryId);
