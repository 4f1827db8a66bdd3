/**
 * Rewrites the links of a rendered page to the page's language (see
 * src/middleware.ts). Pure, so it is tested without Astro.
 */
import { DEFAULT_LOCALE, localeInfo, localizePath, type Locale } from './locales.ts';
import { UNBROKEN_ELEMENTS, breakWordsBetweenElements } from '../lib/search/word-breaks.ts';

/** An `<a>` or `<form>` start tag, or a closing tag that breakWordsBetweenElements spaces. */
const TAG_OR_BREAK = new RegExp(
  `<(a|form)\\b([^>]*)>|</(${UNBROKEN_ELEMENTS.join('|')})>(?=<)`,
  'gi',
);
const ATTR = /(\s(?:href|action)=")(\/[^"]*)(")/gi;

/**
 * On a right-to-left page, English text (the policy text, quotes) runs left
 * to right: every element marked `lang="en"` without a `dir` gets `dir="ltr"`.
 */
export function englishLeftToRight(html: string): string {
  return html.replace(
    /<([a-z][a-z0-9-]*)\b([^>]*\slang="en"[^>]*)>/g,
    (tag, name: string, attrs: string) =>
      /\sdir=/.test(attrs) || name === 'html' ? tag : `<${name}${attrs} dir="ltr">`,
  );
}

/** One `<a>` or `<form>` start tag with its links in `locale` (unless it names its language). */
function localizeTag(tag: string, attrs: string, locale: Locale): string {
  if (/\shreflang=/i.test(attrs) || /\sdata-pp-keep-href[\s=>]/i.test(`${attrs}>`)) return tag;
  return tag.replace(
    ATTR,
    (_m, pre: string, href: string, post: string) => `${pre}${localizePath(locale, href)}${post}`,
  );
}

/**
 * A built page as the middleware writes it: word breaks for the search
 * index (breakWordsBetweenElements) and, in another language, its links to
 * pages in that language: `href` of `<a>` and `action` of `<form>`, by
 * `localizePath`, except in tags that name their language (`hreflang`) or
 * carry `data-pp-keep-href`. One pass over the page.
 */
export function rewritePage(html: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return breakWordsBetweenElements(html);
  return html.replace(
    TAG_OR_BREAK,
    (match: string, _name: string | undefined, attrs: string | undefined, closed?: string) =>
      closed === undefined ? localizeTag(match, attrs ?? '', locale) : `</${closed}> `,
  );
}

/**
 * A built page as src/middleware.ts writes it: rewritePage, then, on a
 * right-to-left page, englishLeftToRight.
 *
 * `page` is either the page's text or its UTF-8 bytes one per character (a
 * "latin1" string: byte 0xE4 is U+00E4), and the result is in the same form.
 * The middleware passes bytes: it saves decoding every page from UTF-8 and
 * encoding it again (a fifth of the policy pages' build time, BENCHMARKS.md),
 * and the two forms give the same page because:
 * - every pattern here matches ASCII only: the bytes of a multi-byte UTF-8
 *   character are all 0x80 or above, so none is `<`, `>`, `"`, `/`, a letter
 *   or a digit, and without the `u` flag a case-insensitive match never folds
 *   a character above 0x7F onto an ASCII one;
 * - what is inserted is ASCII (a space, `dir="ltr"`, a language prefix), and
 *   a link's path is kept byte for byte after its prefix (localizePath).
 * src/i18n/locales.test.ts checks the two forms against each other.
 */
export function rewriteBuiltPage(page: string, locale: Locale): string {
  const html = rewritePage(page, locale);
  return localeInfo(locale).dir === 'rtl' ? englishLeftToRight(html) : html;
}
