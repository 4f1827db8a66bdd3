import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Folder of the built site under test: PP_OUT_DIR or dist/. */
export const SITE_DIR = path.resolve(process.env.PP_OUT_DIR ?? 'dist');

/** Site-relative paths of every page listed in the built sitemap. */
export function sitemapPaths(): string[] {
  const file = path.join(SITE_DIR, 'sitemap-0.xml');
  if (!existsSync(file))
    throw new Error(`${file} is missing: build the site first (npm run build)`);
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
}

/**
 * Languages whose every page is checked in the browser (axe); the others by a
 * sample. Each has its test file, e2e/site-<lang>.test.ts.
 */
export const CHECKED_IN_FULL = ['es', 'ar', 'zh-hant', 'zh-hans'];
/** The English paths checked in every other language. */
const SAMPLE = [
  '/',
  '/policies/facial-recognition/',
  '/foil/where-to-send/',
  '/statistics/',
  '/reports/',
];

/** The language prefix of a site path ("" for English). */
export function languageOf(p: string): string {
  return /^\/([a-z]{2}(?:-[a-z]{4})?)\//.exec(p)?.[1] ?? '';
}

/** The English pages of the sitemap. */
export function englishPaths(): string[] {
  return sitemapPaths().filter((p) => languageOf(p) === '' || languageOf(p) === 'en');
}

/**
 * Pages checked in the browser: every English, Spanish, Arabic and Chinese
 * page, and a sample of the pages of the other languages
 * (PP_CHECK_EVERY_LANGUAGE=1: every page of every language, for a release).
 */
export function browserCheckedPaths(): string[] {
  if (process.env.PP_CHECK_EVERY_LANGUAGE === '1') return sitemapPaths();
  return sitemapPaths().filter((p) => {
    const lang = languageOf(p);
    if (lang === '' || CHECKED_IN_FULL.includes(lang)) return true;
    return SAMPLE.includes(p.slice(lang.length + 1));
  });
}
