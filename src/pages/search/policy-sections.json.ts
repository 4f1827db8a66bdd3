/**
 * `/search/policy-sections.json`: one search record per policy section, in
 * English, built from the policies collection at build time. `npm run index`
 * (scripts/index-search.ts) reads it, adds each record to the English
 * Pagefind index and writes the records once more as the policy text bundle
 * that the search pages of the other languages search beside their own index
 * (src/lib/search/bundles.ts). So results can be filtered by statutory
 * section and land on the section and paragraph of the policy page, in the
 * reader's language (`/es/policies/<slug>/#<key>`): see
 * src/lib/search/section-records.ts.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { policySectionRecords, type SectionRecordsFile } from '../../lib/search/section-records.ts';

export const GET: APIRoute = async () => {
  const policies = (await getCollection('policies')).sort((a, b) => a.id.localeCompare(b.id));
  const file: SectionRecordsFile = {
    records: policies.flatMap((entry) =>
      policySectionRecords({
        slug: entry.id,
        technology: entry.data.technology,
        status: entry.data.status,
        posted: entry.data.posted,
        updated: entry.data.updated,
        body: entry.body ?? '',
      }),
    ),
  };
  return new Response(JSON.stringify(file), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
