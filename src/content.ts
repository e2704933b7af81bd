/**
 * The one module pages read content from. Loading it runs the integrity check, so a
 * dangling reference or a broken footnote fails `astro build` (Astro itself only logs them).
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { checkContent, formatProblems, type CheckedEntry } from './lib/checkContent';
import { PAGE_SIZE, pageUrl } from './lib/pages';
import { quotesIn } from './plugins/remarkQuoteIds.mjs';

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

const problems = checkContent({
  events: checked(eventList),
  countries: checked(countryList),
  organisations: checked(organisationList),
  people: checked(peopleList),
  sources: checked(sourceList),
  cities: checked(cityList),
});
if (problems.length > 0) {
  throw new Error(`Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${formatProblems(problems)}`);
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

/** Events that involve an entity, newest first: back-links derived from the events themselves. */
export const eventsWithCountry = (id: string) =>
  events.filter((e) => countryOf(e).id === id || e.data.countries.some((c) => c.id === id));
export const eventsWithOrganisation = (id: string) => events.filter((e) => e.data.organisations.some((o) => o.id === id));
export const eventsWithPerson = (id: string) => events.filter((e) => e.data.people.some((p) => p.person.id === id));
export const eventsCiting = (id: string) => events.filter((e) => e.data.sources.some((s) => s.id === id));
/** Points of a figure series across all events, in period order, each with the event and source behind it. */
export function seriesPoints(id: string) {
  return events
    .flatMap((e) => e.data.figures.filter((f) => f.series?.id === id).map((f) => ({ ...f, series: f.series!, event: e })))
    .sort((a, b) => a.series.period.localeCompare(b.series.period));
}
/** Series ids with at least two points, for the pages that chart them. */
export const seriesIds = [...new Set(events.flatMap((e) => e.data.figures.flatMap((f) => (f.series ? [f.series.id] : []))))].filter(
  (id) => seriesPoints(id).length >= 2,
);
const mdx = unified().use(remarkParse).use(remarkMdx);
const allQuotes = events.flatMap((e) =>
  (quotesIn(mdx.parse(e.body ?? '')) as { by: string; id: string; text: string }[]).map((q) => ({ ...q, event: e })),
);
/** Quotations attributed to a person with <Q by>, newest event first, each with its anchor. */
export const quotesBy = (id: string) => allQuotes.filter((q) => q.by === id);
const sourcePage = new Map(sources.map((s, i) => [s.id, Math.floor(i / PAGE_SIZE) + 1]));
/** Where a source's entry sits in the paginated bibliography. */
export const sourceHref = (id: string) => `${pageUrl('/sources/', sourcePage.get(id) ?? 1)}#source-${id}`;
export const peopleOf = (countryId: string) => people.filter((p) => p.data.country.id === countryId);
