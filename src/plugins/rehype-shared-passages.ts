import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';

/** A shared passage to mark: where it is and where else it appears (see `boilerplateFor`). */
export interface PassageMark {
  /** Numbered paragraph id (`<key>-p<n>`). */
  paragraphId: string;
  /** List item id (`<key>-p<n>-<i>`), when the passage sits in a list item. */
  itemId?: string;
  /** The passage's plain text (footnote markers removed), as `parsePolicyBody` gives it. */
  text: string;
  /** Other policies and their paragraph ids holding the same text. */
  alsoIn: readonly { slug: string; paragraphIds: readonly string[] }[];
}

export interface RehypeSharedPassagesOptions {
  passages: readonly PassageMark[];
}

interface Piece {
  node: Text;
  /** Offset in `node.value` of each stream character. */
  offset: number;
}

/** Subtrees whose text is not part of the paragraph's plain text. */
function skipped(el: Element): boolean {
  if (el.tagName === 'sup') return true; // footnote markers
  const cls = el.properties.className;
  return Array.isArray(cls) && cls.includes('pp-para__num'); // the "¶n" permalink
}

/** The element's text as one whitespace-collapsed stream, each character mapped back to its text node. */
function textStream(el: Element): { stream: string; map: Piece[] } {
  let stream = '';
  const map: Piece[] = [];
  const walk = (node: ElementContent) => {
    if (node.type === 'text') {
      for (let i = 0; i < node.value.length; i++) {
        const ch = node.value[i] as string;
        const space = /\s/.test(ch);
        if (space && (stream.length === 0 || stream.endsWith(' '))) continue;
        stream += space ? ' ' : ch;
        map.push({ node, offset: i });
      }
    } else if (node.type === 'element' && !skipped(node)) {
      for (const child of node.children) walk(child);
    }
  };
  for (const child of el.children) walk(child);
  return { stream, map };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function alsoInValue(p: PassageMark): string {
  return p.alsoIn.flatMap((a) => a.paragraphIds.map((id) => `${a.slug}#${id}`)).join(' ');
}

/**
 * Marks shared passages in a rendered policy body: inside the paragraph
 * (`<div id="<key>-p<n>">`) or list item (`<li id="<key>-p<n>-<i>">`) that
 * holds it, each passage's text is wrapped in
 * `<mark class="pp-shared" data-pp-shared data-also-in="<slug>#<id> …">`
 * (one mark per text node the passage spans, e.g. around a footnote marker).
 * Throws, naming the paragraph and the text, when a passage cannot be found:
 * a passage is never dropped silently.
 */
export function rehypeSharedPassages(options: RehypeSharedPassagesOptions) {
  return (tree: Root) => {
    const byTarget = new Map<string, PassageMark[]>();
    for (const p of options.passages) {
      const target = p.itemId ?? p.paragraphId;
      const list = byTarget.get(target);
      if (list) list.push(p);
      else byTarget.set(target, [p]);
    }
    if (byTarget.size === 0) return;

    const found = new Set<string>();
    /** Cuts per text node: [start, end) in node.value and the passage. */
    const cuts = new Map<Text, { start: number; end: number; passage: PassageMark }[]>();

    visit(tree, 'element', (el: Element) => {
      const id = typeof el.properties.id === 'string' ? el.properties.id : null;
      if (!id) return;
      const passages = byTarget.get(id);
      if (!passages) return;
      found.add(id);
      const { stream, map } = textStream(el);
      let cursor = 0;
      for (const passage of passages) {
        const needle = collapse(passage.text);
        const at = stream.indexOf(needle, cursor);
        if (needle.length === 0 || at < 0)
          throw new Error(
            `rehypeSharedPassages: shared passage not found in #${id}: “${needle.slice(0, 80)}”. ` +
              'The passages must be computed from the same policy text that is rendered.',
          );
        cursor = at + needle.length;
        for (let i = at; i < cursor;) {
          const first = map[i] as Piece;
          let j = i;
          while (j + 1 < cursor && map[j + 1]?.node === first.node) j++;
          const last = map[j] as Piece;
          const list = cuts.get(first.node) ?? [];
          list.push({ start: first.offset, end: last.offset + 1, passage });
          cuts.set(first.node, list);
          i = j + 1;
        }
      }
    });

    const missing = [...byTarget.keys()].filter((id) => !found.has(id));
    if (missing.length > 0)
      throw new Error(
        `rehypeSharedPassages: no element with id ${missing.map((m) => `#${m}`).join(', ')} in the rendered policy.`,
      );

    visit(tree, 'text', (node: Text, index, parent) => {
      const list = cuts.get(node);
      if (!list || !parent || index === undefined) return;
      list.sort((a, b) => a.start - b.start);
      const parts: ElementContent[] = [];
      let last = 0;
      for (const c of list) {
        if (c.start > last) parts.push({ type: 'text', value: node.value.slice(last, c.start) });
        parts.push({
          type: 'element',
          tagName: 'mark',
          properties: {
            className: ['pp-shared'],
            dataPpShared: '',
            dataAlsoIn: alsoInValue(c.passage),
          },
          children: [{ type: 'text', value: node.value.slice(c.start, c.end) }],
        });
        last = c.end;
      }
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}
