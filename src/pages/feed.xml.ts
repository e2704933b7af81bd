import type { APIRoute } from 'astro';
import { events } from '../content';
import { eventFeed } from '../lib/eventFeed';
import { SITE_NAME } from '../lib/siteInfo';

/** /feed.xml: every event, newest first. */
export const GET: APIRoute = ({ site }) =>
  eventFeed({
    site: site!,
    path: '/feed.xml',
    title: `${SITE_NAME}: events`,
    description: 'Summits, visits and agreements between Russia, the five Central Asian states and the other powers, each summarised from its sources.',
    events,
  });
