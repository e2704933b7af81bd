import {
  countries, organisations, people, country, organisation, person, source, city, cityNameOn, findEvent,
  type Event, type Source,
} from '../content';
import { LICENCE, SITE_NAME } from './siteInfo';
import { pageUpdated } from './pageUpdated';

type Node = Record<string, unknown>;

/**
 * schema.org JSON-LD for the page at `pathname`: an Event plus the Article that summarises it
 * (with its sources as `citation`) on event pages; Country, Organization or Person on entity
 * pages; a Dataset on /data/; the WebSite on the home page; a WebPage elsewhere.
 * `site` is the site's origin (Astro.site).
 */
export function pageJsonLd(pathname: string, site: URL, page: { title: string; description: string }): Node {
  const abs = (path: string) => new URL(path, site).href;
  const url = abs(pathname);
  const atlas = { '@type': 'Organization', '@id': abs('/#atlas'), name: SITE_NAME, url: abs('/') };
  const updated = pageUpdated(pathname);
  const countryRef = (id: string) => ({ '@type': 'Country', name: country(id).data.name, url: abs(`/countries/${id}/`) });
  const [section, id] = pathname.split('/').filter(Boolean);
  const graph = (nodes: Node[]) => ({ '@context': 'https://schema.org', '@graph': nodes });

  if (section === 'events' && id) {
    const e = findEvent(id);
    if (e) return graph(eventNodes(e, url, abs, atlas, updated, countryRef));
  }
  if (section === 'countries' && id && countries.some((c) => c.id === id)) {
    const c = country(id).data;
    return graph([{
      ...countryRef(id),
      '@id': `${url}#country`,
      alternateName: [c.officialName, c.nameRu, ...c.localNames.map((l) => l.name), ...c.otherNames],
      identifier: [c.iso2, c.iso3, c.isoNumeric],
      mainEntityOfPage: url,
      ...(updated ? { dateModified: updated } : {}),
    }]);
  }
  if (section === 'organisations' && id && organisations.some((o) => o.id === id)) {
    const o = organisation(id).data;
    return graph([{
      '@type': 'Organization',
      '@id': `${url}#organisation`,
      name: o.name,
      alternateName: [...o.acronyms, ...o.otherNames],
      description: o.summary,
      foundingDate: o.founded,
      ...(o.dissolved ? { dissolutionDate: o.dissolved } : {}),
      // Member states: schema.org's `member` takes organisations or people, so states go in areaServed.
      areaServed: o.members.map((m) => countryRef(m.country.id)),
      url,
      mainEntityOfPage: url,
    }]);
  }
  if (section === 'people' && id && people.some((p) => p.id === id)) {
    const p = person(id).data;
    const current = p.roles.filter((r) => !r.until).map((r) => r.title);
    return graph([{
      '@type': 'Person',
      '@id': `${url}#person`,
      name: p.name,
      alternateName: [...p.otherNames, ...(p.nameRu ? [p.nameRu] : [])],
      ...(current.length ? { jobTitle: current } : {}),
      nationality: countryRef(p.country.id),
      url,
      mainEntityOfPage: url,
    }]);
  }
  if (section === 'data' && !id) {
    return graph([{
      '@type': 'Dataset',
      '@id': `${url}#dataset`,
      name: `${SITE_NAME}: events and entities`,
      description: page.description,
      url,
      license: LICENCE.url,
      creator: atlas,
      ...(updated ? { dateModified: updated } : {}),
      distribution: [
        ['events.json', 'application/json'], ['entities.json', 'application/json'],
        ['events.csv', 'text/csv'], ['memberships.csv', 'text/csv'],
      ].map(([file, type]) => ({ '@type': 'DataDownload', encodingFormat: type, contentUrl: abs(`/data/${file}`) })),
    }]);
  }
  if (!section) {
    return graph([{ '@type': 'WebSite', '@id': abs('/#website'), name: SITE_NAME, url, description: page.description, inLanguage: 'en', publisher: atlas, license: LICENCE.url }]);
  }
  return graph([{
    '@type': 'WebPage',
    name: page.title,
    url,
    description: page.description,
    isPartOf: { '@type': 'WebSite', '@id': abs('/#website'), name: SITE_NAME, url: abs('/') },
    ...(updated ? { dateModified: updated } : {}),
  }]);
}

const sourceNode = (s: Source): Node => ({
  '@type': 'CreativeWork',
  name: s.data.title,
  ...(s.data.titleEn ? { alternativeHeadline: s.data.titleEn } : {}),
  ...(s.data.author ? { author: { '@type': 'Person', name: s.data.author } } : {}),
  publisher: { '@type': 'Organization', name: s.data.outlet },
  datePublished: s.data.published,
  inLanguage: s.data.language,
  ...(s.data.url ? { url: s.data.url } : {}),
});

function eventNodes(
  e: Event, url: string, abs: (p: string) => string, atlas: Node, updated: string | undefined,
  countryRef: (id: string) => Node,
): Node[] {
  const d = e.data;
  const place = (cityId: string, date: string, venue?: string | undefined): Node => {
    const c = city(cityId).data;
    return {
      '@type': 'Place',
      name: [venue, cityNameOn(cityId, date)].filter(Boolean).join(', '),
      address: { '@type': 'PostalAddress', addressLocality: cityNameOn(cityId, date), addressCountry: country(c.country.id).data.iso2 },
      geo: { '@type': 'GeoCoordinates', latitude: c.lat, longitude: c.lon },
    };
  };
  const stops = d.stops.length > 0 ? d.stops.map((s) => place(s.city.id, s.date, s.venue)) : [place(d.place.city.id, d.start, d.place.venue)];
  const image = abs(`/og/events/${e.id}.png`);
  return [
    {
      '@type': 'Event',
      '@id': `${url}#event`,
      name: d.title,
      description: d.description,
      startDate: d.start,
      endDate: d.end ?? d.start,
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: stops.length === 1 ? stops[0] : stops,
      // People attend; states and organisations are what the event is about (the Atlas does not
      // record who organised it, and schema.org attendees cannot be countries).
      attendee: d.people.map((p) => ({ '@type': 'Person', name: person(p.person.id).data.name, jobTitle: p.role, url: abs(`/people/${p.person.id}/`) })),
      about: [
        ...d.countries.map((c) => countryRef(c.id)),
        ...d.organisations.map((o) => ({ '@type': 'Organization', name: organisation(o.id).data.name, url: abs(`/organisations/${o.id}/`) })),
      ],
      image,
      url,
    },
    {
      '@type': 'Article',
      '@id': `${url}#article`,
      headline: d.title,
      description: d.description,
      about: { '@id': `${url}#event` },
      mainEntityOfPage: url,
      url,
      image,
      inLanguage: 'en',
      author: atlas,
      publisher: atlas,
      license: LICENCE.url,
      ...(updated ? { dateModified: updated } : {}),
      citation: d.sources.map((s) => sourceNode(source(s.id))),
    },
  ];
}
