import type { PagefindFragment } from './pagefind';
import { markedText } from './markedText';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};

/**
 * Pagefind takes a section's title from its heading's text, including the self-link that
 * astro.config.mjs appends ("#", "Link to section “…”") despite its data-pagefind-ignore. The
 * heading may have quotation marks of its own: the label runs to the last closing one.
 */
const sectionTitle = (t: string) => t.replace(/\s*#?\s*Link to section “.*”\s*$/su, '').replace(/\s*#$/, '').trim() || t;

/** Only links within the site: a result URL comes from the index, but never trust it blindly. */
const sameSite = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? url : '/');

/**
 * One search result: title link, what it is (type, kind, date, place), the excerpt with the matched
 * words marked (or, with no words to match, the page's one-line description) and up to three
 * sections of the page that match, each linking to its heading.
 */
export function renderResult(data: PagefindFragment, withExcerpt: boolean): HTMLLIElement {
  const m = data.meta;
  const title = m['title'] ?? data.url;
  const li = el('li', 'result');
  const h = el('h3', 'result-title');
  const a = el('a', undefined, title);
  a.href = sameSite(data.url);
  h.append(a);
  li.append(h);

  const info = el('p', 'result-meta');
  const parts: (string | Node)[] = [];
  if (m['type']) parts.push(el('span', 'result-type', m['type']));
  if (m['kind'] && m['kind'] !== m['type']?.toLowerCase()) parts.push(m['kind']);
  if (m['when']) {
    const time = el('time', undefined, m['when']);
    if (m['date'] && /^\d{4}-\d{2}-\d{2}$/.test(m['date'])) time.dateTime = m['date'];
    parts.push(time);
  }
  if (m['place']) parts.push(m['place']);
  parts.forEach((p, i) => info.append(...(i > 0 ? [' · ', p] : [p])));
  li.append(info);

  if (withExcerpt && data.excerpt) {
    const p = el('p', 'result-excerpt');
    p.append(markedText(data.excerpt));
    li.append(p);
  } else if (m['description']) {
    li.append(el('p', 'result-excerpt', m['description']));
  }

  const sections = withExcerpt
    ? data.sub_results
        .filter((s) => s.url !== data.url && s.url.includes('#') && s.locations.length > 0 && s.title !== title)
        .sort((x, y) => y.locations.length - x.locations.length)
        .slice(0, 3)
    : [];
  if (sections.length > 0) {
    const ul = el('ul', 'result-sections');
    ul.setAttribute('aria-label', `Matching sections of ${title}`);
    for (const s of sections) {
      const item = el('li');
      const link = el('a', undefined, sectionTitle(s.title));
      link.href = sameSite(s.url);
      const excerpt = el('span', 'result-section-excerpt');
      excerpt.append(markedText(s.excerpt));
      item.append(link, ' ', excerpt);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}
