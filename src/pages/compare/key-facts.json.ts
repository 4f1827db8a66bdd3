import type { APIRoute } from 'astro';
import { loadOversight } from '../../data/oversight.ts';
import { keyFactsJson } from '../../lib/oversight/export.ts';

/** /compare/key-facts.json: the compare matrix with fact definitions and citation URLs. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadOversight();
  return new Response(JSON.stringify(keyFactsJson(data, String(site)), null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
