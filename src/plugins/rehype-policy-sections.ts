import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import {
  ABSTRACT_KEY,
  type BlockKey,
  SECTIONS,
  isSectionKey,
  listItemId,
  paragraphId,
  sectionLabel,
} from '../schemas/sections.ts';
import { citation } from '../lib/policy/citation.ts';

export interface RehypePolicySectionsOptions {
  /** Technology name, for citations ("Facial Recognition"). */
  technology: string;
}

const NUMBERED = new Set(['p', 'ol', 'ul']);

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

/** Wraps one numbered block in its anchor container (`<div class="pp-para" id="<key>-p<n>">`). */
function numberBlock(block: Element, key: BlockKey, n: number, technology: string): Element {
  const id = paragraphId(key, n);
  if (block.tagName !== 'p') {
    let i = 0;
    for (const li of block.children) {
      if (isElement(li) && li.tagName === 'li') li.properties.id = listItemId(key, n, ++i);
    }
  }
  const cite = citation(technology, key, n);
  return h('div', { className: ['pp-para'], id, dataPpPara: '', dataPpCite: cite }, [
    h(
      'a',
      {
        className: ['pp-para__num'],
        href: `#${id}`,
        dataPagefindIgnore: '',
      },
      [
        `¶${n}`,
        h('span', { className: ['pp-visually-hidden'] }, ` of ${sectionLabel(key)} (link here)`),
      ],
    ),
    block,
  ]);
}

function missingSection(key: string): Element {
  const def = SECTIONS.find((s) => s.key === key);
  const heading = def?.heading ?? key;
  return h(
    'section',
    {
      className: ['pp-policy-section', 'pp-policy-section--missing'],
      dataSection: key,
      ariaLabelledby: key,
    },
    [
      h('h2', { id: key }, heading),
      h('p', { className: ['pp-notice'] }, [
        h('strong', 'Missing from the published policy. '),
        `The POST Act requires every impact and use policy to address “${def?.label ?? key}” (NYC Admin. Code § 14-188); this document has no such section.`,
      ]),
    ],
  );
}

/**
 * Groups the rendered body into one `<section>` per statutory section (and
 * the abstract), numbers every top-level paragraph and list with a stable id
 * and permalink, and inserts the sections the document lacks as "missing",
 * so all ten always appear in statutory order.
 */
export function rehypePolicySections(options: RehypePolicySectionsOptions) {
  return (tree: Root) => {
    const found = new Map<string, Element>();
    let current: { key: BlockKey; el: Element; n: number } | null = null;
    const preamble: RootContent[] = [];

    for (const node of tree.children) {
      if (isElement(node) && node.tagName === 'h2') {
        const id = String(node.properties.id ?? '');
        if (id === ABSTRACT_KEY || isSectionKey(id)) {
          const el = h(
            'section',
            { className: ['pp-policy-section'], dataSection: id, ariaLabelledby: id },
            [node],
          );
          found.set(id, el);
          current = { key: id, el, n: 0 };
          continue;
        }
      }
      if (!current) {
        preamble.push(node);
        continue;
      }
      if (isElement(node) && NUMBERED.has(node.tagName)) {
        current.n += 1;
        current.el.children.push(numberBlock(node, current.key, current.n, options.technology));
      } else if (!(node.type === 'text' && node.value.trim() === '')) {
        current.el.children.push(node as ElementContent);
      }
    }

    const ordered: RootContent[] = [...preamble];
    const abstract = found.get(ABSTRACT_KEY);
    if (abstract) ordered.push(abstract);
    for (const { key } of SECTIONS) {
      const el = found.get(key);
      if (el) ordered.push(el);
      else ordered.push(missingSection(key));
    }
    tree.children = ordered;
  };
}
