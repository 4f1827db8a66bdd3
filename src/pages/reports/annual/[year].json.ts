import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { loadReports } from '../../../data/reports.ts';
import { NOT_PRINTED, sidecar } from '../../../lib/reports/manifest.ts';

/** /reports/annual/<year>.json: the annual report's sidecar (see /reports/<slug>.json). */
export async function getStaticPaths() {
  const { annuals } = await loadReports();
  return annuals.map((a) => ({ params: { year: String(a.year) }, props: { meta: a.meta } }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => {
  const body = sidecar(props.meta, String(site), { skipped: NOT_PRINTED });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
