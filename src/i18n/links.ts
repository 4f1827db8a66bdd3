/**
 * Rewrites the links of a rendered page to the page's language (see
 * src/middleware.ts). Pure, so it is tested without Astro.
 */
import { localizePath, type Locale } from './locales.ts';

const TAG = /<(a|form)\b([^>]*)>/gi;
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

export function localizeLinks(html: string, locale: Locale): string {
  if (locale === 'en') return html;
  return html.replace(TAG, (tag: string, _name: string, attrs: string) => {
    if (/\shreflang=/i.test(attrs) || /\sdata-pp-keep-href[\s=>]/i.test(`${attrs}>`)) return tag;
    return tag.replace(
      ATTR,
      (_m, pre: string, href: string, post: string) => `${pre}${localizePath(locale, href)}${post}`,
    );
  });
}
