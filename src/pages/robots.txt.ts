import type { APIRoute } from 'astro';

/**
 * /robots.txt: every page may be crawled; names the sitemap index by its
 * absolute URL (SITE_URL), as the robots exclusion standard asks.
 * @see https://www.rfc-editor.org/rfc/rfc9309
 */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`,
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
