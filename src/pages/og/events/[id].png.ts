import type { APIRoute, GetStaticPaths } from 'astro';
import { events, countryOf, cityNameOn, type Event } from '../../../content';
import { formatDateRange } from '../../../lib/dates';
import { drawAhead, renderShareCard, type ShareCard } from '../../../lib/renderShareCard';

const cardOf = (e: Event, host: string): ShareCard => ({
  kicker: e.data.kind[0]!.toUpperCase() + e.data.kind.slice(1),
  title: e.data.title,
  lines: [formatDateRange(e.data.start, e.data.end), `${cityNameOn(e.data.place.city.id, e.data.start)}, ${countryOf(e).data.name}`],
  host,
});
const host = new URL(import.meta.env.SITE).host;

/** A share image per event, /og/events/<id>.png, named in the event page's og:image. */
export const getStaticPaths = (() => {
  // Astro asks every route for its paths before rendering any page: the cards are drawn
  // meanwhile, while the event pages render.
  drawAhead(events.map((e) => cardOf(e, host)));
  return events.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderShareCard(cardOf((props as { entry: Event }).entry, host));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
