/**
 * `/search/policy-sections.json`: one search record per policy section and
 * language, built from the policies collection at build time. `npm run index`
 * (scripts/index-search.ts) reads it and adds each record to the Pagefind
 * index of its language, so that results can be filtered by statutory
 * section and land on the section and paragraph of the policy page in the
 * reader's language (`/es/policies/<slug>/#<key>`), and the English policy
 * text is found from every language. See src/lib/search/section-records.ts.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { LOCALES } from '../../i18n/locales.ts';
import { t } from '../../i18n/messages.ts';
import siteSearch from '../../i18n/messages/site-search.ts';
import { policySectionRecords, type SectionRecordsFile } from '../../lib/search/section-records.ts';

export const GET: APIRoute = async () => {
  const policies = (await getCollection('policies')).sort((a, b) => a.id.localeCompare(b.id));
  const file: SectionRecordsFile = {
    records: LOCALES.flatMap(({ code }) =>
      policies.flatMap((entry) =>
        policySectionRecords(
          {
            slug: entry.id,
            technology: entry.data.technology,
            status: entry.data.status,
            posted: entry.data.posted,
            updated: entry.data.updated,
            body: entry.body ?? '',
          },
          { locale: code, m: t(siteSearch, code) },
        ),
      ),
    ),
  };
  return new Response(JSON.stringify(file), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
