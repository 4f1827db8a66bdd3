/**
 * The state of a search (query and filters) and its place in the URL, so a
 * search can be shared and the back button restores it:
 * `/search/?q=retention&technology=facial-recognition&section=retention`.
 * Filter values are identifiers (slugs and keys; see the contract in
 * filters.ts); older links with display names are read as their identifiers.
 */
import {
  FILTER_NAMES,
  type FilterName,
  type FilterValues,
  type TechnologyNames,
  canonicalFilterValue,
  isFilterName,
} from './filters.ts';
import { formatNumber } from '../../i18n/format.ts';
import { fillText } from '../text-template.ts';
import { SEARCH_TEXT_EN, type SearchText } from './messages.ts';

/** The path of the search page. */
export const SEARCH_PATH = '/search/';

/** Longest query kept from a URL; Pagefind gains nothing from more. */
export const MAX_QUERY_LENGTH = 200;

/** Most values kept per filter from a URL. */
export const MAX_VALUES_PER_FILTER = 20;

/** A search: the query text and the selected values of each filter. */
export interface SearchState {
  q: string;
  filters: FilterValues;
}

/** A search with no query and no filters. */
export const EMPTY_STATE: SearchState = { q: '', filters: {} };

function collapse(q: string): string {
  return q.replace(/\s+/g, ' ').trim();
}

/** The first `max` characters of `text`, never splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

/** Collapses white space in a query, trims it and caps its length at MAX_QUERY_LENGTH. */
export function normalizeQuery(q: string): string {
  return cut(collapse(q), MAX_QUERY_LENGTH).trim();
}

/**
 * The length of a query once its white space is collapsed, when that is more
 * than MAX_QUERY_LENGTH (so `normalizeQuery` cut it); null when nothing was cut.
 */
export function cutQueryLength(q: string): number | null {
  const n = collapse(q).length;
  return n > MAX_QUERY_LENGTH ? n : null;
}

/** What the search page says when it searched only the start of a longer query. */
export function queryCutMessage(length: number, text: SearchText = SEARCH_TEXT_EN): string {
  return fillText(text.m.queryCut, {
    length: formatNumber(text.locale, length),
    max: formatNumber(text.locale, MAX_QUERY_LENGTH),
  });
}

/**
 * Reads a search from URL parameters. Unknown parameters are ignored;
 * a repeated filter parameter selects several values; blank values,
 * duplicates and overlong input are dropped. Filter values are read as
 * identifiers (`canonicalFilterValue`): with the technologies' names, an
 * old link's `technology=Facial+Recognition` becomes `facial-recognition`.
 */
export function parseSearchParams(
  input: URLSearchParams | string,
  technologies: TechnologyNames = {},
): SearchState {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const q = normalizeQuery(params.get('q') ?? '');
  const filters: FilterValues = {};
  for (const [name, raw] of params) {
    if (!isFilterName(name)) continue;
    const value = canonicalFilterValue(name, cut(raw.trim(), MAX_QUERY_LENGTH), technologies);
    if (!value) continue;
    const values = (filters[name] ??= []);
    if (!values.includes(value) && values.length < MAX_VALUES_PER_FILTER) values.push(value);
  }
  return { q, filters };
}

/**
 * Writes a search as URL parameters in a stable order: `q` first, then
 * the filters in FILTER_NAMES order, each filter's values as selected.
 */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const name of FILTER_NAMES)
    for (const value of state.filters[name] ?? []) if (value) params.append(name, value);
  return params;
}

/** The URL (path and query string) of a search on the search page. */
export function searchUrl(state: SearchState, path: string = SEARCH_PATH): string {
  const qs = toSearchParams(state).toString();
  return qs ? `${path}?${qs}` : path;
}

/** True when two searches ask for the same thing (same query, same values per filter). */
export function sameState(a: SearchState, b: SearchState): boolean {
  return toSearchParams(a).toString() === toSearchParams(b).toString();
}

/** True when the search selects at least one filter value. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_NAMES.some((name) => (state.filters[name] ?? []).length > 0);
}

/** Returns a copy of `state` with `name` set to exactly `values` (none: filter cleared). */
export function withFilter(state: SearchState, name: FilterName, values: string[]): SearchState {
  const filters: FilterValues = { ...state.filters };
  const kept = [...new Set(values.filter((v) => v !== ''))];
  if (kept.length) filters[name] = kept;
  else delete filters[name];
  return { q: state.q, filters };
}

/** Pagefind's filter argument: any of a filter's values, all filters together. */
export type PagefindFilterArg = Partial<Record<FilterName, { any: string[] }>>;

/** Converts selected filters to Pagefind's `search(q, { filters })` argument. */
export function pagefindFilters(state: SearchState): PagefindFilterArg {
  const out: PagefindFilterArg = {};
  for (const name of FILTER_NAMES) {
    const values = state.filters[name] ?? [];
    if (values.length) out[name] = { any: [...values] };
  }
  return out;
}
