import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { citySchema, countrySchema, eventSchema, organisationSchema, personSchema, sourceSchema } from '../../src/content.config';
import type { ContentProblem, Snapshot } from '../../src/lib/checkContent';
import { renderBody } from '../../src/lib/renderBody';

const schemas = {
  events: eventSchema,
  countries: countrySchema,
  organisations: organisationSchema,
  people: personSchema,
  sources: sourceSchema,
  cities: citySchema,
} as const;

/**
 * Loads a content folder the way Astro does (js-yaml, the same front-matter parser, the real
 * schemas) and returns the entries plus every schema problem as "file: field: message".
 */
export async function loadContent(dir: string, root = process.cwd()) {
  const snapshot: Snapshot = { events: [], countries: [], organisations: [], people: [], sources: [], cities: [] };
  const problems: ContentProblem[] = [];
  for (const [collection, schema] of Object.entries(schemas) as [keyof Snapshot, (typeof schemas)[keyof Snapshot]][]) {
    const folder = join(dir, collection);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const file = relative(root, path);
      const raw = readFileSync(path, 'utf8');
      const isMdx = name.endsWith('.mdx');
      const { frontmatter, content } = isMdx ? parseFrontmatter(raw) : { frontmatter: loadYaml(raw), content: undefined };
      const result = await schema.safeParseAsync(frontmatter);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file, field: issue.path.join('.') || '(root)', message: issue.message });
        }
        continue;
      }
      // The site's own renderer: a body it cannot parse is reported, as the build reports it.
      const bodyError = isMdx ? (await renderBody({ body: (content ?? '').trim(), filePath: path })).metadata.error : undefined;
      snapshot[collection].push({ id: name.replace(/\.[^.]+$/, ''), filePath: file, data: result.data as Record<string, unknown>, body: content, raw, bodyError });
    }
  }
  return { snapshot, problems };
}
