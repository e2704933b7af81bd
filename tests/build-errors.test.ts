/**
 * The real `astro build`, run on fixture content: bad content must stop the build (exit code
 * not 0) with a message naming the file and the field. The valid set must build.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from './helpers/build';
import { contentWith } from './helpers/fixtures';

describe('astro build on fixture content', () => {
  test('the valid fixture set builds', () => {
    const r = build(contentWith());
    expect(r.output).not.toMatch(/Content check failed/);
    expect(r.status).toBe(0);
  });

  test('a missing required field fails the build, naming the entry and the field', () => {
    const r = build(contentWith('missing-description'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/summit/);
    expect(r.output).toMatch(/description/);
  });

  test('an unknown reference fails the build, naming file and field (Astro alone only logs it)', () => {
    const r = build(contentWith('unknown-country'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/events\/summit\.mdx: countries\[1\]: unknown country "narnia"/);
  });

  test('a dangling footnote fails the build, naming file and footnote', () => {
    const r = build(contentWith('undefined-footnote'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/events\/summit\.mdx: footnote \[\^missing\]: is referenced in the text but never defined/);
  });

  test('an impossible date fails the build although YAML would silently roll it over', () => {
    const r = build(contentWith('impossible-date'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/events\/summit\.mdx: start: "2022-02-30" is not a real calendar date/);
  });

  test('an MDX syntax error fails the build, naming file, line and column', () => {
    const r = build(contentWith('mdx-syntax-error'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/events\/summit\.mdx: body: line 16, column 40: Expected a closing tag for `<Q>`/);
  });

  test('two files claiming one slug fail the build, naming both', () => {
    const dir = contentWith();
    copyFileSync(join(dir, 'events/summit.mdx'), join(dir, 'events/Summit.mdx'));
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/slug: duplicate slug "summit"/);
    expect(r.output).toMatch(/Summit\.mdx/);
  });
});
