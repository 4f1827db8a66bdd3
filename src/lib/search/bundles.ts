/**
 * Where the search index lives, and how the search page combines its two
 * parts (written by scripts/index-search.ts, read by src/client/search.ts).
 *
 * - `/pagefind/` (PAGEFIND_BASE): one index per language (`<html lang>`) with
 *   that language's pages; the English index also holds the policy section
 *   records (src/lib/search/section-records.ts).
 * - `/pagefind/policy-text/` (POLICY_TEXT_BASE): the same English section
 *   records once more, as a bundle of their own with its own Pagefind runtime
 *   and English WebAssembly. The search page of every other language loads
 *   it beside its own index (usesPolicyTextBundle) and merges the two result
 *   lists (mergeSearches), so the English policy text is found from every
 *   language and stemmed as English, without indexing it eleven more times.
 *
 * The bundle needs its own runtime: Pagefind's module keeps one WebAssembly
 * instance (one language's stemmer) for every index it opens, so a second
 * index opened through the same module would stem English text as Spanish.
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';

/** The site's Pagefind bundle: pages of every language, and the English records. */
export const PAGEFIND_BASE = '/pagefind/';

/** Folder of the policy text bundle inside PAGEFIND_BASE. */
export const POLICY_TEXT_DIR = 'policy-text';

/** The policy text bundle: the English policy section records alone. */
export const POLICY_TEXT_BASE = `${PAGEFIND_BASE}${POLICY_TEXT_DIR}/`;

/** True when the search page in `locale` searches the policy text bundle beside its own index. */
export function usesPolicyTextBundle(locale: Locale): boolean {
  return locale !== DEFAULT_LOCALE;
}

/** Filter values and their counts, by filter name (Pagefind's `filters` and `totalFilters`). */
export type FilterCounts = Record<string, Record<string, number>>;

/** The part of a Pagefind result the page merges and ranks. */
export interface ScoredResult {
  score: number;
}

/** The part of a Pagefind search response the page uses. */
export interface SearchResponse<R extends ScoredResult> {
  results: R[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/** Adds filter counts up, value by value (as Pagefind's own mergeIndex does). */
export function mergeFilterCounts(...all: FilterCounts[]): FilterCounts {
  const merged: FilterCounts = {};
  for (const counts of all)
    for (const [name, values] of Object.entries(counts)) {
      const into = (merged[name] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  return merged;
}

/**
 * One response from two: the results of both by descending score (on equal
 * scores, the first response's results first, each in its own order) and
 * their filter counts added up.
 */
export function mergeSearches<R extends ScoredResult>(
  a: SearchResponse<R>,
  b: SearchResponse<R>,
): SearchResponse<R> {
  const ranked = [
    ...a.results.map((r, i) => ({ r, i })),
    ...b.results.map((r, i) => ({ r, i: a.results.length + i })),
  ]
    .sort((x, y) => y.r.score - x.r.score || x.i - y.i)
    .map(({ r }) => r);
  return {
    results: ranked,
    filters: mergeFilterCounts(a.filters, b.filters),
    totalFilters: mergeFilterCounts(a.totalFilters, b.totalFilters),
  };
}

/** What the search page asks of an index (Pagefind's module, or two of them combined). */
export interface SearchIndex<R extends ScoredResult> {
  preload: (q: string, o: { filters: Record<string, { any: string[] }> }) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (
    q: string | null,
    o: { filters: Record<string, { any: string[] }> },
  ) => Promise<SearchResponse<R>>;
}

/**
 * Two indexes searched as one: each call goes to both at once, and their
 * answers are merged (mergeSearches, mergeFilterCounts). A failure of
 * either is a failure of the call.
 */
export function combineIndexes<R extends ScoredResult>(
  a: SearchIndex<R>,
  b: SearchIndex<R>,
): SearchIndex<R> {
  return {
    preload: async (q, o) => {
      await Promise.all([a.preload(q, o), b.preload(q, o)]);
    },
    filters: async () => mergeFilterCounts(...(await Promise.all([a.filters(), b.filters()]))),
    search: async (q, o) => {
      const [x, y] = await Promise.all([a.search(q, o), b.search(q, o)]);
      return mergeSearches(x, y);
    },
  };
}
