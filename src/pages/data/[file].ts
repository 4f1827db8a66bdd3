import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { StatsFile } from '../../schemas/stats.ts';

/**
 * `/data/<dataset>.json` (aggregated statistics with provenance) and
 * `/data/<dataset>.csv` (published-claims files exactly as received; the
 * build fails when a file no longer matches the SHA-256 recorded by the
 * aggregation). Record-level inputs are never served.
 */
export const getStaticPaths = (async () => {
  const files = (await getCollection('stats')).map((e) => e.data);
  return files.flatMap((doc) => [
    { params: { file: `${doc.dataset}.json` }, props: { doc, format: 'json' } },
    ...(doc.kind === 'published'
      ? [{ params: { file: `${doc.dataset}.csv` }, props: { doc, format: 'csv' } }]
      : []),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const doc = props['doc'] as StatsFile;
  if (props['format'] === 'json') {
    return new Response(`${JSON.stringify(doc, null, 2)}\n`, {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  }
  const input = doc.provenance.inputs[0]!;
  const bytes = await readFile(input.path);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== input.sha256) {
    throw new Error(
      `${input.path}: SHA-256 ${sha} differs from content/stats/${doc.dataset}.json. Fix: run npm run aggregate`,
    );
  }
  return new Response(bytes, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
