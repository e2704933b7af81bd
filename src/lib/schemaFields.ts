/** One documented field of a JSON Schema: its dotted path ("events[].people[].role"), type and description. */
export interface SchemaField { path: string; type: string; description: string }

type JsonSchema = {
  type?: string | string[]; description?: string; properties?: Record<string, JsonSchema>;
  items?: JsonSchema; anyOf?: JsonSchema[]; const?: unknown; format?: string;
};

const typeOf = (s: JsonSchema): string => {
  if (s.anyOf) return s.anyOf.map(typeOf).join(' or ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'any'}`;
  if (s.type === 'string' && s.format === 'uri') return 'URL';
  return Array.isArray(s.type) ? s.type.join(' or ') : (s.type ?? 'any');
};

/** Every field of a JSON Schema (as z.toJSONSchema writes it), depth first, for the /data/ page. */
export function schemaFields(schema: JsonSchema, prefix = ''): SchemaField[] {
  const out: SchemaField[] = [];
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const inner = s.type === 'array' ? s.items : s.anyOf?.find((x) => x.properties) ?? s;
    const objectLike = inner?.properties ? inner : undefined;
    out.push({ path: s.type === 'array' && objectLike ? `${path}[]` : path, type: objectLike ? (s.type === 'array' ? 'list of objects' : 'object') : typeOf(s), description: s.description ?? '' });
    if (objectLike) out.push(...schemaFields(objectLike, s.type === 'array' ? `${path}[]` : path));
  }
  return out;
}
