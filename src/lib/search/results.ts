/**
 * Turns Pagefind result data into what the search page shows: safe
 * highlighted excerpts, deep links into policy sections and paragraphs,
 * a one-line description of each result and the announced result count.
 */
import { ABSTRACT_KEY, type BlockKey, isSectionKey } from '../../schemas/sections.ts';
import { fillText } from '../text-template.ts';
import {
  FILTER_NAMES,
  type FilterName,
  type TechnologyNames,
  escapeHtml,
  filterLabel,
  filterValueLabel,
} from './filters.ts';
import { SEARCH_TEXT_EN, SECTION_MESSAGE, type SearchText, resultCount } from './messages.ts';
import type { SearchState } from './url-state.ts';

/** The part of a Pagefind sub-result the page uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string | undefined } | undefined;
  locations?: number[] | undefined;
}

/** The part of Pagefind's `result.data()` the page uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[] | undefined;
}

/** A deep link under a result (a paragraph of a policy section, a heading of a page). */
export interface SubResultView {
  url: string;
  title: string;
  /** Excerpt HTML: escaped text with `<mark>` highlights only. */
  excerpt: string;
}

/** One result as the page renders it. */
export interface ResultView {
  url: string;
  title: string;
  /** "Impact and Use Policy · Facial Recognition · Final · 2023" */
  description: string;
  /** Excerpt HTML: escaped text with `<mark>` highlights only. */
  excerpt: string;
  subResults: SubResultView[];
}

/** Most sub-results listed under one result. */
export const MAX_SUB_RESULTS = 3;

const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/i;

/**
 * Makes an excerpt safe to insert as HTML: keeps `<mark>` and `</mark>`
 * and existing character references, escapes every other `<`, `>`, `&`
 * and quote. Pagefind's excerpts are text with `<mark>` around matches.
 */
export function safeExcerpt(excerpt: string): string {
  let out = '';
  let i = 0;
  while (i < excerpt.length) {
    const rest = excerpt.slice(i);
    const tag = /^<\/?mark>/i.exec(rest);
    if (tag) {
      out += tag[0].toLowerCase();
      i += tag[0].length;
      continue;
    }
    const ch = excerpt[i] as string;
    if (ch === '&') {
      const entity = ENTITY.exec(rest);
      if (entity) {
        out += entity[0];
        i += entity[0].length;
        continue;
      }
    }
    out += escapeHtml(ch);
    i += 1;
  }
  return balanceMarks(out);
}

function balanceMarks(html: string): string {
  let open = 0;
  const out = html.replace(/<\/?mark>/g, (t) => {
    if (t === '<mark>') {
      if (open) return '';
      open = 1;
      return t;
    }
    if (!open) return '';
    open = 0;
    return t;
  });
  return open ? `${out}</mark>` : out;
}

/**
 * Joins a page URL and an anchor id. Policy section records have URLs that
 * already hold a fragment (`/policies/x/#retention`); a paragraph link
 * replaces it (`/policies/x/#retention-p2`) instead of appending a second one.
 */
export function anchorUrl(url: string, id: string): string {
  const hash = url.indexOf('#');
  return `${hash === -1 ? url : url.slice(0, hash)}#${id}`;
}

/** Normalises a URL Pagefind built by appending `#id` to a URL that had a fragment already. */
export function singleFragment(url: string): string {
  const first = url.indexOf('#');
  if (first === -1) return url;
  const last = url.lastIndexOf('#');
  return url.slice(0, first) + url.slice(last);
}

function describe(
  data: PagefindResultData,
  technologies: TechnologyNames,
  { m }: SearchText,
): string {
  const parts: string[] = [];
  const first = (name: FilterName) => data.filters[name]?.filter(Boolean) ?? [];
  for (const kind of first('kind')) parts.push(filterValueLabel('kind', kind, technologies, m));
  for (const t of first('technology')) parts.push(filterValueLabel('technology', t, technologies));
  for (const status of first('status'))
    parts.push(filterValueLabel('status', status, technologies, m));
  parts.push(...first('year'));
  return parts.join(' · ');
}

/** The section key of a policy section record (its `section` metadata), else null. */
function recordSection(data: PagefindResultData): BlockKey | null {
  const key = data.meta['section'];
  return key && (key === ABSTRACT_KEY || isSectionKey(key)) ? key : null;
}

/**
 * A result's title. A policy section record's title is written in the reader's
 * language from its `section` and `technology` metadata: the records are
 * indexed once, in English (section-records.ts, bundles.ts).
 */
function resultTitle(data: PagefindResultData, url: string, { m }: SearchText): string {
  const key = recordSection(data);
  const technology = data.meta['technology']?.trim();
  if (key && technology)
    return fillText(m.recordTitle, { technology, section: m[SECTION_MESSAGE[key]] });
  return data.meta['title']?.trim() || url;
}

function subTitle(data: PagefindResultData, sub: PagefindSubResult, { m }: SearchText): string {
  const key = recordSection(data);
  const title = sub.title.trim();
  if (key && /^¶\d+$/.test(title)) return `${m[SECTION_MESSAGE[key]]} ${title}`;
  return title;
}

/**
 * Builds the view of one result. Sub-results are the anchored parts of the
 * page that matched (paragraphs for policy sections), most matches first,
 * at most MAX_SUB_RESULTS; the part before the first anchor is the result itself.
 */
export function resultView(
  data: PagefindResultData,
  technologies: TechnologyNames = {},
  text: SearchText = SEARCH_TEXT_EN,
): ResultView {
  const url = singleFragment(data.url);
  const anchored = (data.sub_results ?? []).filter((s) => s.anchor?.id);
  const ranked = anchored
    .map((s, i) => ({ s, i, hits: s.locations?.length ?? 0 }))
    .sort((a, b) => b.hits - a.hits || a.i - b.i)
    .slice(0, MAX_SUB_RESULTS)
    .map(({ s }) => ({
      url: anchorUrl(url, s.anchor?.id as string),
      title: subTitle(data, s, text),
      excerpt: safeExcerpt(s.excerpt),
    }));
  return {
    url,
    title: resultTitle(data, url, text),
    description: describe(data, technologies, text),
    excerpt: safeExcerpt(data.excerpt),
    subResults: ranked,
  };
}

/** Describes the selected filters in words ("Technology: Facial Recognition; Year: 2023"). */
export function describeFilters(
  state: SearchState,
  technologies: TechnologyNames = {},
  { m }: SearchText = SEARCH_TEXT_EN,
): string {
  return FILTER_NAMES.flatMap((name) => {
    const values = state.filters[name] ?? [];
    if (!values.length) return [];
    return [
      fillText(m.filterValues, {
        label: filterLabel(name, m),
        values: values.map((v) => filterValueLabel(name, v, technologies, m)).join(m.valueOr),
      }),
    ];
  }).join(m.filterSeparator);
}

/** The sentence announced after a search, e.g. `3 results for “retention” (Technology: Facial Recognition).` */
export function resultCountMessage(
  count: number,
  state: SearchState,
  technologies: TechnologyNames = {},
  text: SearchText = SEARCH_TEXT_EN,
): string {
  const { m } = text;
  const n = resultCount(count, text);
  const q = state.q.trim();
  const filters = describeFilters(state, technologies, text);
  let message = q
    ? fillText(m.countFor, { count: n, q })
    : filters
      ? fillText(m.countInFilters, { count: n })
      : n;
  if (filters) message = fillText(m.countWithFilters, { message, filters });
  return fillText(m.sentence, { message });
}
