import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { AstroConfig, ContentEntryRenderFunction, ContentEntryType } from 'astro';
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { isoDate, partialDate } from './lib/dates';
import { uniqueId } from './lib/uniqueId';
import type { BodyMetadata } from './lib/renderBody';
import { runOnWorker, stopWorkers } from './lib/workerPool';

/** Where the content lives; tests point this at fixtures to prove that bad content fails the build. */
const root = process.env['ATLAS_CONTENT_DIR'] ?? './content';

/** One entry per file; the file name (without extension) is the entry's id and URL slug. */
const entries = (folder: string, pattern: string, retainBody = true) =>
  glob({ base: `${root}/${folder}`, pattern, generateId: uniqueId(folder), retainBody });

/**
 * The glob loader, with MDX bodies rendered to HTML when the content syncs (src/lib/renderBody.ts)
 * instead of compiled into one JavaScript module per file. @astrojs/mdx still reads the front matter.
 */
function mdxEntries(folder: string): Loader {
  // The Markdown source is not kept in the data store: the HTML and the footnotes are all the pages need.
  const inner = entries(folder, '*.mdx', false);
  return {
    name: 'atlas-mdx-loader',
    load: async (context) => {
      // The glob loader is handed the entry types (by extension) by Astro, outside the typed context.
      const types = (context as typeof context & { entryTypes?: Map<string, ContentEntryType> }).entryTypes;
      const mdx = types?.get('.mdx');
      if (!types || !mdx) throw new Error('src/content.config.ts: the MDX entry type is missing: is mdx() in astro.config.mjs integrations, and did Astro change how loaders get entry types?');
      // Cached entries are reused while their file is unchanged; a change to the renderer must redo them all.
      const renderer = context.generateDigest(rendererFiles.map((f) => readFileSync(f, 'utf8')).join('\0'));
      // So must a body whose HTML file has gone (a cache folder pruned by hand or by CI).
      const lost = [...context.store.values()].some((e) => {
        const file = (e.rendered?.metadata as BodyMetadata | undefined)?.htmlFile;
        return !file || !existsSync(file);
      });
      if (context.meta.get('renderer') !== renderer || lost) context.store.clear();
      const { contentModuleTypes: _, ...asHtml } = mdx;
      const entryTypes = new Map(types).set('.mdx', { ...asHtml, getRenderFunction: async (config: AstroConfig) => (entry: Parameters<ContentEntryRenderFunction>[0]) => renderOnWorker(entry, config.cacheDir) });
      try {
        await inner.load({ ...context, entryTypes } as typeof context);
      } finally {
        await stopWorkers();
      }
      context.meta.set('renderer', renderer);
    },
  };
}
/**
 * renderBodyToFile, on a build worker (src/lib/workerPool.ts): the glob loader keeps ten entries
 * in flight, so bodies render on the other core while this thread reads and validates the rest.
 */
const renderOnWorker = ({ body, filePath, digest }: Parameters<ContentEntryRenderFunction>[0], cacheDir: URL) =>
  runOnWorker<{ html: string; metadata: BodyMetadata }>('body', { entry: { body, filePath, digest }, cacheDir: cacheDir.href }, `rendering ${filePath}`, 'soon').result;
/** The code an event's HTML depends on, besides its file. */
const rendererFiles = ['src/lib/renderBody.ts', 'src/lib/checkContent.ts', 'package-lock.json', ...readdirSync('src/plugins').filter((f) => f.endsWith('.mjs')).map((f) => `src/plugins/${f}`)];

const nonEmpty = z.string().trim().min(1);

/** A name as written in one language. */
const localName = z.strictObject({
  /** BCP 47 language tag, e.g. `kk`, `ky`, `tg`, `tk`, `uz`, `ru`. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/).describe('BCP 47 language tag'),
  name: nonEmpty.describe('The name in that language and its usual script'),
});

/** A date span during which something held (a role, a membership, a name). */
const span = {
  from: partialDate.optional().describe('When it began (YYYY, YYYY-MM or YYYY-MM-DD); omit if unknown'),
  until: partialDate.optional().describe('When it ended; omit while it still holds'),
};

export const countrySchema = z.strictObject({
  name: nonEmpty.describe('Common English name, e.g. "Kazakhstan"'),
  officialName: nonEmpty.describe('Official English name, e.g. "Republic of Kazakhstan"'),
  iso2: z.string().regex(/^[A-Z]{2}$/).describe('ISO 3166-1 alpha-2 code'),
  iso3: z.string().regex(/^[A-Z]{3}$/).describe('ISO 3166-1 alpha-3 code'),
  isoNumeric: z.string().regex(/^\d{3}$/).describe('ISO 3166-1 numeric code, as text (e.g. "398"), used to find the country in map data'),
  centralAsia: z.boolean().default(false).describe('One of the five Central Asian states'),
  nameRu: nonEmpty.describe('The common name in Russian'),
  localNames: z.array(localName).default([]).describe("The name in the country's own language(s)"),
  otherNames: z.array(nonEmpty).default([]).describe('Other spellings, transliterations and former names, e.g. "Kirghizia"'),
  capital: z.strictObject({
    name: nonEmpty.describe('Current English name of the capital'),
    formerNames: z
      .array(z.strictObject({ name: nonEmpty, ...span }))
      .default([])
      .describe('Earlier names with their dates, e.g. Nur-Sultan 2019-03-23 to 2022-09-17'),
  }),
  sources: z.array(reference('sources')).default([]).describe('Where the names and dates above come from'),
});

export const organisationSchema = z.strictObject({
  name: nonEmpty.describe('Full English name, e.g. "Eurasian Economic Union"'),
  acronyms: z.array(nonEmpty).default([]).describe('Acronyms in use, preferred first, e.g. [EAEU, EEU]'),
  otherNames: z.array(nonEmpty).default([]).describe('Other names, including Russian ones'),
  kind: z
    .enum(['organisation', 'format', 'military alliance', 'economic union'])
    .describe('"format" for a dialogue without a secretariat, such as C5+1'),
  founded: partialDate.describe('When it was founded or first met'),
  dissolved: partialDate.optional().describe('When it ceased to exist; omit while it exists'),
  successor: reference('organisations').optional().describe('What it merged into, if anything'),
  summary: nonEmpty.max(300).describe('One or two neutral sentences on what it is'),
  members: z
    .array(
      z.strictObject({
        country: reference('countries'),
        status: z.enum(['member', 'founding member', 'observer', 'associate', 'partner']).default('member'),
        joined: partialDate.optional().describe('When it joined; omit if unknown'),
        left: partialDate.optional().describe('When it left; omit while still a member'),
        note: z.string().optional().describe('A short qualification, e.g. "suspended 2008–2012"'),
      }),
    )
    .default([])
    .describe('Members over time, with join and leave dates where known'),
  sources: z.array(reference('sources')).default([]).describe('Where the dates above come from'),
});

export const personSchema = z.strictObject({
  name: nonEmpty.describe('Name as the Atlas writes it, e.g. "Kassym-Jomart Tokayev"'),
  sortName: nonEmpty.optional().describe('Family name first, for lists, e.g. "Tokayev, Kassym-Jomart"'),
  otherNames: z.array(nonEmpty).default([]).describe('Other spellings and transliterations, e.g. "Tokaev"'),
  nameRu: z.string().optional().describe('The name in Russian'),
  country: reference('countries').describe('The state the person served'),
  roles: z
    .array(z.strictObject({ title: nonEmpty.describe('e.g. "President of Kazakhstan"'), ...span }))
    .min(1)
    .describe('Offices held, with dates'),
  sources: z.array(reference('sources')).default([]).describe('Where the roles and dates come from'),
});

export const citySchema = z.strictObject({
  name: nonEmpty.describe('Current English name, e.g. "Astana"'),
  country: reference('countries'),
  lat: z.number().min(-90).max(90).describe('Latitude in degrees, for the map'),
  lon: z.number().min(-180).max(180).describe('Longitude in degrees, for the map'),
  capital: z.boolean().default(false).describe('Capital of its country today'),
  formerNames: z
    .array(z.strictObject({ name: nonEmpty, ...span }))
    .default([])
    .describe('Names it bore over a span of dates; event pages show the name in use on the day'),
  otherNames: z.array(nonEmpty).default([]).describe('Other spellings, former and Russian names, for search'),
  sources: z.array(reference('sources')).default([]).describe('Where the names and dates come from'),
});

export const sourceSchema = z.strictObject({
  title: nonEmpty.describe('Title as published (in the original language)'),
  titleEn: z.string().optional().describe('English translation of a non-English title'),
  outlet: nonEmpty.describe('Who published it, e.g. "The Moscow Times"'),
  author: z.string().optional().describe('Author(s); omit for unsigned wire copy'),
  originalOutlet: z.string().optional().describe('For a republished copy: who wrote it first, e.g. "Associated Press"'),
  published: partialDate.describe('Publication date of the source (not of a later capture)'),
  url: z.url().optional().describe('Original URL, where known'),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/).describe('BCP 47 language tag of the text'),
  kind: z
    .enum(['wire story', 'news report', 'analysis', 'official record', 'republished copy', 'rewritten copy', 'reference work'])
    .describe('What sort of text it is'),
  reliability: nonEmpty.max(400).describe('A short note on how far to trust it and why'),
});

export const eventSchema = z
  .strictObject({
    title: nonEmpty.max(90).describe('Page title'),
    kind: z
      .enum(['summit', 'state visit', 'tour', 'ministerial meeting', 'accession', 'agreement', 'conference'])
      .describe('What sort of event it was'),
    start: isoDate.describe('First day, YYYY-MM-DD (the event, not the article about it)'),
    end: isoDate.optional().describe('Last day, if the event lasted more than one day'),
    place: z.strictObject({
      city: reference('cities').describe('Where it took place; the page shows the name the city bore that day'),
      venue: z.string().optional().describe('Building or residence, if known'),
    }),
    stops: z
      .array(
        z.strictObject({
          date: isoDate.describe('Day of the stop'),
          city: reference('cities'),
          venue: z.string().optional(),
        }),
      )
      .default([])
      .describe('For tours and multi-city events: each stop in order; `place` is the first'),
    description: nonEmpty
      .max(160)
      .describe('One sentence, at most 160 characters, for meta tags and lists'),
    countries: z.array(reference('countries')).min(1).describe('Participating states'),
    organisations: z.array(reference('organisations')).default([]).describe('Organisations and formats involved'),
    people: z
      .array(
        z.strictObject({
          person: reference('people'),
          role: nonEmpty.describe('The role held at the time of the event'),
        }),
      )
      .default([])
      .describe('Participants, each with the role held at the time'),
    figures: z
      .array(
        z.strictObject({
          value: z.union([z.number(), nonEmpty]).describe('The number as stated, e.g. 45 or "about 5"'),
          unit: nonEmpty.describe('e.g. "billion US dollars", "km", "%"'),
          measure: nonEmpty.describe('What it measures, e.g. "Russia–Central Asia trade, 2024"'),
          source: reference('sources'),
          note: z.string().optional().describe('Caveat, e.g. "as stated by Putin; not independently verified"'),
          series: z
            .strictObject({
              id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).describe('Series slug shared by comparable figures, e.g. russia-central-asia-trade'),
              title: nonEmpty.describe('Chart title, the same for every figure of the series'),
              period: z.string().regex(/^\d{4}$/).describe('The year the figure refers to'),
              amount: z.number().describe('The figure as a plain number, for the chart'),
            })
            .optional()
            .describe('Put the figure on a chart with others of the same series'),
        }),
      )
      .default([])
      .describe('Key figures, each with its source'),
    sources: z.array(reference('sources')).min(1).describe('Every source cited in the text'),
    related: z.array(reference('events')).default([]).describe('Other events in the Atlas this one relates to'),
    updated: isoDate.optional().describe('When the page was last substantively changed'),
  })
  .refine((e) => !e.end || e.end >= e.start, { message: 'the end date is before the start date', path: ['end'] })
  .refine((e) => e.stops.every((s) => s.date >= e.start && s.date <= (e.end ?? e.start)), {
    message: 'a stop falls outside the start and end dates',
    path: ['stops'],
  });

export const collections = {
  events: defineCollection({ loader: mdxEntries('events'), schema: eventSchema }),
  countries: defineCollection({ loader: entries('countries', '*.yaml'), schema: countrySchema }),
  organisations: defineCollection({ loader: entries('organisations', '*.yaml'), schema: organisationSchema }),
  people: defineCollection({ loader: entries('people', '*.yaml'), schema: personSchema }),
  cities: defineCollection({ loader: entries('cities', '*.yaml'), schema: citySchema }),
  sources: defineCollection({ loader: entries('sources', '*.yaml'), schema: sourceSchema }),
};
