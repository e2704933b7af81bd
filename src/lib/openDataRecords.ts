import type { z } from 'astro/zod';
import { events, countries, organisations, people, cities, sources, city, cityNameOn } from '../content';
import { DATA_VERSION, type entitiesFile, type eventsFile } from './openDataSchema';
import { LICENCE } from './siteInfo';
import { PAGE_SIZE, pageUrl } from './pages';

/**
 * The open-data files' contents, built from the same collections as the pages, in the pages'
 * order. Fields are picked one by one, so a new content field is not published until the
 * schema (and its version) says so.
 */
export function openDataRecords(site: URL) {
  const abs = (path: string) => new URL(path, site).href;
  const header = (file: string) => ({ $schema: abs(`/data/${file}.schema.json`), schemaVersion: DATA_VERSION as typeof DATA_VERSION, licence: { name: LICENCE.name, url: LICENCE.url } });
  const eventsJson: z.infer<typeof eventsFile> = {
    ...header('events'),
    events: events.map((e) => {
      const d = e.data;
      return {
        id: e.id,
        url: abs(`/events/${e.id}/`),
        title: d.title,
        kind: d.kind,
        start: d.start,
        end: d.end ?? null,
        city: d.place.city.id,
        cityName: cityNameOn(d.place.city.id, d.start),
        country: city(d.place.city.id).data.country.id,
        venue: d.place.venue ?? null,
        stops: d.stops.map((s) => ({ date: s.date, city: s.city.id, venue: s.venue ?? null })),
        description: d.description,
        countries: d.countries.map((c) => c.id),
        organisations: d.organisations.map((o) => o.id),
        people: d.people.map((p) => ({ person: p.person.id, role: p.role })),
        figures: d.figures.map((f) => ({ value: f.value, unit: f.unit, measure: f.measure, source: f.source.id, note: f.note ?? null })),
        sources: d.sources.map((s) => s.id),
        related: d.related.map((r) => r.id),
        updated: d.updated ?? null,
      };
    }),
  };
  const span = (s: { from?: string | undefined; until?: string | undefined }) => ({ from: s.from ?? null, until: s.until ?? null });
  const entitiesJson: z.infer<typeof entitiesFile> = {
    ...header('entities'),
    countries: countries.map(({ id, data: c }) => ({
      id, url: abs(`/countries/${id}/`), name: c.name, officialName: c.officialName, iso2: c.iso2, iso3: c.iso3, isoNumeric: c.isoNumeric,
      centralAsia: c.centralAsia, nameRu: c.nameRu, localNames: c.localNames.map((l) => ({ lang: l.lang, name: l.name })), otherNames: c.otherNames, capital: c.capital.name,
    })),
    organisations: organisations.map(({ id, data: o }) => ({
      id, url: abs(`/organisations/${id}/`), name: o.name, acronyms: o.acronyms, kind: o.kind, founded: o.founded, dissolved: o.dissolved ?? null,
      successor: o.successor?.id ?? null, summary: o.summary,
      members: o.members.map((m) => ({ country: m.country.id, status: m.status, joined: m.joined ?? null, left: m.left ?? null, note: m.note ?? null })),
    })),
    people: people.map(({ id, data: p }) => ({
      id, url: abs(`/people/${id}/`), name: p.name, otherNames: p.otherNames, nameRu: p.nameRu ?? null, country: p.country.id,
      roles: p.roles.map((r) => ({ title: r.title, ...span(r) })),
    })),
    cities: cities.map(({ id, data: c }) => ({
      id, name: c.name, country: c.country.id, lat: c.lat, lon: c.lon, capital: c.capital, formerNames: c.formerNames.map((f) => ({ name: f.name, ...span(f) })),
    })),
    // The bibliography is paginated in the order of `sources`.
    sources: sources.map(({ id, data: s }, i) => ({
      id, url: abs(`${pageUrl('/sources/', Math.floor(i / PAGE_SIZE) + 1)}#source-${id}`), title: s.title, titleEn: s.titleEn ?? null, outlet: s.outlet, author: s.author ?? null,
      originalOutlet: s.originalOutlet ?? null, published: s.published, sourceUrl: s.url ?? null, language: s.language, kind: s.kind,
    })),
  };
  const eventsCsv = eventsJson.events.map((e) => ({
    id: e.id, url: e.url, title: e.title, kind: e.kind, start: e.start, end: e.end ?? '', city: e.city, city_name: e.cityName, country: e.country,
    countries: e.countries.join(';'), organisations: e.organisations.join(';'), people: e.people.map((p) => p.person).join(';'),
    sources: e.sources.join(';'), description: e.description, updated: e.updated ?? '',
  }));
  const countryName = new Map(countries.map((c) => [c.id, c.data.name]));
  const membershipsCsv = entitiesJson.organisations.flatMap((o) =>
    o.members.map((m) => ({
      organisation: o.id, organisation_name: o.name, country: m.country, country_name: countryName.get(m.country) ?? '',
      status: m.status, joined: m.joined ?? '', left: m.left ?? '', note: m.note ?? '', organisation_url: o.url,
    })),
  );
  return { eventsJson, entitiesJson, eventsCsv, membershipsCsv };
}
