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
