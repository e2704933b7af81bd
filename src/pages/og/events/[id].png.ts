import type { APIRoute, GetStaticPaths } from 'astro';
import { events, countryOf, cityNameOn, type Event } from '../../../content';
import { formatDateRange } from '../../../lib/dates';
import { renderShareCard } from '../../../lib/renderShareCard';

/** A share image per event, /og/events/<id>.png, named in the event page's og:image. */
export const getStaticPaths = (() => events.map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const e = (props as { entry: Event }).entry;
  const d = e.data;
  const png = await renderShareCard({
    kicker: d.kind[0]!.toUpperCase() + d.kind.slice(1),
    title: d.title,
    lines: [formatDateRange(d.start, d.end), `${cityNameOn(d.place.city.id, d.start)}, ${countryOf(e).data.name}`],
    host: site?.host ?? '',
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
