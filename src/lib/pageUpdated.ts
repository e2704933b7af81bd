import { existsSync } from 'node:fs';
import {
  events, countries, organisations, people, sources, findEvent,
  eventsWithCountry, eventsWithOrganisation, eventsWithPerson, type Event,
} from '../content';
import { gitLastChanged } from './gitLastChanged';

type Dated = { filePath?: string | undefined };
const latest = (dates: (string | undefined)[]) => dates.reduce<string | undefined>((a, d) => (d && (!a || d > a) ? d : a), undefined);
const fileDate = (e: Dated) => (e.filePath ? gitLastChanged().get(e.filePath) : undefined);
/** An event's `updated` field says when it last changed in substance; its git date is the fallback. */
const eventDate = (e: Event) => e.data.updated ?? fileDate(e);

const collections = { events, countries, organisations, people, sources } as const;
const backLinks = { countries: eventsWithCountry, organisations: eventsWithOrganisation, people: eventsWithPerson } as const;
const entities = {
  countries: new Map<string, Dated>(countries.map((x) => [x.id, x])),
  organisations: new Map<string, Dated>(organisations.map((x) => [x.id, x])),
  people: new Map<string, Dated>(people.map((x) => [x.id, x])),
} as const;
let newest: { value: string | undefined } | undefined;
/** The whole Atlas's newest change, worked out once. */
const all = () => (newest ??= { value: latest([...events.map(eventDate), ...[countries, organisations, people, sources].flat().map(fileDate)]) }).value;
/** Each page asks up to four times (head, JSON-LD, citation, footer): answer each path once. */
const answered = new Map<string, string | undefined>();

/**
 * When the page at `pathname` last changed, YYYY-MM-DD, from its content: an event's `updated`
 * front matter or its file's last commit; an entity's file and the events that list it; a list
 * page's newest entry; the home, search and 404 pages the whole Atlas's newest; any other page its
 * own source file. Undefined when nothing is known (no git history and no `updated`).
 */
export function pageUpdated(pathname: string): string | undefined {
  if (answered.has(pathname)) return answered.get(pathname);
  const value = compute(pathname);
  answered.set(pathname, value);
  return value;
}

function compute(pathname: string): string | undefined {
  const [section, id] = pathname.split('/').filter(Boolean);
  if (section === 'events' && id) {
    const e = findEvent(id);
    if (e) return eventDate(e);
  }
  if ((section === 'countries' || section === 'organisations' || section === 'people') && id) {
    const entry = entities[section].get(id);
    if (entry) return latest([fileDate(entry), ...backLinks[section](id).map(eventDate)]);
  }
  // A list, or one of its numbered pages (/events/page/2/): one answer per list, worked out once.
  if (section && section in collections && id === 'page') return pageUpdated(`/${section}/`);
  if (section && section in collections && !id) {
    return section === 'events' ? latest(events.map(eventDate)) : latest((collections[section as keyof typeof collections] as Dated[]).map(fileDate));
  }
  if (!section || section === 'search' || section === '404.html' || section === '404') return all();
  const base = `src/pages/${pathname.replace(/^\/|\/$/g, '')}`;
  const file = [`${base}/index.astro`, `${base}.astro`].find((f) => existsSync(f));
  return (file && gitLastChanged().get(file)) || all();
}
