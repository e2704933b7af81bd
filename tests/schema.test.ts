/**
 * Each kind of bad entry an editor can write is rejected with a message that names the file
 * and the field. The broken cases live in tests/fixtures/invalid/<case>/, laid over the valid set.
 */
import { describe, expect, test } from 'vitest';
import { checkContent, type ContentProblem } from '../src/lib/checkContent';
import { loadContent } from './helpers/loadContent';
import { contentWith, VALID } from './helpers/fixtures';

async function problemsOf(dir: string): Promise<ContentProblem[]> {
  const { snapshot, problems } = await loadContent(dir);
  return [...problems, ...checkContent(snapshot)];
}

test('the valid fixture set parses and passes every check', async () => {
  const { snapshot, problems } = await loadContent(VALID);
  expect(problems).toEqual([]);
  expect(snapshot.events).toHaveLength(1);
  expect(snapshot.countries).toHaveLength(2);
  expect(checkContent(snapshot)).toEqual([]);
  // YAML dates become ISO text and references become {collection, id}.
  const event = snapshot.events[0]!.data;
  expect(event['start']).toBe('2022-10-14');
  expect(event['place']).toMatchObject({ city: { collection: 'cities', id: 'astana' } });
});

const cases: [string, string, string, RegExp][] = [
  // case, file (relative to the fixture folder), field, message
  ['missing-description', 'events/summit.mdx', 'description', /expected string|required/i],
  ['empty-description', 'events/summit.mdx', 'description', /too small|at least 1|>=1/i],
  ['long-description', 'events/summit.mdx', 'description', /160/],
  ['unknown-country', 'events/summit.mdx', 'countries[1]', /unknown country "narnia"/],
  ['unknown-person', 'events/summit.mdx', 'people[0].person', /unknown person "vladimir-poutine"/],
  ['unknown-organisation-member', 'organisations/csto.yaml', 'members[1].country', /unknown country "kazakstan"/],
  ['unknown-source', 'events/summit.mdx', 'sources[1]', /unknown source "nowhere-1999"/],
  ['impossible-date', 'events/summit.mdx', 'start', /"2022-02-30" is not a real calendar date/],
  ['malformed-date', 'events/summit.mdx', 'start', /YYYY-MM-DD/],
  ['end-before-start', 'events/summit.mdx', 'end', /end date is before the start date/],
  ['misspelt-key', 'countries/russia.yaml', '(root)', /unrecognized key.*capitol/i],
  ['undefined-footnote', 'events/summit.mdx', 'footnote [^missing]', /never defined/],
  ['unused-footnote', 'events/summit.mdx', 'footnote [^spare]', /never referenced/],
  ['footnote-without-source', 'events/summit.mdx', 'footnote [^wire]', /cites no source/],
  ['footnote-unlisted-source', 'events/summit.mdx', 'footnote [^wire]', /missing from the front-matter "sources" list/],
  ['no-source-notes', 'events/summit.mdx', 'body', /Source notes/],
  ['no-sources', 'events/summit.mdx', 'sources', /too small|at least 1|>=1/i],
  ['unknown-city', 'events/summit.mdx', 'place.city', /unknown city "atlantis"/],
  ['unused-entity', 'people/nobody-at-all.yaml', '(entry)', /not used by any event/],
  ['quote-unknown-person', 'events/summit.mdx', '<Q by="nobody-known">', /quotes unknown person "nobody-known"/],
  ['figure-unknown-source', 'events/summit.mdx', 'figures[0].source', /unknown source "ghost-2020"/],
  // The unclosed <Q> is on line 16 of the file (front matter included), at column 40.
  ['mdx-syntax-error', 'events/summit.mdx', 'body', /^line 16, column 40: Expected a closing tag for `<Q>`/],
];

describe('a bad entry is rejected, naming file and field', () => {
  test.each(cases)('%s', async (name, file, field, message) => {
    const dir = contentWith(name);
    const problems = await problemsOf(dir);
    const hit = problems.find((p) => p.file === `${dir}/${file}` && p.field === field);
    expect(hit, `expected a problem at ${file} ${field}, got:\n${JSON.stringify(problems, null, 2)}`).toBeDefined();
    expect(hit!.message).toMatch(message);
  });
});

test('every problem in a file is reported, not only the first', async () => {
  const dir = contentWith('undefined-footnote');
  const problems = await problemsOf(dir);
  // The valid set plus one dangling reference: exactly one problem.
  expect(problems.map((p) => p.field)).toEqual(['footnote [^missing]']);
});
