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
  locale: Locale,
): Element {
  const id = paragraphId(key, n);
  if (block.tagName !== 'p') {
    let i = 0;
    for (const li of block.children) {
      if (isElement(li) && li.tagName === 'li') li.properties.id = listItemId(key, n, ++i);
    }
  }
  const cite = citation(technology, key, n);
  const linkText =
    locale === DEFAULT_LOCALE
      ? ` of ${sectionLabel(key)} (link here)`
      : t(pageWords, locale).paraLink(sectionLabelIn(key, locale));
  if (locale !== DEFAULT_LOCALE) {
    block.properties.lang = 'en';
    localizeFootnoteRefs(block, locale);
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
function localizeFootnoteRefs(node: Element, locale: Locale): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    const cls = child.properties.className;
    if (child.tagName === 'sup' && Array.isArray(cls) && cls.includes('pp-fnref')) {
      child.properties.lang = localeInfo(locale).tag;
      for (const a of child.children)
        if (isElement(a) && a.tagName === 'a') {
          const n = Number(/^#fn-(\d+)$/.exec(String(a.properties.href ?? ''))?.[1]);
          if (n) a.properties.ariaLabel = t(pageWords, locale).footnote(n);
        }
      continue;
    }
    localizeFootnoteRefs(child, locale);
  }
}

/**
 * A found section's heading in another language: the portal's name of the
 * section in the page's language, then the heading as the NYPD printed it,
 * in English.
 */
function localizeHeading(heading: Element, key: BlockKey, locale: Locale): void {
  const printed = heading.children;
  heading.children = [
    h('span', { className: ['pp-section-name'] }, sectionLabelIn(key, locale)),
    h('span', { className: ['pp-visually-hidden'] }, ' — '),
    h('span', { className: ['pp-section-printed'], lang: 'en' }, printed),
  ];
}

function missingSection(key: string, locale: Locale): Element {
  const def = SECTIONS.find((s) => s.key === key);
  if (locale !== DEFAULT_LOCALE && def) {
    const m = t(pageWords, locale);
    const label = sectionLabelIn(def.key, locale);
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
          h('strong', `${m.missingTitle} `),
          m.missingBody(label),
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
  const english = locale === DEFAULT_LOCALE;
  return (tree: Root) => {
    const found = new Map<string, Element>();
    let current: { key: BlockKey; el: Element; n: number } | null = null;
    const preamble: RootContent[] = [];

    for (const node of tree.children) {
      if (isElement(node) && node.tagName === 'h2') {
        const id = String(node.properties.id ?? '');
        if (id === ABSTRACT_KEY || isSectionKey(id)) {
          if (!english) localizeHeading(node, id, locale);
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
      if (!english && isElement(node) && !NUMBERED.has(node.tagName)) {
        node.properties.lang = 'en';
        localizeFootnoteRefs(node, locale);
      }
      if (!current) {
        preamble.push(node);
        continue;
      }
      if (isElement(node) && NUMBERED.has(node.tagName)) {
        current.n += 1;
        current.el.children.push(
          numberBlock(node, current.key, current.n, options.technology, locale),
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
      else ordered.push(missingSection(key, locale));
    }
    tree.children = ordered;
  };
}
