/**
 * Links stay in the reader's language. Pages, components and the shared
 * modules that write HTML (citations, key facts, report sections) link to
 * site pages by their English path ("/policies/x/#p3"); on a page in another
 * language this step rewrites each such link in `<a href>` and
 * `<form action>` to the same page in that language ("/es/policies/x/#p3"),
 * by the one rule of src/i18n/locales.ts (`localizePath`): only pages are
 * localized, never files (CSV, PDF, the feed, the source texts), assets or
 * other sites. Links that name their language (`hreflang`: the language
 * switcher) are left as written. On right-to-left pages, English text
 * (marked lang="en") runs left to right. On every page, a space separates
 * elements whose words the search index would otherwise run together
 * (src/lib/search/word-breaks.ts). Runs once per page at build time.
 */
import { defineMiddleware } from 'astro:middleware';
import { englishLeftToRight, rewritePage } from './i18n/links.ts';
import { localeInfo, splitLocale } from './i18n/locales.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const { locale } = splitLocale(context.url.pathname);
  let html = rewritePage(await response.text(), locale);
  if (localeInfo(locale).dir === 'rtl') html = englishLeftToRight(html);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
