import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/**
 * `/sources/<file>`: the exact source document each policy was imported from.
 * The build fails when the file's SHA-256 no longer matches the entry's.
 */
export const getStaticPaths = (async () => {
  const policies = await getCollection('policies');
  return policies.map((p) => ({
    params: { file: p.data.source.file },
    props: { source: p.data.source },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const source = props['source'] as { path: string; sha256: string; format: 'pdf' | 'text' };
  const bytes = await readFile(source.path);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== source.sha256) {
    throw new Error(
      `${source.path}: SHA-256 ${sha} does not match the imported entry (${source.sha256}). Re-run npm run import on it.`,
    );
  }
  const type = source.format === 'pdf' ? 'application/pdf' : 'text/plain; charset=utf-8';
  return new Response(bytes, { headers: { 'content-type': type } });
};
