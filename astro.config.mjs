// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

/**
 * SITE_URL is the public origin the portal is deployed at (used for the
 * sitemap, feeds and citations). PP_OUT_DIR lets parallel builds write to
 * separate folders (tests, benchmarks); the default is dist/.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir: process.env.PP_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  prefetch: false,
});
