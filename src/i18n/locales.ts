/**
 * The portal's languages: English and New York City's ten designated citywide
 * languages (Local Law 30 of 2017, NYC Admin. Code ch. 23-11). Which written
 * Chinese the City uses is not settled in our sources, so both Traditional
 * and Simplified are offered.
 *
 * The one contract for a language: its code (the URL prefix: `/es/...`;
 * English has none), its BCP 47 tag (`<html lang>`, `hreflang`, Intl), its
 * writing direction and its name in its own language. Everything else about
 * languages (routes, the switcher, the sitemap, search) derives from LOCALES.
 * No dependencies: browser code imports it too.
 */
export const LOCALE_CODES = [
  'en',
  'es',
  'zh-hant',
  'zh-hans',
  'ru',
  'bn',
  'ht',
  'ko',
  'ar',
  'ur',
  'fr',
  'pl',
] as const;

export type Locale = (typeof LOCALE_CODES)[number];

/** The language the portal is written in, and whose texts are authoritative. */
export const DEFAULT_LOCALE: Locale = 'en';

export interface LocaleInfo {
  code: Locale;
  /** BCP 47 tag for `lang`, `hreflang` and Intl. */
  tag: string;
  /** Name of the language in that language, for the switcher. */
  name: string;
  /** Name of the language in English (for the README and tests). */
  englishName: string;
  dir: 'ltr' | 'rtl';
}

export const LOCALES: readonly LocaleInfo[] = [
  { code: 'en', tag: 'en', name: 'English', englishName: 'English', dir: 'ltr' },
  { code: 'es', tag: 'es', name: 'Español', englishName: 'Spanish', dir: 'ltr' },
  {
    code: 'zh-hant',
    tag: 'zh-Hant',
    name: '繁體中文',
    englishName: 'Chinese (Traditional)',
    dir: 'ltr',
  },
  {
    code: 'zh-hans',
    tag: 'zh-Hans',
    name: '简体中文',
    englishName: 'Chinese (Simplified)',
    dir: 'ltr',
  },
  { code: 'ru', tag: 'ru', name: 'Русский', englishName: 'Russian', dir: 'ltr' },
  { code: 'bn', tag: 'bn', name: 'বাংলা', englishName: 'Bengali', dir: 'ltr' },
  { code: 'ht', tag: 'ht', name: 'Kreyòl ayisyen', englishName: 'Haitian Creole', dir: 'ltr' },
  { code: 'ko', tag: 'ko', name: '한국어', englishName: 'Korean', dir: 'ltr' },
  { code: 'ar', tag: 'ar', name: 'العربية', englishName: 'Arabic', dir: 'rtl' },
  { code: 'ur', tag: 'ur', name: 'اردو', englishName: 'Urdu', dir: 'rtl' },
  { code: 'fr', tag: 'fr', name: 'Français', englishName: 'French', dir: 'ltr' },
  { code: 'pl', tag: 'pl', name: 'Polski', englishName: 'Polish', dir: 'ltr' },
];

const BY_CODE = new Map(LOCALES.map((l) => [l.code, l]));

export function localeInfo(locale: Locale): LocaleInfo {
  return BY_CODE.get(locale)!;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && BY_CODE.has(value as Locale);
}

/**
 * The locale of a route's `lang` parameter (`undefined` for English, at the
 * root). Throws on anything else: a page rendered for an unknown language is
 * a build error.
 */
export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined || param === '') return DEFAULT_LOCALE;
  if (isLocale(param) && param !== DEFAULT_LOCALE) return param;
  throw new Error(
    `Unknown language "${param}" in a route: use one of ${LOCALE_CODES.filter((c) => c !== DEFAULT_LOCALE).join(', ')}, or none for English`,
  );
}

/** The route parameter for a locale: none for English. */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** The URL prefix of a locale: "" for English, "/es" for Spanish. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/**
 * A page path in a locale: `localizePath('es', '/policies/')` is
 * `/es/policies/`. Only site pages (absolute paths ending in "/", with an
 * optional #fragment or ?query) are localized: files (`/data/x.csv`,
 * `/reports/x.pdf`, `/feed.xml`), assets and other origins are shared by
 * every language and returned unchanged, as are paths already in a locale.
 */
export function localizePath(locale: Locale, href: string): string {
  if (locale === DEFAULT_LOCALE || !isPagePath(href)) return href;
  if (splitLocale(href).locale !== DEFAULT_LOCALE) return href;
  return `${localePrefix(locale)}${href}`;
}

/** Shared files under these folders are never localized, even when their path ends in "/". */
const SHARED_PREFIXES = ['/_astro/', '/pagefind/'];

/** True for an absolute site path of a page (ends in "/" before any ?query or #fragment). */
export function isPagePath(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false;
  if (SHARED_PREFIXES.some((p) => href.startsWith(p))) return false;
  const path = href.replace(/[?#].*$/s, '');
  return path.endsWith('/');
}

/** The locale of a site path and the path without its locale prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const m = /^\/([a-z]{2}(?:-[a-z]{4})?)(\/.*)$/s.exec(pathname);
  if (m && isLocale(m[1]) && m[1] !== DEFAULT_LOCALE) return { locale: m[1], path: m[2]! };
  return { locale: DEFAULT_LOCALE, path: pathname };
}
