// Plain JavaScript: the build's worker threads (buildWorker.mjs) load it as it is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import core from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

/**
 * What a citation of one Atlas page is made from.
 * @typedef {object} PageToCite
 * @property {string} title The page's own title, without the site name.
 * @property {string} url The page's stable, absolute URL.
 * @property {string} author The site's name: pages are unsigned group work.
 * @property {string | undefined} [updated] When the page was last changed, YYYY-MM-DD; omitted, the styles print "n.d.".
 */

/**
 * One formatted reference: HTML (escaped by citeproc; titles in <i>) and the same as plain text.
 * @typedef {{ id: 'apa' | 'chicago' | 'mla', label: string, html: string, text: string }} StyledCitation
 */

/** @typedef {{ styles: StyledCitation[], bibtex: string, ris: string }} PageCitations */

const STYLES = [
  { id: 'apa', label: 'APA (7th ed.)' },
  { id: 'chicago', label: 'Chicago (17th ed., author-date)' },
  { id: 'mla', label: 'MLA (9th ed.)' },
];

/**
 * APA ships with @citation-js/plugin-csl; the official Chicago and MLA CSL styles come from the
 * rehype-citation package, which ships them as modules of one template string (not exported, so read).
 */
let registered = false;
function registerStyles() {
  if (registered) return;
  const dir = join(dirname(createRequire(import.meta.url).resolve('rehype-citation')), 'styles');
  const { styles } = core.plugins.config.get('@csl');
  for (const id of ['chicago', 'mla']) {
    const xml = /^export default `([\s\S]*)`;?\s*$/.exec(readFileSync(join(dir, `${id}.js`), 'utf8'))?.[1];
    if (!xml?.startsWith('<?xml')) throw new Error(`rehype-citation: could not read the ${id} CSL style`);
    styles.add(id, xml);
  }
  registered = true;
}

/** @param {string} html */
const stripTags = (html) =>
  html.replace(/<[^>]+>/g, '').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

/**
 * The citation of an Atlas page in APA, Chicago and MLA (CSL styles run by citeproc-js through
 * Citation.js), and as BibTeX and RIS. The Atlas is the author: pages are unsigned group work,
 * and the Atlas is also the site, so no separate container title is given (APA and MLA both say
 * not to repeat it).
 * @param {PageToCite} page
 * @returns {PageCitations}
 */
export function citePage(page) {
  registerStyles();
  const cite = new core.Cite({
    // RIS keeps 20 characters of the id: the page's own slug says most in that room.
    id: new URL(page.url).pathname.split('/').filter(Boolean).at(-1) ?? 'atlas',
    type: 'webpage',
    title: page.title,
    author: [{ literal: page.author }],
    URL: page.url,
    language: 'en',
    ...(page.updated ? { issued: { 'date-parts': [page.updated.split('-').map(Number)] } } : {}),
  });
  const styles = STYLES.map(({ id, label }) => {
    const html = cite.format('bibliography', { format: 'html', template: id, lang: 'en-US' });
    const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.trim() ?? '';
    return { id, label, html: entry, text: stripTags(entry) };
  });
  // Citation.js maps the record to RIS tags; its text output wraps values at 70 characters,
  // which some readers take as a new, untagged line, so the lines are written here unwrapped.
  /** @type {Record<string, string | string[]>[]} */
  const [tags = {}] = cite.format('ris', { format: 'object' });
  const ris = [`TY  - ${String(tags['TY'])}`, ...Object.entries(tags).filter(([k]) => k !== 'TY').flatMap(([k, v]) => [v].flat().map((x) => `${k}  - ${x}`)), 'ER  - '].join('\n');
  return { styles, bibtex: cite.format('bibtex').trim(), ris };
}
