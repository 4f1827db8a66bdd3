/**
 * Search filters: their names, allowed values, labels, and the attributes a
 * page carries so that Pagefind files it under them. The single definition
 * of what can be filtered; the indexer, the page markup (SearchMeta) and the
 * /search/ page all read it from here.
 *
 * One contract for filter values: they are identifiers, never display text.
 *
 * | filter       | value                                   | example              |
 * | ------------ | --------------------------------------- | -------------------- |
 * | `technology` | the policy's slug (`/policies/<slug>/`) | `facial-recognition` |
 * | `section`    | a statutory section key (sections.ts)   | `rules`              |
 * | `kind`       | one of KINDS                            | `guide`              |
 * | `status`     | one of STATUSES                         | `final`              |
 * | `year`       | four digits                             | `2023`               |
 *
 * The same value is indexed (SearchMeta, the section records of
 * section-records.ts), carried in the URL (`/search/?technology=facial-recognition&section=rules`)
 * and passed to Pagefind, so no mapping happens at query time. Display
 * labels are derived only for people: `filterValueLabel()`, with the
 * technologies' names (`TechnologyNames`, slug → name) that the search page
 * embeds from the policies collection. Links written before this contract
 * used display names (`technology=Facial+Recognition`); `canonicalFilterValue()`
 * maps them, and any label, to the identifier.
 *
 * A filter value sits in an attribute of an empty element
 * (`<span data-pagefind-filter="technology[data-value]" data-value="...">`):
 * a hidden element's text would leak into result excerpts.
 */
import {
  SECTION_KEYS,
  type SectionKey,
  isSectionKey,
  sectionLabel,
} from '../../schemas/sections.ts';
import type { PolicyStatus } from '../../schemas/policy.ts';
import { SEARCH_MESSAGES_EN, SECTION_MESSAGE, type SearchMessages } from './messages.ts';

/** Filter names in the order the search page shows them. */
export const FILTER_NAMES = ['technology', 'kind', 'section', 'status', 'year'] as const;

/** A filter name, e.g. `technology`. */
export type FilterName = (typeof FILTER_NAMES)[number];

const FILTER_MESSAGE: Readonly<
  Record<FilterName, { label: keyof SearchMessages; any: keyof SearchMessages }>
> = {
  technology: { label: 'filterTechnology', any: 'anyTechnology' },
  kind: { label: 'filterKind', any: 'anyKind' },
  section: { label: 'filterSection', any: 'anySection' },
  status: { label: 'filterStatus', any: 'anyStatus' },
  year: { label: 'filterYear', any: 'anyYear' },
};

/** The label of a filter, for form controls ("Technology"; in the page's language with its messages). */
export function filterLabel(name: FilterName, m: SearchMessages = SEARCH_MESSAGES_EN): string {
  return m[FILTER_MESSAGE[name].label];
}

/** The empty choice of a filter ("Any technology"). */
export function anyFilterLabel(name: FilterName, m: SearchMessages = SEARCH_MESSAGES_EN): string {
  return m[FILTER_MESSAGE[name].any];
}

/** English labels of the filters, for form controls. */
export const FILTER_LABELS: Readonly<Record<FilterName, string>> = {
  technology: filterLabel('technology'),
  kind: filterLabel('kind'),
  section: filterLabel('section'),
  status: filterLabel('status'),
  year: filterLabel('year'),
};

/** Kinds of document the portal publishes. */
export const KINDS = ['policy', 'guide', 'statistics', 'report'] as const;

/** A kind of document. */
export type Kind = (typeof KINDS)[number];

const KIND_MESSAGE: Readonly<Record<Kind, keyof SearchMessages>> = {
  policy: 'kindPolicy',
  guide: 'kindGuide',
  statistics: 'kindStatistics',
  report: 'kindReport',
};

/** English labels of the kinds (links written with display names are read with them). */
const KIND_LABELS: Readonly<Record<Kind, string>> = {
  policy: SEARCH_MESSAGES_EN.kindPolicy,
  guide: SEARCH_MESSAGES_EN.kindGuide,
  statistics: SEARCH_MESSAGES_EN.kindStatistics,
  report: SEARCH_MESSAGES_EN.kindReport,
};

/** A policy status (`PolicyStatusSchema`): `final` once the NYPD published its draft-to-final changes table. */
export type Status = PolicyStatus;

// Typed by the schema's statuses, so a status added there is a type error here until labelled.
const STATUS_MESSAGE: Readonly<Record<Status, keyof SearchMessages>> = {
  draft: 'statusDraft',
  final: 'statusFinal',
};

/** The policy statuses, in the order the search page lists them. */
export const STATUSES = Object.keys(STATUS_MESSAGE) as readonly Status[];

/** English labels of the statuses (links written with display names are read with them). */
const STATUS_LABELS = Object.fromEntries(
  STATUSES.map((s) => [s, SEARCH_MESSAGES_EN[STATUS_MESSAGE[s]]]),
) as Readonly<Record<Status, string>>;

/** Filter values of one page or record: each filter name maps to one or more values. */
export type FilterValues = Partial<Record<FilterName, string[]>>;

/** What a page declares about itself for search (the props of SearchMeta). */
export interface SearchMetaInput {
  kind: Kind;
  /** Slug(s) of the technology the page is about: the policy's slug, e.g. `facial-recognition`. */
  technology?: string | readonly string[] | undefined;
  status?: Status | undefined;
  /** Four-digit year the document was posted or last updated. */
  year?: string | number | undefined;
  /** Statutory section key(s) the page is about. */
  section?: SectionKey | readonly SectionKey[] | undefined;
}

/** Display names of the technologies by slug, e.g. `{ 'facial-recognition': 'Facial Recognition' }`. */
export type TechnologyNames = Readonly<Record<string, string>>;

/** The form of a technology slug, which is a policy slug: lowercase letters, digits and hyphens. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** True when `value` has the form of a slug. */
export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** "Facial Recognition" → "facial-recognition"; "License-Plate  Readers!" → "license-plate-readers". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when `name` is one of the filter names. */
export function isFilterName(name: string): name is FilterName {
  return (FILTER_NAMES as readonly string[]).includes(name);
}

/** True when `value` is a kind of document. */
export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}

/** True when `value` is a policy status. */
export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

function list<T extends string>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

/**
 * Validates a page's search metadata and returns its filter values.
 * Throws an Error naming the field and the fix on a bad value, so a page
 * with wrong metadata fails the build instead of vanishing from a filter.
 */
export function searchFilters(input: SearchMetaInput): FilterValues {
  if (!isKind(input.kind))
    throw new Error(`search: kind "${String(input.kind)}" is not one of ${KINDS.join(', ')}`);
  const out: FilterValues = { kind: [input.kind] };
  const technology = list(input.technology).map((t) => t.trim());
  if (technology.some((t) => t === ''))
    throw new Error('search: technology must not be empty; omit it when the page has none');
  for (const t of technology)
    if (!isSlug(t))
      throw new Error(
        `search: technology "${t}" must be a policy slug (e.g. facial-recognition), not a display name`,
      );
  if (technology.length) out.technology = [...new Set(technology)];
  const section = list(input.section);
  for (const s of section)
    if (!isSectionKey(s))
      throw new Error(
        `search: section "${String(s)}" is not a statutory section key (src/schemas/sections.ts)`,
      );
  if (section.length) out.section = [...new Set(section)];
  if (input.status !== undefined) {
    if (!isStatus(input.status))
      throw new Error(`search: status "${String(input.status)}" must be draft or final`);
    out.status = [input.status];
  }
  if (input.year !== undefined) {
    const year = String(input.year);
    if (!/^\d{4}$/.test(year)) throw new Error(`search: year "${year}" must have four digits`);
    out.year = [year];
  }
  return out;
}

/** One empty element's attributes that file a page under a filter value. */
export interface FilterElement {
  'data-pagefind-filter': string;
  'data-value': string;
}

/** The empty elements a page renders (inside its indexed body) for its filters. */
export function filterElements(values: FilterValues): FilterElement[] {
  const out: FilterElement[] = [];
  for (const name of FILTER_NAMES)
    for (const value of values[name] ?? [])
      out.push({ 'data-pagefind-filter': `${name}[data-value]`, 'data-value': value });
  return out;
}

/** Escapes text for an HTML attribute value or element content. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The filter elements as an HTML string (for records built outside Astro). */
export function filterElementsHtml(values: FilterValues): string {
  return filterElements(values)
    .map(
      (e) =>
        `<span data-pagefind-filter="${escapeHtml(e['data-pagefind-filter'])}" data-value="${escapeHtml(e['data-value'])}"></span>`,
    )
    .join('');
}

/**
 * The label a filter value is shown with ("retention" → "Retention, Access & Use of Data",
 * "facial-recognition" → "Facial Recognition" given the technologies' names), in the
 * language of `m` (English by default). Technology names are the policies' own.
 */
export function filterValueLabel(
  name: FilterName,
  value: string,
  technologies: TechnologyNames = {},
  m: SearchMessages = SEARCH_MESSAGES_EN,
): string {
  if (name === 'technology')
    return (Object.hasOwn(technologies, value) && technologies[value]) || value;
  if (name === 'section') return isSectionKey(value) ? m[SECTION_MESSAGE[value]] : value;
  if (name === 'kind') return isKind(value) ? m[KIND_MESSAGE[value]] : value;
  if (name === 'status') return isStatus(value) ? m[STATUS_MESSAGE[value]] : value;
  return value;
}

/**
 * Orders a filter's values for display: sections in statutory order, kinds
 * and statuses as declared, years newest first, technologies by their label.
 */
export function sortFilterValues(
  name: FilterName,
  values: Iterable<string>,
  technologies: TechnologyNames = {},
): string[] {
  const unique = [...new Set(values)];
  const rank = (order: readonly string[]) => (v: string) => {
    const i = order.indexOf(v);
    return i === -1 ? order.length : i;
  };
  const byOrder = (order: readonly string[]) => {
    const r = rank(order);
    return unique.sort((a, b) => r(a) - r(b) || a.localeCompare(b));
  };
  if (name === 'section') return byOrder(SECTION_KEYS);
  if (name === 'kind') return byOrder(KINDS);
  if (name === 'status') return byOrder(STATUSES);
  if (name === 'year') return unique.sort((a, b) => b.localeCompare(a));
  const label = (v: string) => filterValueLabel(name, v, technologies);
  return unique.sort((a, b) => label(a).localeCompare(label(b), 'en') || a.localeCompare(b, 'en'));
}

/** Lowercase, single spaces, `+` and `_` as spaces: how labels are compared. */
function looseText(text: string): string {
  return text.replace(/[+_]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The identifier whose label (or slug form) matches `raw`, or undefined. */
function byLabel(
  raw: string,
  entries: readonly (readonly [id: string, label: string])[],
): string | undefined {
  const loose = looseText(raw);
  const slug = slugify(raw);
  for (const [id, label] of entries) if (looseText(label) === loose) return id;
  for (const [id, label] of entries) if (slugify(label) === slug || id === slug) return id;
  return undefined;
}

/**
 * The identifier a filter value from a URL stands for (see the contract above):
 * an identifier is kept; a display name from an old link (`Facial Recognition`,
 * `facial recognition`, `Retention, Access & Use of Data`, `Final`) becomes its
 * identifier; anything unknown is returned trimmed, unchanged (it then matches
 * nothing, and the page says so).
 */
export function canonicalFilterValue(
  name: FilterName,
  raw: string,
  technologies: TechnologyNames = {},
): string {
  const value = raw.trim();
  if (!value) return value;
  switch (name) {
    case 'technology':
      if (Object.hasOwn(technologies, value)) return value;
      return byLabel(value, Object.entries(technologies)) ?? value;
    case 'section':
      if (isSectionKey(value)) return value;
      return (
        byLabel(
          value,
          SECTION_KEYS.map((k) => [k, sectionLabel(k)] as const),
        ) ?? value
      );
    case 'kind':
      if (isKind(value)) return value;
      return (
        byLabel(
          value,
          KINDS.map((k) => [k, KIND_LABELS[k]] as const),
        ) ?? value
      );
    case 'status':
      if (isStatus(value)) return value;
      return (
        byLabel(
          value,
          STATUSES.map((k) => [k, STATUS_LABELS[k]] as const),
        ) ?? value
      );
    case 'year':
      return value;
  }
}

/**
 * The year a policy is filed under: the year of its printed "Updated" date,
 * else of its "Posted" date; undefined when neither is printed (never a guess).
 */
export function policyYear(p: {
  posted?: string | undefined;
  updated?: string | undefined;
}): string | undefined {
  const date = p.updated ?? p.posted;
  return date ? date.slice(0, 4) : undefined;
}
