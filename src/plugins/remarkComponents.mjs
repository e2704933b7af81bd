import { visit } from 'unist-util-visit';

/**
 * Turns the two components an event body may use into plain HTML at content-sync time, so
 * an event needs no JavaScript module of its own (see src/lib/renderBody.ts):
 * - `<Q by="person" id="…">words</Q>` → `<q id="…" data-by="person">words</q>`
 * - `<Source id="x" loc="para. 4" />` → `<a href="#source-x" data-cite="">x</a>, para. 4.`;
 *   the page fills in the outlet, title and date from the source entry (`citeSources`),
 *   which may change without the event's file changing.
 * Runs after remarkSafeContent, which has already turned every other tag into text.
 */
export default function remarkComponents() {
  return (tree) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const attr = (name) => node.attributes.find((a) => a.name === name)?.value;
      if (node.name === 'Q') {
        node.data = { hName: 'q', hProperties: { id: attr('id'), dataBy: attr('by') } };
        return;
      }
      if (node.name === 'Source' && parent && index !== undefined) {
        const id = String(attr('id') ?? '');
        const loc = attr('loc');
        const cite = [
          { type: 'link', url: `#source-${id}`, data: { hProperties: { dataCite: '' } }, children: [{ type: 'text', value: id }] },
          { type: 'text', value: `${loc ? `, ${loc}` : ''}.` },
        ];
        parent.children.splice(index, 1, ...(node.type === 'mdxJsxFlowElement' ? [{ type: 'paragraph', children: cite }] : cite));
        return index + 1;
      }
    });
  };
}
