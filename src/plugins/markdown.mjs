import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { toString } from 'hast-util-to-string';
import remarkSafeContent from './remarkSafeContent.mjs';
import remarkQuoteIds from './remarkQuoteIds.mjs';

/**
 * The site's Markdown pipeline, shared by astro.config.mjs (any .md/.mdx page) and the event
 * loader (src/lib/renderBody.ts), so an event body renders the same either way.
 */

/** remark-gfm (tables, footnotes), the content sanitiser, quotation anchors. @type {import('astro').RemarkPlugins} */
export const remarkPlugins = [remarkGfm, remarkSafeContent, remarkQuoteIds];

/** Heading ids, then a self-link on each heading. */
export const headingIds = rehypeSlug;
/** @type {[import('unified').Plugin<any[], any>, object]} */
export const headingLinks = [
  rehypeAutolinkHeadings,
  {
    behavior: 'append',
    properties: { className: ['heading-link'], dataPagefindIgnore: '' },
    // A visible "#" for sighted readers, the heading's text for screen readers.
    content: (/** @type {import('hast').Element} */ heading) => [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link to section “${toString(heading)}”` }] },
    ],
  },
];
/**
 * The notes stay out of the search index: their outlets, titles and dates are in every page and
 * would make most of the index (and most of a common word's share of it) without helping find
 * a page; the bibliography pages index the sources.
 */
export function notesUnindexed() {
  return (/** @type {import('hast').Root} */ tree) => {
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined) node.properties['dataPagefindIgnore'] = '';
    }
  };
}

/** @type {import('astro').RehypePlugins} */
export const rehypePlugins = [headingIds, headingLinks, notesUnindexed];

/** The footnote section is labelled "Notes". */
export const remarkRehype = { footnoteLabel: 'Notes', footnoteBackLabel: 'Back to the text' };
