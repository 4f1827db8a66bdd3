import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { receivedText } from '../../data/stats.ts';

/**
 * `/data/<dataset>.json` (aggregated statistics with provenance) and
 * `/data/<dataset>.csv` (published-claims files exactly as received; the
 * build fails when a file no longer matches the SHA-256 recorded by the
 * aggregation). Record-level inputs are never served.
 */
export const getStaticPaths = (async () => {
  const files = (await getCollection('stats')).map((e) => e.data);
  return files.flatMap((doc) => [
    { params: { file: `${doc.dataset}.json` }, props: { doc, format: 'json' as const } },
    ...(doc.kind === 'published'
      ? [{ params: { file: `${doc.dataset}.csv` }, props: { doc, format: 'csv' as const } }]
      : []),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { doc, format } = props;
  if (format === 'json') {
    return new Response(`${JSON.stringify(doc, null, 2)}\n`, {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  }
  return new Response(await receivedText(doc), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
