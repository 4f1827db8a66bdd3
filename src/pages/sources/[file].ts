import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { sourceDocument } from '../../data/sources.ts';

/**
 * `/sources/<file>`: the exact source document each policy was imported from.
 * The build fails when the file's SHA-256 no longer matches the entry's.
 */
export const getStaticPaths = (async () => {
  const policies = await getCollection('policies');
  return policies.map((policy) => ({
    params: { file: policy.data.source.file },
    props: { policy },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { policy } = props;
  const bytes = await sourceDocument(policy);
  const type =
    policy.data.source.format === 'pdf' ? 'application/pdf' : 'text/plain; charset=utf-8';
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': type } });
};
