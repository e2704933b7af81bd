/**
 * Pagefind's excerpt (escaped text with <mark> around matched words) as DOM nodes: only text and
 * <mark> survive. Parsed in a <template>, whose content is inert (nothing loads, nothing runs).
 */
export function markedText(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(node.textContent ?? '');
    }
  }
  return out;
}
