import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';

/**
 * Every `<Q by="person-id">words</Q>` in a document, in order, each with a stable anchor id:
 * q-<person>-<n>, n counting that person's quotes in the document. Person pages link to these.
 * @returns {{ by: string, id: string, text: string, node: any }[]}
 */
export function quotesIn(tree) {
  const out = [];
  const count = new Map();
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Q') {
      const by = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'by')?.value;
      if (typeof by !== 'string') return;
      const n = (count.get(by) ?? 0) + 1;
      count.set(by, n);
      out.push({ by, id: `q-${by}-${n}`, text: toString(node), node });
    }
  });
  return out;
}

/** Gives each <Q> its anchor id. */
export default function remarkQuoteIds() {
  return (tree) => {
    for (const q of quotesIn(tree)) {
      q.node.attributes = q.node.attributes.filter((a) => a.name !== 'id');
      q.node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: q.id });
    }
  };
}
