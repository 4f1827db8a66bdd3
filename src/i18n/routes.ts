/**
 * Every page of the site exists in every language: the pages live under
 * src/pages/[...lang]/, whose rest parameter is empty for English (at the
 * root) and the language code otherwise (`/es/...`). Astro does not
 * generate fallback pages in static builds, so each page's getStaticPaths
 * lists every language through these helpers.
 */
import { LOCALES, localeParam, splitLocale, type Locale } from './locales.ts';

type Params = Record<string, string | undefined>;

/** getStaticPaths of a page with no other parameter: one page per language. */
export function localeStaticPaths(): { params: { lang: string | undefined } }[] {
  return LOCALES.map((l) => ({ params: { lang: localeParam(l.code) } }));
}

/** The paths of a page with parameters, in every language (props are shared, not copied). */
export function withLocales<P extends { params: Params; props?: unknown }>(
  paths: readonly P[],
): (P & { params: P['params'] & { lang: string | undefined } })[] {
  return LOCALES.flatMap((l) =>
    paths.map((p) => ({ ...p, params: { ...p.params, lang: localeParam(l.code) } })),
  );
}

/** The language of the page being rendered, from its URL. */
export function pageLocale(url: URL): Locale {
  return splitLocale(url.pathname).locale;
}
