/**
 * Renders an event's MDX body to HTML once, when Astro syncs the content, and keeps the HTML in
 * the data store (cached between builds by the file's digest). Letting @astrojs/mdx compile each
 * event into its own JavaScript module made Vite bundle one module per event: at 10,000 events
 * that bundle ran out of memory. Bodies may only use <Q> and <Source> (remarkSafeContent), so
 * plain HTML loses nothing. Sätteri parses (see parseBody); the site's remark and rehype plugins
 * (src/plugins/markdown.mjs) do the rest, as they would for any Markdown page.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { unified, type PluggableList } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { VFile } from 'vfile';
import type { MarkdownHeading } from 'astro';
import { remarkPlugins, remarkRehype as remarkRehypeOptions, headingIds, headingLinks, notesUnindexed } from '../plugins/markdown.mjs';
import remarkComponents from '../plugins/remarkComponents.mjs';
import { footnotesIn, parseBody, storeFootnotes, type StoredFootnotes } from './checkContent.ts';

const processor = unified()
  .use(remarkPlugins as PluggableList)
  .use(remarkComponents)
  .use(remarkRehype, remarkRehypeOptions)
  .use(headingIds)
  // Headings are collected before the self-links are appended, so their text is just the heading's.
  .use(rehypeHeadingIds)
  .use([headingLinks] as PluggableList)
  .use(notesUnindexed)
  .use(rehypeStringify, { collapseEmptyAttributes: true });

export interface BodyMetadata extends Record<string, unknown> {
  headings: MarkdownHeading[];
  /** Footnotes and quotations, for the content check and the person pages. */
  notes?: StoredFootnotes;
  /** Why the body could not be rendered ("line 12: …"); the content check fails the build with it. */
  error?: string;
  /** The file the HTML is kept in (see renderBodyToFile). */
  htmlFile?: string;
}

/** The body as HTML, with its headings and footnotes; a syntax error comes back as `metadata.error`, not a throw. */
export async function renderBody({ body = '', filePath }: { body?: string | undefined; filePath?: string | undefined }): Promise<{ html: string; metadata: BodyMetadata }> {
  const file = new VFile({ path: filePath, value: body });
  try {
    const tree = parseBody(body);
    const notes = storeFootnotes(footnotesIn(tree));
    const html = processor.stringify(await processor.run(tree, file), file);
    const headings = (file.data as { astro?: { headings?: MarkdownHeading[] } }).astro?.headings ?? [];
    return { html, metadata: { headings, notes } };
  } catch (err) {
    const e = err as { reason?: string; message?: string; line?: number; column?: number };
    // Sätteri's messages start "line:column: "; unified's carry them as fields. Both count from the
    // body's first line: the front matter's lines are added (the file is read only on this path).
    const [, line, column, text] = /^(\d+):(\d+): ([\s\S]*)$/.exec(e.message ?? '') ?? [, e.line, e.column, e.reason ?? e.message ?? String(err)];
    const raw = filePath ? readFileSync(filePath, 'utf8') : body;
    const before = raw.slice(0, Math.max(0, raw.indexOf(body))).split('\n').length - 1;
    const where = line ? `line ${Number(line) + before}${column ? `, column ${column}` : ''}: ` : '';
    return { html: '', metadata: { headings: [], error: `${where}${text}` } };
  }
}

/**
 * renderBody, with the HTML kept in a file of Astro's cache folder (named by the source's digest)
 * instead of in the data store. Astro compiles the data store into the build as one JavaScript
 * string: with the bodies in it, the store of 3,000 events was 90 MB and took 13 s to compile,
 * and it grows with every event. The headings and footnotes, which are small, stay in the store.
 */
export async function renderBodyToFile(entry: { body?: string | undefined; filePath?: string | undefined; digest?: string | number | undefined }, cacheDir: URL): Promise<{ html: string; metadata: BodyMetadata }> {
  const { html, metadata } = await renderBody(entry);
  const htmlFile = fileURLToPath(new URL(`event-bodies/${entry.digest ?? createHash('sha256').update(entry.body ?? '').digest('hex')}.html`, cacheDir));
  mkdirSync(dirname(htmlFile), { recursive: true });
  // Written whole, then renamed: a build reading the folder meanwhile never sees half a body.
  writeFileSync(`${htmlFile}.${process.pid}.tmp`, html);
  renameSync(`${htmlFile}.${process.pid}.tmp`, htmlFile);
  return { html: '', metadata: { ...metadata, htmlFile } };
}

/** The HTML renderBodyToFile kept. */
export const bodyHtml = (metadata: BodyMetadata): string => (metadata.htmlFile ? readFileSync(metadata.htmlFile, 'utf8') : '');
