import { editDistance } from './editDistance';
import { normaliseName } from './normaliseName';

/** One entity as /search/names.json lists it (built from the content by src/pages/search/names.json.ts). */
export interface SearchEntity {
  type: 'country' | 'organisation' | 'person' | 'city';
  id: string;
  /** The Atlas's own name for it. */
  name: string;
  /** Its page; cities have none. */
  url?: string;
  /** For a city, its country's name. */
  country?: string;
  /** Every name it is known by, `name` first (src/lib/entityNames.ts). */
  names: string[];
}

export interface NameMatches {
  /** Entities one of whose names is exactly the query (ignoring case, accents and hyphens). */
  exact: { entity: SearchEntity; name: string }[];
  /** For a query that names nothing exactly: the closest names, best first. */
  suggestions: { text: string; entity?: SearchEntity }[];
}

/** How many edits a word of this length may be from a name and still count as a typo of it. */
const tolerance = (length: number) => (length < 3 ? 0 : length <= 4 ? 1 : 2);

/** A longer form of the same word (Russian/Russia, Kazakhstani/Kazakhstan) is not a typo. */
const sameStem = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * Matches a query against the names of the Atlas's entities: exact aliases ("Kirghizia" names
 * Kyrgyzstan; for people, a surname alone), else the nearest names by edit distance (all those equally near) ("Kazahstan" → Kazakhstan), else a query
 * with one word corrected ("Kazahstan trade" → "Kazakhstan trade").
 */
export function suggestNames(query: string, entities: SearchEntity[], limit = 3): NameMatches {
  const q = normaliseName(query);
  const none: NameMatches = { exact: [], suggestions: [] };
  if (q.length < 3) return none;
  const folded = entities.map((entity) => ({ entity, names: entity.names.map((name) => ({ name, key: normaliseName(name) })) }));

  // Spaces count as hyphens (Nur Sultan, Nur-Sultan); a person is also named by a surname alone.
  const compact = q.replace(/ /g, '');
  const isNamed = (entity: SearchEntity, key: string) =>
    key.replace(/ /g, '') === compact || (entity.type === 'person' && !q.includes(' ') && key.split(' ').at(-1) === q);
  const exact = folded.flatMap(({ entity, names: all }) => {
    const hit = all.find((n) => n.key.replace(/ /g, '') === compact) ?? all.find((n) => isNamed(entity, n.key));
    return hit ? [{ entity, name: hit.name }] : [];
  });
  if (exact.length > 0) return { exact, suggestions: [] };

  // Whole query against whole names, and against single words of longer names (a surname).
  const max = tolerance([...q].length);
  const near = folded
    .map(({ entity, names }) => {
      let best = max + 1;
      for (const { key } of names) {
        for (const candidate of [key, ...(key.includes(' ') && !q.includes(' ') ? key.split(' ') : [])]) {
          if (sameStem(q, candidate)) continue;
          best = Math.min(best, editDistance(q, candidate, max));
        }
      }
      return { entity, distance: best };
    })
    .filter((c) => c.distance <= max)
    .sort((a, b) => a.distance - b.distance || a.entity.name.localeCompare(b.entity.name, 'en'));
  const closest = near.filter((c) => c.distance === near[0]?.distance).slice(0, limit);
  if (closest.length > 0) return { exact: [], suggestions: closest.map(({ entity }) => ({ text: entity.name, entity })) };

  // Several words: correct each word that is a near miss for a word of some name.
  const words = q.split(' ');
  if (words.length < 2) return none;
  const vocabulary = new Map<string, string>();
  for (const { names } of folded) {
    for (const { name, key } of names) {
      const original = name.split(/\s+/);
      key.split(' ').forEach((w, i) => { if (!vocabulary.has(w)) vocabulary.set(w, original.length === key.split(' ').length ? original[i]! : w); });
    }
  }
  let changed = false;
  const corrected = words.map((w) => {
    const tol = tolerance([...w].length);
    if (tol === 0 || vocabulary.has(w)) return w;
    let best: [number, string] | undefined;
    for (const [key, original] of vocabulary) {
      if (sameStem(w, key)) continue;
      const d = editDistance(w, key, tol);
      if (d <= tol && (!best || d < best[0])) best = [d, original];
    }
    if (!best) return w;
    changed = true;
    return best[1];
  });
  return changed ? { exact: [], suggestions: [{ text: corrected.join(' ') }] } : none;
}
