// The `_headers` file format of Netlify and Cloudflare Pages: a path pattern on its own
// line, then indented `Name: value` lines. `*` in a pattern matches any run of characters.

/** @returns {{ pattern: RegExp, headers: [string, string][] }[]} */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length > 0) {
      const i = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Every header whose pattern matches `path`, later rules overriding earlier ones. */
export function headersFor(rules, path) {
  const out = new Map();
  for (const rule of rules) if (rule.pattern.test(path)) for (const [k, v] of rule.headers) out.set(k, v);
  return out;
}
