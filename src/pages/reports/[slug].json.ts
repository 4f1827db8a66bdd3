import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { loadReports } from '../../data/reports.ts';
import { NOT_PRINTED, sidecar } from '../../lib/reports/manifest.ts';

/**
 * /reports/<slug>.json: the hearing packet's sidecar (every input with its
 * SHA-256 and the fingerprint). astro build writes it without the PDF's facts;
 * the reports stage (npm run reports) rewrites it with them.
 */
export async function getStaticPaths() {
  const { packets } = await loadReports();
  return packets.map((p) => ({ params: { slug: p.meta.id }, props: { meta: p.meta } }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => {
  const body = sidecar(props.meta, String(site), { skipped: NOT_PRINTED });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
