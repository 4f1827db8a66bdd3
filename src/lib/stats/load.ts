import type { StatsFile } from '../../schemas/stats.ts';
import type { PolicyFacts } from './charts.ts';

/** A policy collection entry, as far as statistics need it. */
export interface PolicyEntryLike {
  id: string;
  data: Omit<PolicyFacts, 'slug'>;
}

/** Policy entries to the facts the statistics pages use, sorted by slug. */
export function policyFacts(entries: PolicyEntryLike[]): PolicyFacts[] {
  return entries
    .map((e) => ({
      slug: e.id,
      technology: e.data.technology,
      status: e.data.status,
      posted: e.data.posted,
      updated: e.data.updated,
      addenda: e.data.addenda.map((a) => ({ date: a.date, description: a.description })),
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Stats files sorted by dataset name. */
export function sortedStats(entries: { data: StatsFile }[]): StatsFile[] {
  return entries.map((e) => e.data).sort((a, b) => a.dataset.localeCompare(b.dataset));
}
