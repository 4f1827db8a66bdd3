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
 * (src/lib/search/word-breaks.ts). Runs once per page at build time, on
 * the page's bytes one per character (rewriteBuiltPage says why that is
 * exact), so that no page is decoded from UTF-8 and encoded again.
 */
import { defineMiddleware } from 'astro:middleware';
import { Buffer } from 'node:buffer';
import { rewriteBuiltPage } from './i18n/links.ts';
import { splitLocale } from './i18n/locales.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const { locale } = splitLocale(context.url.pathname);
  const bytes = Buffer.from(await response.arrayBuffer()).toString('latin1');
  return new Response(Buffer.from(rewriteBuiltPage(bytes, locale), 'latin1'), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
