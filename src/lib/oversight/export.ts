/**
 * The compare matrix as downloadable data (CSV and JSON), built from the same
 * values the page shows. Deterministic: no generation time in the output.
 */
import { csvDocument } from '../csv.ts';
import { citationHref, citationLabel } from './citations.ts';
import { FACT_GROUPS, KEY_FACTS } from './key-facts.ts';
import type { Oversight } from './oversight.ts';

/** Column order of the CSV download (one row per policy and fact). */
export const CSV_COLUMNS = [
  'slug',
  'technology',
  'fact_id',
  'fact',
  'status',
  'value',
  'detail',
  'source',
  'citations',
  'citation_urls',
] as const;

/** The key facts of every policy as CSV (see csvDocument); `site` makes the URLs absolute. */
export function keyFactsCsv(data: Oversight, site: string): string {
  const records = data.policies.flatMap((p) =>
    (data.facts.get(p.slug) ?? []).map((f): Record<(typeof CSV_COLUMNS)[number], string> => ({
      slug: p.slug,
      technology: p.technology,
      fact_id: f.factId,
      fact: KEY_FACTS.find((d) => d.id === f.factId)?.label ?? f.factId,
      status: f.status,
      value: f.value,
      detail: f.detail ?? '',
      source: f.source,
      citations: f.citations.map((id) => citationLabel(id)).join('; '),
      citation_urls: f.citations
        .map((id) => new URL(citationHref(p.slug, id), site).href)
        .join(' '),
    })),
  );
  return csvDocument(records, CSV_COLUMNS);
}

/** The key facts of every policy as a JSON document with the fact definitions. */
export function keyFactsJson(data: Oversight, site: string): unknown {
  return {
    description:
      'Key facts of NYPD Impact and Use Policies (POST Act, NYC Admin. Code § 14-188), each value with the policy paragraphs it comes from. status: stated | not-stated (a rule searched and found nothing) | not-reviewed (no rule and no curated value yet); source: rule | curated | none.',
    methodology: new URL('/methodology/#key-facts', site).href,
    groups: FACT_GROUPS,
    facts: KEY_FACTS.map((d) => ({
      id: d.id,
      label: d.label,
      group: d.group,
      question: d.question,
      method: d.method,
    })),
    policies: data.policies.map((p) => ({
      slug: p.slug,
      technology: p.technology,
      url: new URL(`/policies/${p.slug}/`, site).href,
      reviewed: data.reviewed.get(p.slug) ?? null,
      facts: (data.facts.get(p.slug) ?? []).map((f) => ({
        id: f.factId,
        status: f.status,
        value: f.value,
        detail: f.detail ?? null,
        source: f.source,
        citations: f.citations.map((id) => ({
          id,
          label: citationLabel(id),
          url: new URL(citationHref(p.slug, id), site).href,
        })),
      })),
    })),
  };
}
