import rss from '@astrojs/rss';
import { country, type Event } from '../content';
import { formatDateRange } from './dates';
import { LICENCE, SITE_NAME } from './siteInfo';

/**
 * An RSS 2.0 feed of events, newest first: each item's title, link, description and the event's
 * start date as pubDate (the Atlas has no publication dates; a new page about an old event is
 * still a new item to feed readers, by its guid). No build date, so builds stay reproducible.
 */
export function eventFeed(opts: { site: URL; path: string; title: string; description: string; events: Event[] }): Promise<Response> {
  const self = new URL(opts.path, opts.site).href;
  return rss({
    title: opts.title,
    description: opts.description,
    site: opts.site,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><copyright>${LICENCE.short} · ${SITE_NAME}</copyright><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: opts.events.map((e) => ({
      title: e.data.title,
      link: `/events/${e.id}/`,
      description: `${formatDateRange(e.data.start, e.data.end)}. ${e.data.description}`,
      pubDate: new Date(`${e.data.start}T00:00:00Z`),
      categories: [e.data.kind, ...e.data.countries.map((c) => country(c.id).data.name)],
    })),
  });
}
