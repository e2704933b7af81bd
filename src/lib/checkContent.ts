import { mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseDocument } from 'yaml';
import { quotesIn } from '../plugins/remarkQuoteIds.mjs';

/** An entry as Astro's collections give it, plus the file's raw text. */
export interface CheckedEntry {
  id: string;
  /** Path relative to the project root, e.g. content/events/x.mdx */
  filePath: string;
  data: Record<string, unknown>;
  /** MDX body (events only). */
  body?: string | undefined;
  /** The whole file as written, for checks that YAML parsing would hide. */
  raw: string;
  /** Why the body could not be rendered (an MDX syntax error), if it could not. */
  bodyError?: string | undefined;
}

export type Snapshot = Record<'events' | 'countries' | 'organisations' | 'people' | 'sources' | 'cities', CheckedEntry[]>;

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

const SINGULAR: Record<string, string> = {
  events: 'event',
  countries: 'country',
  organisations: 'organisation',
  people: 'person',
  sources: 'source',
  cities: 'city',
};

function isRef(v: unknown): v is { collection: string; id: string } {
  return typeof v === 'object' && v !== null && 'collection' in v && 'id' in v && Object.keys(v).length === 2;
}

/** Every {collection, id} reference anywhere in `data`, with its field path. */
function* references(data: unknown, path = ''): Generator<[string, { collection: string; id: string }]> {
  if (isRef(data)) {
    yield [path, data];
  } else if (Array.isArray(data)) {
    for (const [i, v] of data.entries()) yield* references(v, `${path}[${i}]`);
  } else if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    for (const [k, v] of Object.entries(data)) yield* references(v, path ? `${path}.${k}` : k);
  }
}

const isRealDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** YAML 1.2 core schema keeps dates as text, so 2022-02-30 is seen as written (js-yaml rolls it to 2 March). */
function* badDates(raw: string, isMdx: boolean): Generator<[string, string]> {
  const yamlText = isMdx ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '') : raw;
  // A bad date is written out in the text; most files have none, and then need no YAML parse
  // (which costs more than the rest of the check on a large Atlas).
  if ((yamlText.match(/\d{4}-\d{2}-\d{2}/g) ?? []).every(isRealDate)) return;
  const doc = parseDocument(yamlText, { schema: 'core' }).toJS() as unknown;
  function* walk(v: unknown, path: string): Generator<[string, string]> {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
      if (!isRealDate(v)) yield [path, v];
    } else if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) yield* walk(x, `${path}[${i}]`);
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) yield* walk(x, path ? `${path}.${k}` : k);
    }
  }
  yield* walk(doc, '');
}

/** A `<Q by>` quotation: the person, the anchor id the page gives it, its text. */
export interface Quote {
  by: string;
  id: string;
  text: string;
}

export interface Footnotes {
  defined: Map<string, Set<string>>; // label → source ids cited in that definition
  referenced: Set<string>;
  undefinedRefs: Set<string>;
  headings: string[];
  /** Person ids that <Q by> attributes quotes to. */
  quoted: string[];
  /** The quotations themselves, in order, with the anchors remarkQuoteIds gives them. */
  quotes: Quote[];
}

/**
 * An MDX body as mdast. Sätteri (Astro 7's Markdown engine, in Rust) gives the same tree as
 * remark-parse + remark-mdx + remark-gfm about 30 times faster, and does SmartyPants' typography.
 * A syntax error throws, its message starting "line:column: ".
 */
export const parseBody = (source: string): Root =>
  mdxToMdast(source, { features: { gfm: true, frontmatter: false, smartPunctuation: true } }) as Root;

/** Footnotes, the <Source id> each definition cites, and the headings of an MDX body. */
export function readFootnotes(body: string): Footnotes {
  return footnotesIn(parseBody(body));
}

/** readFootnotes on a body already parsed with parseBody, before any transform. */
export function footnotesIn(tree: Root): Footnotes {
  const quotes = (quotesIn(tree) as Quote[]).map(({ by, id, text }) => ({ by, id, text }));
  const out: Footnotes = { defined: new Map(), referenced: new Set(), undefinedRefs: new Set(), headings: [], quoted: quotes.map((q) => q.by), quotes };
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') {
      const cited = new Set<string>();
      visit(node, (n) => {
        if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'Source') {
          const id = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
          if (typeof id === 'string') cited.add(id);
        }
      });
      out.defined.set(node.label ?? node.identifier, cited);
    } else if (node.type === 'footnoteReference') {
      out.referenced.add(node.label ?? node.identifier);
    } else if (node.type === 'text') {
      // micromark only turns [^x] into a reference when x is defined; what is left is a dangling one.
      for (const m of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) out.undefinedRefs.add(m[1] ?? '');
    } else if (node.type === 'heading') {
      out.headings.push(node.children.map((c) => ('value' in c ? c.value : '')).join(''));
    }
  });
  return out;
}

/** Footnotes as plain JSON, to keep in Astro's data store with the rendered body. */
export type StoredFootnotes = Omit<Footnotes, 'defined' | 'referenced' | 'undefinedRefs'> & {
  defined: [string, string[]][];
  referenced: string[];
  undefinedRefs: string[];
};
export const storeFootnotes = (n: Footnotes): StoredFootnotes => ({
  ...n,
  defined: [...n.defined].map(([label, ids]) => [label, [...ids]]),
  referenced: [...n.referenced],
  undefinedRefs: [...n.undefinedRefs],
});
export const loadFootnotes = (n: StoredFootnotes): Footnotes => ({
  ...n,
  defined: new Map(n.defined.map(([label, ids]) => [label, new Set(ids)])),
  referenced: new Set(n.referenced),
  undefinedRefs: new Set(n.undefinedRefs),
});

/**
 * The checks Astro's schemas cannot make: references that resolve, real calendar dates,
 * footnotes that are both defined and used and cite a listed source, and a
 * "Source notes" section on every event. Returns every problem, not just the first.
 * `notes` (event id → readFootnotes of its body) saves parsing the bodies again when the
 * caller has already done so.
 */
export function checkContent(content: Snapshot, notes?: Map<string, Footnotes>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = Object.fromEntries(
    Object.entries(content).map(([name, list]) => [name, new Set(list.map((e) => e.id))]),
  ) as Record<string, Set<string>>;

  for (const [collection, list] of Object.entries(content)) {
    for (const entry of list) {
      const file = entry.filePath;
      for (const [field, ref] of references(entry.data)) {
        if (!ids[ref.collection]?.has(ref.id)) {
          const kind = SINGULAR[ref.collection] ?? ref.collection;
          problems.push({ file, field, message: `unknown ${kind} "${ref.id}" (no file content/${ref.collection}/${ref.id}.yaml${ref.collection === 'events' ? ' or .mdx' : ''})` });
        }
      }
      for (const [field, value] of badDates(entry.raw, collection === 'events')) {
        problems.push({ file, field, message: `"${value}" is not a real calendar date` });
      }
    }
  }

  // Every entity must be used: by an event, or by another entity (a membership, a successor,
  // a citation). Capitals are drawn on the map, so they count as used.
  for (const e of content.events) {
    if (e.bodyError) problems.push({ file: e.filePath, field: 'body', message: e.bodyError });
  }
  const readable = content.events.filter((e) => !e.bodyError);
  const notesOf = new Map(readable.map((e) => [e.id, notes?.get(e.id) ?? readFootnotes(e.body ?? '')]));
  const used = new Set<string>([...notesOf.values()].flatMap((n) => n.quoted.map((by) => `people/${by}`)));
  for (const [collection, list] of Object.entries(content)) {
    for (const entry of list) {
      for (const [, ref] of references(entry.data)) {
        if (!(ref.collection === collection && ref.id === entry.id)) used.add(`${ref.collection}/${ref.id}`);
      }
    }
  }
  for (const [collection, list] of Object.entries(content)) {
    if (collection === 'events') continue;
    for (const entry of list) {
      if (!used.has(`${collection}/${entry.id}`) && entry.data['capital'] !== true) {
        problems.push({ file: entry.filePath, field: '(entry)', message: `this ${SINGULAR[collection] ?? collection} is not used by any event or other entry` });
      }
    }
  }

  for (const event of readable) {
    const file = event.filePath;
    const listed = new Set(((event.data['sources'] as { id: string }[] | undefined) ?? []).map((s) => s.id));
    const used = new Set<string>();
    const notes = notesOf.get(event.id)!;

    for (const label of notes.undefinedRefs) {
      problems.push({ file, field: `footnote [^${label}]`, message: 'is referenced in the text but never defined' });
    }
    for (const [label, cited] of notes.defined) {
      if (!notes.referenced.has(label)) {
        problems.push({ file, field: `footnote [^${label}]`, message: 'is defined but never referenced in the text' });
      }
      if (cited.size === 0) {
        problems.push({ file, field: `footnote [^${label}]`, message: 'cites no source: add <Source id="…" /> naming a source entry' });
      }
      for (const id of cited) {
        used.add(id);
        if (!ids['sources']?.has(id)) {
          problems.push({ file, field: `footnote [^${label}]`, message: `cites unknown source "${id}"` });
        } else if (!listed.has(id)) {
          problems.push({ file, field: `footnote [^${label}]`, message: `cites source "${id}", which is missing from the front-matter "sources" list` });
        }
      }
    }
    const figures = (event.data['figures'] as { source: { id: string } }[] | undefined) ?? [];
    for (const [i, figure] of figures.entries()) {
      used.add(figure.source.id);
      if (!listed.has(figure.source.id)) {
        problems.push({ file, field: `figures[${i}].source`, message: `"${figure.source.id}" is missing from the front-matter "sources" list` });
      }
    }
    for (const id of listed) {
      if (!used.has(id)) problems.push({ file, field: 'sources', message: `"${id}" is listed but no footnote or figure cites it` });
    }
    if (!notes.headings.some((h) => h.trim().toLowerCase() === 'source notes')) {
      problems.push({ file, field: 'body', message: 'has no "## Source notes" section' });
    }
    for (const by of notes.quoted) {
      if (!ids['people']?.has(by)) problems.push({ file, field: `<Q by="${by}">`, message: `quotes unknown person "${by}" (no file content/people/${by}.yaml)` });
    }
    const related = (event.data['related'] as { id: string }[] | undefined) ?? [];
    if (related.some((r) => r.id === event.id)) {
      problems.push({ file, field: 'related', message: 'an event cannot be related to itself' });
    }
  }
  return problems;
}

/** One line per problem, "file: field: message", for the build log. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n');
}
