/**
 * The imported policies' identifiers, read once per build: every indexable
 * page checks its search filter against them (SearchMeta), and building the
 * set on each page would cost work that grows with the number of policies on
 * every page. Rendering-side glue only.
 */
import { getCollection } from 'astro:content';

let slugs: Promise<ReadonlySet<string>> | null = null;

/** The slugs of the imported policies (`content/policies/<slug>.md`). */
export function loadPolicySlugs(): Promise<ReadonlySet<string>> {
  slugs ??= getCollection('policies').then((e) => new Set(e.map((p) => p.id)));
  return slugs;
}
