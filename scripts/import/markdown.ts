import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { BlockKey } from '../../src/schemas/sections.ts';
import type { BlockModel } from './lists.ts';

/** One section of the body to write. */
export interface BodySection {
  key: BlockKey;
  heading: string;
  blocks: BlockModel[];
}

const MARKER = /\[\^(\d+)\]/g;

/**
 * A block's text as phrasing content: plain text, with each footnote marker
 * `[^n]` the importer linked as a footnote reference. A marker opening the
 * text stays text (written escaped, read back as the same characters):
 * `[^1]: …` at the start of a block would be read as a definition.
 */
export function phrasing(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index === 0) continue;
    if (m.index > at) out.push({ type: 'text', value: text.slice(at, m.index) });
    const n = m[1] ?? '';
    out.push({ type: 'footnoteReference', identifier: n, label: n });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: phrasing(text) };
}

function block(b: BlockModel): RootContent {
  if (b.kind === 'paragraph') return paragraph(b.text);
  const start = b.items[0]?.n ?? 1;
  // The serialiser numbers items start, start + 1, ...: what buildLists prints.
  if (b.items.some((it, i) => it.n !== start + i))
    throw new Error(`list at line ${b.line}: items are not numbered consecutively`);
  const list: List = {
    type: 'list',
    ordered: true,
    start,
    spread: false,
    children: b.items.map((it) => ({
      type: 'listItem',
      spread: false,
      children: [paragraph(it.text)],
    })),
  };
  return list;
}

/**
 * The body as an mdast tree: per section a level-2 heading
 * `<printed heading> {#key}`, then its paragraphs and ordered lists.
 */
export function bodyTree(sections: readonly BodySection[]): Root {
  return {
    type: 'root',
    children: sections.flatMap((s): RootContent[] => {
      const heading: Heading = {
        type: 'heading',
        depth: 2,
        // A key is [a-z-]: nothing in ` {#key}` needs escaping.
        children: [{ type: 'text', value: `${s.heading} {#${s.key}}` }],
      };
      return [heading, ...s.blocks.map(block)];
    }),
  };
}

/**
 * Writes the policy body with mdast-util-to-markdown, which escapes whatever
 * would read as Markdown syntax, so every text reads back verbatim
 * (parsePolicyBody). Lists are tight, numbered "1." (a list right after
 * another gets "1)" so the two stay apart).
 */
export function writeBody(sections: readonly BodySection[]): string {
  return toMarkdown(bodyTree(sections), {
    bulletOrdered: '.',
    listItemIndent: 'one',
    extensions: [gfmFootnoteToMarkdown()],
    unsafe: [
      // The serialiser lets "<" pass before a digit or "#": "<1@a.b>" is an e-mail autolink.
      { character: '<', inConstruct: 'phrasing' },
      // CommonMark reads "~" as text; GitHub's GFM view of content/ would strike through "~~x~~".
      { character: '~', inConstruct: 'phrasing' },
    ],
  });
}
