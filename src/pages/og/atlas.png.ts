import type { APIRoute } from 'astro';
import { renderShareCard } from '../../lib/renderShareCard';

/** The share image of every page that has none of its own. */
export const GET: APIRoute = async ({ site }) => {
  const png = await renderShareCard({
    kicker: 'A sourced reference',
    title: 'Russia, the five Central Asian states and the powers that court them',
    lines: ['Events, countries, organisations and people, every fact footnoted'],
    host: site?.host ?? '',
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
