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
import { sectionLabelIn } from '../lib/policy/section-labels.ts';
import { DEFAULT_LOCALE, localeInfo, type Locale } from '../i18n/locales.ts';
import { t } from '../i18n/messages.ts';
import pageWords from '../i18n/messages/policy-page.ts';

/**
 * The portal's words a page in another language adds around the policy text
 * (policyWordsIn). src/lib/policy/localize.ts gives the same shape with
 * placeholders, so that a body is rendered once for all those languages.
 */
export interface PolicyWords {
  /** BCP 47 tag of the page's language, on footnote markers. */
  tag: string;
  /** The portal's name of a section: "Entidades externas". */
  sectionName: (key: BlockKey) => string;
  /** The hidden rest of a paragraph link's name: " de Entidades externas (enlace a este párrafo)". */
  paraLink: (key: BlockKey) => string;
  /** A footnote marker's name: "Nota 1". */
  footnote: (n: number) => string;
  missingTitle: string;
  /** Why a section the document lacks is shown. */
  missingBody: (key: BlockKey) => string;
}

/** The words of a page in `locale` (not English: English pages keep the NYPD's headings as printed). */
export function policyWordsIn(locale: Locale): PolicyWords {
  const m = t(pageWords, locale);
  return {
    tag: localeInfo(locale).tag,
    sectionName: (key) => sectionLabelIn(key, locale),
    paraLink: (key) => m.paraLink(sectionLabelIn(key, locale)),
    footnote: (n) => m.footnote(n),
    missingTitle: m.missingTitle,
    missingBody: (key) => m.missingBody(sectionLabelIn(key, locale)),
  };
}

export interface RehypePolicySectionsOptions {
  /** Technology name, for citations ("Facial Recognition"). */
  technology: string;
  /**
   * Language of the page (English by default). In another language the
   * portal's words (section names, paragraph links, missing-section notices,
   * footnote names) are in it, the NYPD's printed headings and text stay as
   * printed with `lang="en"`, and the citation (`data-pp-cite`, a public
   * contract naming the English policy) stays English. Ids are the same in
   * every language.
   */
  locale?: Locale;
  /** The words of a page in another language, in place of `locale`'s (see PolicyWords). */
  words?: PolicyWords;
}

const NUMBERED = new Set(['p', 'ol', 'ul']);

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

/** Wraps one numbered block in its anchor container (`<div class="pp-para" id="<key>-p<n>">`). */
function numberBlock(
  block: Element,
  key: BlockKey,
  n: number,
  technology: string,
  words: PolicyWords | null,
): Element {
  const id = paragraphId(key, n);
  if (block.tagName !== 'p') {
    let i = 0;
    for (const li of block.children) {
      if (isElement(li) && li.tagName === 'li') li.properties.id = listItemId(key, n, ++i);
    }
  }
  const cite = citation(technology, key, n);
  const linkText = words ? words.paraLink(key) : ` of ${sectionLabel(key)} (link here)`;
  if (words) {
    block.properties.lang = 'en';
    localizeFootnoteRefs(block, words);
  }
  return h('div', { className: ['pp-para'], id, dataPpPara: '', dataPpCite: cite }, [
    h(
      'a',
      {
        className: ['pp-para__num'],
        href: `#${id}`,
        dataPagefindIgnore: '',
      },
      [`¶${n}`, h('span', { className: ['pp-visually-hidden'] }, linkText)],
    ),
    block,
  ]);
}

/**
 * Footnote markers inside English policy text: their accessible name
 * ("Nota 1") is the page's words, in the page's language.
 */
function localizeFootnoteRefs(node: Element, words: PolicyWords): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    const cls = child.properties.className;
    if (child.tagName === 'sup' && Array.isArray(cls) && cls.includes('pp-fnref')) {
      child.properties.lang = words.tag;
      for (const a of child.children)
        if (isElement(a) && a.tagName === 'a') {
          const n = Number(/^#fn-(\d+)$/.exec(String(a.properties.href ?? ''))?.[1]);
          if (n) a.properties.ariaLabel = words.footnote(n);
        }
      continue;
    }
    localizeFootnoteRefs(child, words);
  }
}

/**
 * A found section's heading in another language: the portal's name of the
 * section in the page's language, then the heading as the NYPD printed it,
 * in English.
 */
function localizeHeading(heading: Element, key: BlockKey, words: PolicyWords): void {
  const printed = heading.children;
  heading.children = [
    h('span', { className: ['pp-section-name'] }, words.sectionName(key)),
    h('span', { className: ['pp-visually-hidden'] }, ' — '),
    h('span', { className: ['pp-section-printed'], lang: 'en' }, printed),
  ];
}

function missingSection(key: string, words: PolicyWords | null): Element {
  const def = SECTIONS.find((s) => s.key === key);
  if (words && def) {
    const label = words.sectionName(def.key);
    return h(
      'section',
      {
        className: ['pp-policy-section', 'pp-policy-section--missing'],
        dataSection: key,
        ariaLabelledby: key,
      },
      [
        h('h2', { id: key }, [h('span', { className: ['pp-section-name'] }, label)]),
        h('p', { className: ['pp-notice'] }, [
          h('strong', `${words.missingTitle} `),
          words.missingBody(def.key),
        ]),
      ],
    );
  }
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
  const locale = options.locale ?? DEFAULT_LOCALE;
  // null: English, the NYPD's headings as printed and the portal's words in English.
  const words = options.words ?? (locale === DEFAULT_LOCALE ? null : policyWordsIn(locale));
  return (tree: Root) => {
    const found = new Map<string, Element>();
    let current: { key: BlockKey; el: Element; n: number } | null = null;
    const preamble: RootContent[] = [];

    for (const node of tree.children) {
      if (isElement(node) && node.tagName === 'h2') {
        const id = String(node.properties.id ?? '');
        if (id === ABSTRACT_KEY || isSectionKey(id)) {
          if (words) localizeHeading(node, id, words);
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
      // In another language, any other element is the policy's text too: English.
      if (words && isElement(node) && !NUMBERED.has(node.tagName)) {
        node.properties.lang = 'en';
        localizeFootnoteRefs(node, words);
      }
      if (!current) {
        preamble.push(node);
        continue;
      }
      if (isElement(node) && NUMBERED.has(node.tagName)) {
        current.n += 1;
        current.el.children.push(
          numberBlock(node, current.key, current.n, options.technology, words),
        );
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
      else ordered.push(missingSection(key, words));
    }
    tree.children = ordered;
  };
}
