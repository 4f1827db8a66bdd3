import type { APIRoute } from 'astro';
import { loadReports } from '../../data/reports.ts';
import { manifest } from '../../lib/reports/manifest.ts';

/**
 * /reports/index.json: the reports manifest (src/lib/reports/manifest.ts),
 * read by the reports stage to print the PDFs and write the sidecars.
 */
export const GET: APIRoute = async ({ site }) => {
  const { all } = await loadReports();
  return new Response(`${JSON.stringify(manifest(String(site), all), null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
