// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { LOCALES } from './src/i18n/locales.ts';

/** Origin used when SITE_URL is unset: right for local previews only. */
const LOCAL_SITE = 'http://localhost:4321';

/**
 * SITE_URL is the public origin the portal is deployed at (canonical links,
 * sitemap, robots.txt, feed links). Deploy with
 * `SITE_URL=https://portal.example.org npm run build`. PP_OUT_DIR lets
 * parallel builds write to separate folders (tests, benchmarks); the default
 * is dist/.
 */
const site = process.env.SITE_URL || LOCAL_SITE;

/** Says once per build, in one line, when the local origin is used. */
const siteUrlNotice = {
  name: 'pp-site-url-notice',
  hooks: {
    /** @param {{ logger: { warn: (m: string) => void } }} options */
    'astro:build:start': ({ logger }) => {
      if (!process.env.SITE_URL)
        logger.warn(
          `SITE_URL is not set: canonical links, the sitemap, robots.txt and the feed point at ${LOCAL_SITE}. To deploy, build with SITE_URL=https://your.domain npm run build`,
        );
    },
  },
};

/**
 * Languages (src/i18n/locales.ts): English at the root, each other language
 * under its code. Every page is generated for every language by its
 * getStaticPaths (src/i18n/routes.ts); Astro's fallback pages are not
 * generated in static builds, so none is configured.
 */
const i18n = {
  defaultLocale: /** @type {const} */ ('en'),
  locales: LOCALES.map((l) => l.code),
  routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
};

export default defineConfig({
  site,
  outDir: process.env.PP_OUT_DIR ?? './dist',
  // The content cache lives in the checkout, not in node_modules (which several checkouts may share).
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Pages are rendered four at a time, so one page renders while another is written to disk:
    // 12-15% off the policy pages' build at 200 policies, the same files (BENCHMARKS.md).
    concurrency: 4,
  },
  i18n,
  integrations: [
    mdx({ smartypants: false }),
    // Each page lists its versions in every language (xhtml:link hreflang).
    sitemap({
      i18n: {
        defaultLocale: 'en',
        locales: Object.fromEntries(LOCALES.map((l) => [l.code, l.tag])),
      },
    }),
    siteUrlNotice,
  ],
  devToolbar: { enabled: false },
  prefetch: false,
});
