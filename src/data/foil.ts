/**
 * Build-time loading for the FOIL pages: the legal facts, and each policy
 * with its record map resolved against the policy body. Uses astro:content,
 * so it lives in src/data/ (the pages' data access), not in src/lib/; the
 * logic is in src/lib/foil.
 */
import { getCollection } from 'astro:content';
import { parsePolicyBody } from '../lib/policy/body.ts';
import { type Resolved, type ResolvedCitation, resolveCitations } from '../lib/foil/record-map.ts';
import { checkLegalFacts, foilTerms, legalFactLookup } from '../lib/foil/legal-facts.ts';
import type { FoilTerms } from '../lib/foil/terms.ts';
import type {
  LegalFact,
  LegalFactId,
  NotKeptEntry,
  RecordEntry,
  RecordMap,
  RetentionEntry,
} from '../schemas/foil.ts';

/** A record map (`RecordMapSchema`) whose every citation has been checked and resolved. */
export interface ResolvedRecordMap extends Pick<RecordMap, 'summary'> {
  records: Resolved<RecordEntry>[];
  notKept: Resolved<NotKeptEntry>[];
  retention: Resolved<RetentionEntry>[];
}

/** A policy as the FOIL pages use it. */
export interface FoilPolicy {
  slug: string;
  technology: string;
  title: string;
  /** Null when no record map has been curated for the policy yet. */
  map: ResolvedRecordMap | null;
  /** The paragraphs of the policy's public-access section (where it mentions FOIL). */
  publicAccess: ResolvedCitation[];
}

let cachedPolicies: Promise<FoilPolicy[]> | null = null;

/**
 * Every imported policy with its resolved record map, sorted by technology.
 * Throws (failing the build) when a map cites a paragraph the policy lacks,
 * or when a map exists for a policy that is not imported. Computed once per
 * build and shared by every page (the FOIL pages, the reports).
 */
export function loadFoilPolicies(): Promise<FoilPolicy[]> {
  cachedPolicies ??= resolveFoilPolicies();
  return cachedPolicies;
}

async function resolveFoilPolicies(): Promise<FoilPolicy[]> {
  const policies = await getCollection('policies');
  const maps = await getCollection('foilMaps');
  const slugs = new Set(policies.map((p) => p.id));
  for (const m of maps)
    if (!slugs.has(m.id))
      throw new Error(
        `${m.filePath ?? m.id}: there is no imported policy "${m.id}" (content/policies/${m.id}.md). Rename the file to the policy's slug or remove it.`,
      );
  return policies
    .map((p): FoilPolicy => {
      const m = maps.find((x) => x.id === p.id);
      const sections = parsePolicyBody(p.body ?? '');
      const ctx = {
        file: m?.filePath ?? `data/policies/${p.id}/foil-records.json`,
        slug: p.id,
        technology: p.data.technology,
        sections,
      };
      const publicIds =
        sections.find((s) => s.key === 'public-access')?.paragraphs.map((x) => x.id) ?? [];
      const publicAccess = publicIds.length
        ? (resolveCitations(
            { records: [{ id: 'public-access', cites: publicIds }], notKept: [], retention: [] },
            ctx,
          ).records[0]?.citations ?? [])
        : [];
      const map = m
        ? {
            summary: m.data.summary,
            ...resolveCitations(m.data, ctx),
          }
        : null;
      return {
        slug: p.id,
        technology: p.data.technology,
        title: p.data.title,
        map,
        publicAccess,
      };
    })
    .sort((a, b) => a.technology.localeCompare(b.technology));
}

/**
 * The legal facts, checked as a whole (every known fact present, no other),
 * with `fact(id)` to look one up and the `terms` (periods and citations) the
 * deadline calculator and the letters use. Throws, failing the build, when
 * the file lacks a fact or a fact its period or citation.
 */
export async function loadFacts(): Promise<{
  all: LegalFact[];
  fact: (id: LegalFactId) => LegalFact;
  terms: FoilTerms;
}> {
  const entries = await getCollection('legalFacts');
  const all = entries.map((e) => e.data);
  checkLegalFacts(all);
  return { all, fact: legalFactLookup(all), terms: foilTerms(all) };
}
