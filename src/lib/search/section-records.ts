/**
 * Search records for policy sections. Pagefind files filters per page, so a
 * "statutory section" filter needs one record per section: each policy's
 * abstract and each statutory section becomes a small HTML document that
 * the indexer adds with `index.addHTMLFile({ url, content })`. Inside it,
 * every numbered paragraph sits under a heading whose id is the paragraph
 * id (`<key>-p<n>`), so Pagefind's sub-results deep-link to the paragraph.
 *
 * The policy pages themselves are indexed without their body (the indexer
 * excludes `[data-pp-policy-body]`), so a passage is found once, here.
 *
 * Pagefind keeps one index per `<html lang>`, and a page in another language
 * (`/es/policies/<slug>/`) shows the same English policy text. The records
 * are made once, in English (`/search/policy-sections.json` holds English
 * records only): scripts/index-search.ts adds them to the English index and
 * writes them once more as a bundle of their own (POLICY_TEXT_BASE in
 * bundles.ts), which the search page of every other language searches beside
 * its own index, with Pagefind's English stemmer. The search page writes a
 * record's title and links in the reader's language (results.ts, with the
 * `section` and `technology` metadata each record carries).
 */
import { parsePolicyBody, type PolicyBlockSection } from '../policy/body.ts';
import { ABSTRACT_KEY, type BlockKey, isSectionKey } from '../../schemas/sections.ts';
import type { Policy } from '../../schemas/policy.ts';
import { DEFAULT_LOCALE, localeInfo } from '../../i18n/locales.ts';
import { fillText } from '../text-template.ts';
import { remembered } from '../memo.ts';
import { escapeHtml, filterElementsHtml, isSlug, policyYear, searchFilters } from './filters.ts';
import { SEARCH_MESSAGES_EN, SECTION_MESSAGE } from './messages.ts';

/** What the records of one policy are built from (a policy entry's id, data and body). */
export type PolicySource = Pick<Policy, 'technology' | 'status' | 'posted' | 'updated'> & {
  /** Entry id, the `<slug>` of `/policies/<slug>/`. */
  slug: string;
  /** The Markdown body of the entry. */
  body: string;
};

/** One search record: the abstract or a statutory section of one policy. */
export interface SectionRecord {
  /** Result URL: the section's anchor on the English policy page, `/policies/<slug>/#<key>` (the search page localizes it). */
  url: string;
  /** The policy page, `/policies/<slug>/`; sub-result links are this plus `#<paragraph id>`. */
  page: string;
  /** BCP 47 tag on the record's `<html lang>` (RECORD_LANGUAGE): the policy text is English. */
  lang: string;
  key: BlockKey;
  /** Result title, `<Technology>: <Section label>`. */
  title: string;
  /** Paragraph ids in the record, in order (each one a sub-result anchor). */
  paragraphs: string[];
  /** The HTML document Pagefind indexes for this record. */
  html: string;
}

/** The policy page URL of a slug. */
export function policyPath(slug: string): string {
  return `/policies/${slug}/`;
}

function paragraphHtml(p: PolicyBlockSection['paragraphs'][number]): string {
  const body =
    p.kind === 'paragraph'
      ? `<p>${escapeHtml(p.text)}</p>`
      : `<${p.kind === 'ordered-list' ? 'ol' : 'ul'}>${p.items
          .map((it) => `<li>${escapeHtml(it.text)}</li>`)
          .join('')}</${p.kind === 'ordered-list' ? 'ol' : 'ul'}>`;
  // The heading carries the anchor; its text ("¶n") is the sub-result title.
  return `<h2 id="${escapeHtml(p.id)}" data-pagefind-weight="1">¶${p.n}</h2>${body}`;
}

/**
 * The section's heading and paragraphs as record HTML, the same in every
 * language: made once per section (parsePolicyBody shares its sections), not
 * once per language.
 */
const bodyHtml = new WeakMap<PolicyBlockSection, string>();
function sectionBodyHtml(section: PolicyBlockSection): string {
  return remembered(
    bodyHtml,
    section,
    () => `<p>${escapeHtml(section.heading)}</p>${section.paragraphs.map(paragraphHtml).join('')}`,
  );
}

/** The language of the policy text, so of every record: one record per section, in English. */
export const RECORD_LANGUAGE = localeInfo(DEFAULT_LOCALE).tag;

/** Builds the record of one section of one policy. */
export function sectionRecord(policy: PolicySource, section: PolicyBlockSection): SectionRecord {
  const page = policyPath(policy.slug);
  const m = SEARCH_MESSAGES_EN;
  const title = fillText(m.recordTitle, {
    technology: policy.technology,
    section: m[SECTION_MESSAGE[section.key]],
  });
  const filters = searchFilters({
    kind: 'policy',
    // Filter values are identifiers (filters.ts): the slug, not the display name.
    technology: policy.slug,
    status: policy.status,
    year: policyYear(policy),
    section: section.key !== ABSTRACT_KEY && isSectionKey(section.key) ? section.key : undefined,
  });
  const html = [
    `<!doctype html><html lang="${RECORD_LANGUAGE}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(title)}</title></head><body><main data-pagefind-body>`,
    `<h1 data-pagefind-meta="title">${escapeHtml(title)}</h1>`,
    `<span data-pagefind-meta="page[data-value]" data-value="${escapeHtml(page)}"></span>`,
    // What the search page writes the title with in the reader's language (results.ts).
    `<span data-pagefind-meta="section[data-value]" data-value="${escapeHtml(section.key)}"></span>`,
    `<span data-pagefind-meta="technology[data-value]" data-value="${escapeHtml(policy.technology)}"></span>`,
    filterElementsHtml(filters),
    sectionBodyHtml(section),
    '</main></body></html>',
  ].join('');
  return {
    url: `${page}#${section.key}`,
    page,
    lang: RECORD_LANGUAGE,
    key: section.key,
    title,
    paragraphs: section.paragraphs.map((p) => p.id),
    html,
  };
}

/** Builds the records of every section (and the abstract) of one policy, in document order. */
export function policySectionRecords(policy: PolicySource): SectionRecord[] {
  if (!isSlug(policy.slug))
    throw new Error(`search: policy slug "${policy.slug}" must be lowercase letters, digits and -`);
  return parsePolicyBody(policy.body)
    .filter((s) => s.paragraphs.length > 0)
    .map((s) => sectionRecord(policy, s));
}

/** The shape of `/search/policy-sections.json`, which the indexer reads. */
export interface SectionRecordsFile {
  records: SectionRecord[];
}

/**
 * Checks a parsed `/search/policy-sections.json` and returns its records,
 * or throws naming the first bad record and field.
 */
export function readSectionRecords(json: unknown, file: string): SectionRecord[] {
  const fail = (where: string, what: string): never => {
    throw new Error(`${file}: ${where}: ${what}; rebuild the site (astro build) to regenerate it`);
  };
  if (
    typeof json !== 'object' ||
    json === null ||
    !Array.isArray((json as SectionRecordsFile).records)
  )
    fail('top level', 'expected an object with a "records" array');
  const records = (json as SectionRecordsFile).records;
  records.forEach((r, i) => {
    const where = `records[${i}]`;
    if (typeof r !== 'object' || r === null) fail(where, 'expected an object');
    for (const field of ['url', 'page', 'lang', 'key', 'title', 'html'] as const)
      if (typeof r[field] !== 'string' || r[field] === '')
        fail(`${where}.${field}`, 'expected a non-empty string');
    if (!r.url.startsWith(`${r.page}#`))
      fail(`${where}.url`, `"${r.url}" is not under "${r.page}"`);
    if (!Array.isArray(r.paragraphs) || r.paragraphs.some((p) => typeof p !== 'string'))
      fail(`${where}.paragraphs`, 'expected an array of paragraph ids');
  });
  return records;
}

/**
 * Anchors a record links to that the built policy page lacks (the section
 * id and every paragraph id); empty when every sub-result would land.
 */
export function missingAnchors(record: SectionRecord, ids: ReadonlySet<string>): string[] {
  return [record.key, ...record.paragraphs].filter((id) => !ids.has(id));
}

/** The `id`s of a built page, read once per page (a page has a record per section). */
export function pageIds(pageHtml: string): Set<string> {
  return new Set([...pageHtml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
}

/**
 * pageIds of a page read as its UTF-8 bytes one per character (Node's
 * "latin1"), which is several times faster than decoding it: the same ids,
 * since the attribute's syntax is ASCII and an id that is not is decoded here.
 */
export function pageIdsOfBytes(pageBytes: string): Set<string> {
  const utf8 = new TextDecoder();
  return new Set(
    [...pageIds(pageBytes)].map((id) =>
      /[\u0080-\u00ff]/.test(id) ? utf8.decode(Uint8Array.from(id, (c) => c.charCodeAt(0))) : id,
    ),
  );
}
