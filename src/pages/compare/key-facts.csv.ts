import type { APIRoute } from 'astro';
import { loadOversight } from '../../data/oversight.ts';
import { keyFactsCsv } from '../../lib/oversight/export.ts';

/** /compare/key-facts.csv: the compare matrix, one row per policy and key fact. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadOversight();
  return new Response(keyFactsCsv(data, String(site)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
