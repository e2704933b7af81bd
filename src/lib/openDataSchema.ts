/**
 * The schema of the Atlas's open data (/data/*.json and *.csv): one definition that validates
 * the files in tests, is published as JSON Schema, and documents itself on /data/.
 * Bump DATA_VERSION on any change: major when a field is removed, renamed or changes meaning,
 * minor when one is added. Record the change in DATA_CHANGES.
 */
import { z } from 'astro/zod';

export const DATA_VERSION = '1.0.0';

/** Newest first: what changed in each version of the data files. */
export const DATA_CHANGES: { version: string; date: string; change: string }[] = [
  { version: '1.0.0', date: '2026-11-23', change: 'First release: events, countries, organisations, people, cities, sources; events and memberships as CSV.' },
];

const id = z.string().regex(/^[a-z0-9-]+$/).describe('Stable identifier: the file name in the Atlas, and the last part of its page URL');
const url = z.url().describe("Absolute URL of the record's page on the Atlas");
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('YYYY-MM-DD');
const partial = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).describe('YYYY, YYYY-MM or YYYY-MM-DD: as precise as is known');
const span = {
  from: partial.nullable().describe('When it began; null if unknown'),
  until: partial.nullable().describe('When it ended; null while it still holds'),
};

export const eventRecord = z.strictObject({
  id,
  url,
  title: z.string().describe('Title of the event page'),
  kind: z.string().describe('summit, state visit, tour, ministerial meeting, accession, agreement or conference'),
  start: date.describe('First day, YYYY-MM-DD'),
  end: date.nullable().describe('Last day; null for a one-day event'),
  city: id.describe('Where it took place: a city id (see entities.json cities)'),
  cityName: z.string().describe('The name the city bore on the first day (Astana was Nur-Sultan 2019–2022)'),
  country: id.describe('The country of that city: a country id'),
  venue: z.string().nullable().describe('Building or residence, if known'),
  stops: z.array(z.strictObject({ date, city: id, venue: z.string().nullable() })).describe('For tours: each stop in order'),
  description: z.string().describe('One-sentence summary, at most 160 characters'),
  countries: z.array(id).describe('Participating states: country ids'),
  organisations: z.array(id).describe('Organisations and formats involved: organisation ids'),
  people: z.array(z.strictObject({ person: id, role: z.string().describe('The role held at the time') })).describe('Participants'),
  figures: z
    .array(z.strictObject({
      value: z.union([z.number(), z.string()]).describe('The number as stated: 45, or "about 5"'),
      unit: z.string(),
      measure: z.string().describe('What it measures'),
      source: id.describe('A source id'),
      note: z.string().nullable().describe('Caveat, if any'),
    }))
    .describe('Key figures, each with its source'),
  sources: z.array(id).describe('Every source cited on the page: source ids'),
  related: z.array(id).describe('Related events: event ids'),
  updated: date.nullable().describe('When the page last changed in substance, if stated'),
});

export const countryRecord = z.strictObject({
  id, url,
  name: z.string(), officialName: z.string(),
  iso2: z.string().length(2), iso3: z.string().length(3), isoNumeric: z.string().length(3),
  centralAsia: z.boolean().describe('One of the five Central Asian states'),
  nameRu: z.string().describe('Name in Russian'),
  localNames: z.array(z.strictObject({ lang: z.string().describe('BCP 47 tag'), name: z.string() })),
  otherNames: z.array(z.string()),
  capital: z.string().describe('Current English name of the capital'),
});

export const organisationRecord = z.strictObject({
  id, url,
  name: z.string(),
  acronyms: z.array(z.string()),
  kind: z.string().describe('organisation, format, military alliance or economic union'),
  founded: partial,
  dissolved: partial.nullable(),
  successor: id.nullable().describe('What it merged into: an organisation id'),
  summary: z.string(),
  members: z.array(z.strictObject({ country: id, status: z.string(), joined: partial.nullable(), left: partial.nullable(), note: z.string().nullable() })),
});

export const personRecord = z.strictObject({
  id, url,
  name: z.string(),
  otherNames: z.array(z.string()),
  nameRu: z.string().nullable(),
  country: id.describe('The state the person served: a country id'),
  roles: z.array(z.strictObject({ title: z.string(), ...span })),
});

export const cityRecord = z.strictObject({
  id,
  name: z.string().describe('Current English name'),
  country: id,
  lat: z.number(), lon: z.number(),
  capital: z.boolean(),
  formerNames: z.array(z.strictObject({ name: z.string(), ...span })),
});

export const sourceRecord = z.strictObject({
  id,
  url: url.describe('Its entry in the Atlas\'s list of sources'),
  title: z.string().describe('Title as published, in the original language'),
  titleEn: z.string().nullable().describe('English translation of a non-English title'),
  outlet: z.string(),
  author: z.string().nullable(),
  originalOutlet: z.string().nullable().describe('For a republished copy: who published it first'),
  published: partial,
  sourceUrl: z.url().nullable().describe('The original URL, where known'),
  language: z.string().describe('BCP 47 tag'),
  kind: z.string(),
});

const header = {
  $schema: z.url().describe('The JSON Schema this file follows'),
  schemaVersion: z.literal(DATA_VERSION).describe('Version of this schema (semantic versioning)'),
  licence: z.strictObject({ name: z.string(), url: z.url() }),
};

export const eventsFile = z.strictObject({ ...header, events: z.array(eventRecord) });
export const entitiesFile = z.strictObject({
  ...header,
  countries: z.array(countryRecord),
  organisations: z.array(organisationRecord),
  people: z.array(personRecord),
  cities: z.array(cityRecord),
  sources: z.array(sourceRecord),
});

/** CSV columns, in order, with what each holds; lists are joined with ";". */
export const EVENTS_CSV = [
  ['id', 'Event id'], ['url', 'Page URL'], ['title', 'Title'], ['kind', 'Kind of event'],
  ['start', 'First day (YYYY-MM-DD)'], ['end', 'Last day, empty for one day'],
  ['city', 'City id'], ['city_name', 'City name on the day'], ['country', 'Country id of the city'],
  ['countries', 'Participating country ids, ";"-separated'], ['organisations', 'Organisation ids, ";"-separated'],
  ['people', 'Person ids, ";"-separated'], ['sources', 'Source ids, ";"-separated'],
  ['description', 'One-sentence summary'], ['updated', 'Last substantive change, if stated'],
] as const;

export const MEMBERSHIPS_CSV = [
  ['organisation', 'Organisation id'], ['organisation_name', 'Organisation name'],
  ['country', 'Country id'], ['country_name', 'Country name'],
  ['status', 'member, founding member, observer, associate or partner'],
  ['joined', 'When it joined (YYYY, YYYY-MM or YYYY-MM-DD), empty if unknown'],
  ['left', 'When it left, empty while still a member'], ['note', 'Qualification, if any'],
  ['organisation_url', 'Organisation page URL'],
] as const;
