import type { Heading, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { FOOTNOTE_MARKER, HEADING_ANCHOR } from '../lib/policy/body.ts';

/**
 * Turns the importer's markup into HTML hooks:
 * - `## HEADING {#key}` -> `<h2 id="key">HEADING</h2>`;
 * - `[^n]` -> `<sup class="pp-fnref"><a href="#fn-n" id="fnref-n">n</a></sup>`
 *   (a second marker for the same note gets `fnref-n-2`).
 */
export function remarkPolicyAnchors() {
  return (tree: Root) => {
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children[node.children.length - 1];
      if (last?.type !== 'text') return;
      const m = HEADING_ANCHOR.exec(last.value);
      if (!m) return;
      last.value = last.value.replace(HEADING_ANCHOR, '');
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: m[1] } };
    });

    const seen = new Map<number, number>();
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !FOOTNOTE_MARKER.test(node.value)) return;
      FOOTNOTE_MARKER.lastIndex = 0;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(FOOTNOTE_MARKER)) {
        const n = Number(m[1]);
        const count = (seen.get(n) ?? 0) + 1;
        seen.set(n, count);
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        parts.push({
          type: 'text',
          value: String(n),
          data: {
            hName: 'sup',
            hProperties: { className: ['pp-fnref'] },
            hChildren: [
              {
                type: 'element',
                tagName: 'a',
                properties: {
                  href: `#fn-${n}`,
                  id: count === 1 ? `fnref-${n}` : `fnref-${n}-${count}`,
                  ariaLabel: `Footnote ${n}`,
                },
                children: [{ type: 'text', value: String(n) }],
              },
            ],
          },
        });
        last = m.index + m[0].length;
      }
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}
