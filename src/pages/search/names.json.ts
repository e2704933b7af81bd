/**
 * /search/names.json: every country, organisation, person and city with all its names, built
 * from the content. The search page loads it to explain aliases ("Kirghizia" is Kyrgyzstan) and
 * to suggest names for misspelt queries; the aliases themselves are indexed by SearchMeta.
 */
import { cities, countries, country, organisations, people } from '../../content';
import { entityNames } from '../../lib/entityNames';
import type { SearchEntity } from '../../lib/suggestNames';

export function GET(): Response {
  const list: SearchEntity[] = [
    ...countries.map((c): SearchEntity => ({ type: 'country', id: c.id, name: c.data.name, url: `/countries/${c.id}/`, names: entityNames(c.data) })),
    ...organisations.map((o): SearchEntity => ({ type: 'organisation', id: o.id, name: o.data.name, url: `/organisations/${o.id}/`, names: entityNames(o.data) })),
    ...people.map((p): SearchEntity => ({ type: 'person', id: p.id, name: p.data.name, url: `/people/${p.id}/`, names: entityNames(p.data) })),
    ...cities.map((c): SearchEntity => ({ type: 'city', id: c.id, name: c.data.name, country: country(c.data.country.id).data.name, names: entityNames(c.data) })),
  ];
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
