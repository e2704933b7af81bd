import { visit, SKIP } from 'unist-util-visit';

/** Components an event body may use; everything else written as a tag is shown as text. */
const ALLOWED = { Source: new Set(['id', 'loc']), Q: new Set(['by']) };
const SAFE_URL = /^(https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i;

/** The node's own source text, to show a rejected tag or expression exactly as written. */
const sourceOf = (node, file) =>
  node.position ? String(file.value).slice(node.position.start.offset, node.position.end.offset) : '';

/** @returns {(tree: import('mdast').Root, file: import('vfile').VFile) => void} */
export default function remarkSafeContent() {
  return (tree, file) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      const asText = (value) => {
        const text = { type: 'text', value };
        parent.children[index] = node.type.endsWith('FlowElement') || node.type === 'mdxFlowExpression' || node.type === 'html'
          ? { type: 'paragraph', children: [text] }
          : text;
        return [SKIP, index];
      };
      switch (node.type) {
        case 'mdxjsEsm':
          file.fail("import/export statements are not allowed in content files", node);
          return;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          return asText(sourceOf(node, file));
        case 'html':
          return asText(node.value);
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const allowed = ALLOWED[node.name ?? ''];
          if (!allowed) return asText(sourceOf(node, file));
          node.attributes = node.attributes.filter((a) => a.type === 'mdxJsxAttribute' && allowed.has(a.name) && typeof a.value === 'string');
          return;
        }
        case 'link':
        case 'image':
        case 'definition':
          if (!SAFE_URL.test(node.url.trim())) {
            if (node.type === 'definition') node.url = '#';
            else return asText(node.type === 'image' ? node.alt ?? '' : sourceOf(node, file));
          }
          return;
      }
    });
  };
}
