import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';

export const DIST = 'dist';

/** The built page at a URL path such as /events/x/, parsed. */
export function page(urlPath: string) {
  const file = join(DIST, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** Every HTML file in a built site, as URL paths (/events/x/ for events/x/index.html). */
export function htmlPages(root = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(`/${relative(root, path).replace(/index\.html$/, '')}`);
    }
  };
  walk(root);
  return out.sort();
}
