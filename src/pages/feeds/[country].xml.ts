import type { APIRoute, GetStaticPaths } from 'astro';
import { countries, eventsWithCountry, type Country } from '../../content';
import { eventFeed } from '../../lib/eventFeed';
import { SITE_NAME } from '../../lib/siteInfo';

/** /feeds/<country>.xml: the events a country took part in or hosted, linked from its page's <head>. */
export const getStaticPaths = (() => countries.map((c) => ({ params: { country: c.id }, props: { entry: c } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
  const c = (props as { entry: Country }).entry;
  return eventFeed({
    site: site!,
    path: `/feeds/${c.id}.xml`,
    title: `${SITE_NAME}: events involving ${c.data.name}`,
    description: `Events in the Atlas that ${c.data.name} took part in or hosted, newest first.`,
    events: eventsWithCountry(c.id),
  });
};
