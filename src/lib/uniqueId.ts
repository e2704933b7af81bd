/**
 * The glob loader's generateId for one collection: the file name is the id and URL slug.
 * It must be a lowercase slug, and no two files may claim the same one (Astro would
 * silently keep only the last).
 */
export function uniqueId(collection: string) {
  const seen = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const id = entry.replace(/\.[^.]+$/, '');
    const file = `content/${collection}/${entry}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id.toLowerCase())) {
      throw new Error(`${file}: slug: the file name "${id}" must be lowercase letters, digits and hyphens`);
    }
    const slug = id.toLowerCase();
    const other = seen.get(slug);
    if (other && other !== entry) {
      throw new Error(`${file}: slug: duplicate slug "${slug}", already used by content/${collection}/${other}`);
    }
    seen.set(slug, entry);
    return slug;
  };
}
