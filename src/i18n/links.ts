/**
 * Rewrites the links of a rendered page to the page's language (see
 * src/middleware.ts). Pure, so it is tested without Astro.
 */
import { localizePath, type Locale } from './locales.ts';

const TAG = /<(a|form)\b([^>]*)>/gi;
const ATTR = /(\s(?:href|action)=")(\/[^"]*)(")/gi;

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
