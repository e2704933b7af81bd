/** The name fields that countries, organisations, people and cities carry (all optional but `name`). */
export interface NamedData {
  name: string;
  officialName?: string | undefined;
  acronyms?: string[] | undefined;
  nameRu?: string | undefined;
  localNames?: { name: string }[] | undefined;
  otherNames?: string[] | undefined;
  formerNames?: { name: string }[] | undefined;
}

/**
 * Every name an entity is known by, the Atlas's own name first, without repeats (case-insensitive):
 * official name, acronyms, Russian and local-language names, other spellings and former names.
 * Search indexes these on the entity's pages and suggests them for misspelt queries.
 */
export function entityNames(data: NamedData): string[] {
  const all = [
    data.name,
    data.officialName,
    ...(data.acronyms ?? []),
    data.nameRu,
    ...(data.localNames ?? []).map((n) => n.name),
    ...(data.otherNames ?? []),
    ...(data.formerNames ?? []).map((n) => n.name),
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of all) {
    const name = raw?.trim();
    if (!name || seen.has(name.toLocaleLowerCase())) continue;
    seen.add(name.toLocaleLowerCase());
    out.push(name);
  }
  return out;
}
