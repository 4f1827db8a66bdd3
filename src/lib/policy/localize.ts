/**
 * A policy body rendered once for every language but English.
 *
 * On a page in another language the body is the same English policy text
 * with the portal's words around it (section names, paragraph links,
 * footnote names, missing-section notices: PolicyWords in
 * src/plugins/rehype-policy-sections.ts). Rendering the body once per
 * language repeats the whole Markdown-to-HTML pipeline eleven times for a
 * dozen short strings, so it is rendered once with placeholders in their
 * place (`TEMPLATE_WORDS`), and `fillPolicyWords` puts each language's
 * words in, escaped as the HTML serializer escapes them where they stand
 * (text or attribute value). The result is byte for byte the body rendered
 * in that language (src/lib/policy/localize.test.ts checks every language).
 */
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Locale } from '../../i18n/locales.ts';
import { type PolicyWords, policyWordsIn } from '../../plugins/rehype-policy-sections.ts';
import { type BlockKey } from '../../schemas/sections.ts';

/** Placeholder delimiters: private-use characters, never in a policy text (checked by `canTemplate`). */
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** A placeholder: where it stands (`t` text, `a` attribute value), which word, and its argument. */
const slot = (where: 't' | 'a', word: keyof PolicyWords, arg = '') =>
  `${OPEN}${where}${word}:${arg}${CLOSE}`;

/** The words of the template: a placeholder for each. */
export const TEMPLATE_WORDS: PolicyWords = {
  tag: slot('a', 'tag'),
  sectionName: (key) => slot('t', 'sectionName', key),
  paraLink: (key) => slot('t', 'paraLink', key),
  footnote: (n) => slot('a', 'footnote', String(n)),
  missingTitle: slot('t', 'missingTitle'),
  missingBody: (key) => slot('t', 'missingBody', key),
};

/** Whether a body can be rendered as a template (it holds no placeholder delimiter). */
export function canTemplate(markdown: string): boolean {
  return !markdown.includes(OPEN) && !markdown.includes(CLOSE);
}

/** The serializer of renderPolicyBody (rehype-stringify, default options). */
const serializer = unified().use(rehypeStringify);

/** Text as the serializer writes a text node. */
function asText(value: string): string {
  return serializer.stringify({ type: 'root', children: [{ type: 'text', value }] });
}

/** A value as the serializer writes it inside a double-quoted attribute. */
function asAttribute(value: string): string {
  const html = serializer.stringify({ type: 'root', children: [h('i', { title: value })] });
  if (!html.startsWith('<i title="') || !html.endsWith('"></i>'))
    throw new Error(`fillPolicyWords: the serializer wrote ${html} for an attribute`);
  return html.slice('<i title="'.length, html.length - '"></i>'.length);
}

const PLACEHOLDER = new RegExp(`${OPEN}([ta])(\\w+):([^${CLOSE}]*)${CLOSE}`, 'g');

/** The word a placeholder stands for, in `words`. */
function word(words: PolicyWords, name: string, arg: string): string {
  switch (name as keyof PolicyWords) {
    case 'tag':
      return words.tag;
    case 'sectionName':
      return words.sectionName(arg as BlockKey);
    case 'paraLink':
      return words.paraLink(arg as BlockKey);
    case 'footnote':
      return words.footnote(Number(arg));
    case 'missingTitle':
      return words.missingTitle;
    case 'missingBody':
      return words.missingBody(arg as BlockKey);
    default:
      throw new Error(`fillPolicyWords: unknown placeholder "${name}"`);
  }
}

/** The template body (rendered with TEMPLATE_WORDS) in `locale`. */
export function fillPolicyWords(template: string, locale: Locale): string {
  const words = policyWordsIn(locale);
  return template.replace(PLACEHOLDER, (_, where: string, name: string, arg: string) => {
    const value = word(words, name, arg);
    return where === 'a' ? asAttribute(value) : asText(value);
  });
}
