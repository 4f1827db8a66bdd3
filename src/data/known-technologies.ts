/**
 * Every technology the portal knows of, and how much of it the portal holds:
 * the inventory file's rows (data/inventory/nypd-policy-inventory.csv) joined
 * with the imported policies and with what they reference ("please refer to
 * the manned aircraft systems impact and use policy", cited by paragraph).
 * Pure, so it is tested without Astro; src/data/inventory.ts feeds it the
 * collections.
 */
import { citationHref, citationLabel } from '../lib/oversight/citations.ts';
import { slugify } from '../lib/search/filters.ts';
import { type InventoryRow, isUncertain } from '../schemas/inventory.ts';
import type { PolicyStatus } from '../schemas/policy.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { t } from '../i18n/messages.ts';
import citationWords from '../i18n/messages/policy-citations.ts';
import listWords from '../i18n/messages/policy-list.ts';

/**
 * The NYPD's POST Act page, where it lists its published policies. The
 * address comes from third-party citations and could not be opened by the
 * project: it is shown with that caveat, never as verified.
 */
export const NYPD_POST_ACT_PAGE = {
  url: 'https://www.nyc.gov/site/nypd/about/about-nypd/policy/post-act.page',
  caveat: 'address as cited by third parties; not opened or verified by this project',
} as const;

/** What the portal has of a technology's policy. */
export type HoldingStatus = 'imported' | 'published' | 'referenced';

/** Labels of the holding statuses in `locale`, in the order the page counts them. */
export function holdingLabelsIn(
  locale: Locale = DEFAULT_LOCALE,
): Readonly<Record<HoldingStatus, string>> {
  const m = t(listWords, locale);
  return {
    imported: m.holdingImported,
    published: m.holdingPublished,
    referenced: m.holdingReferenced,
  };
}

/** Labels of the holding statuses, in the order the page counts them. */
export const HOLDING_LABELS: Readonly<Record<HoldingStatus, string>> = holdingLabelsIn();

/** An imported policy, as far as this list needs it. */
export interface ImportedPolicy {
  slug: string;
  technology: string;
  status: PolicyStatus;
  /** The last date the document prints, `YYYY-MM-DD`, if any. */
  printedDate?: string;
  /** The source file the entry was imported from (served at /sources/<file>). */
  sourceFile: string;
  /** Footnotes with the paragraph id holding their marker. */
  footnotes: readonly { n: number; text: string; ref?: string | undefined }[];
  /** The numbered paragraphs of the body. */
  paragraphs: readonly { id: string; text: string }[];
}

/** Where an imported policy names another technology's policy. */
export interface Reference {
  /** The policy that names it. */
  slug: string;
  technology: string;
  /** Paragraph id the reference stands in (a footnote's: the paragraph holding its marker). */
  paragraph: string;
  footnote?: number;
  /** `/policies/<slug>/#<paragraph>`. */
  href: string;
  /** "Capabilities ¶5 (footnote 1)". */
  label: string;
  /** The name as printed, e.g. "manned aircraft systems". */
  printed: string;
}

/** Where an inventory row comes from, ready to show. */
export interface RowSource {
  text: string;
  /** A link for the source: the URL itself, or /sources/<file> for a policy text the portal serves. */
  href?: string;
}

/** One known technology. */
export interface KnownTechnology {
  slug: string;
  name: string;
  holding: HoldingStatus;
  /** The imported entry, when there is one. */
  imported?: { href: string; status: PolicyStatus; printedDate?: string };
  /** The inventory row, when the file lists the technology, its source ready to show. */
  row?: Omit<InventoryRow, 'source'> & { uncertain: boolean; source: RowSource };
  /** Imported policies naming this technology's policy. */
  references: Reference[];
}

/** The list and its counts. */
export interface KnownTechnologies {
  technologies: KnownTechnology[];
  counts: Record<HoldingStatus, number>;
}

const SMALL = new Set(['of', 'and', 'or', 'the', 'for', 'in', 'on', 'to', 'a', 'an']);

/**
 * "CELL-SITE SIMULATORS" -> "Cell-Site Simulators", "GLOBAL POSITIONING
 * SYSTEM (GPS) TRACKING DEVICES" -> "Global Positioning System (GPS) Tracking
 * Devices", "manned aircraft systems" -> "Manned Aircraft Systems".
 */
export function displayName(title: string): string {
  return title
    .trim()
    .split(/\s+/)
    .map((word, i) => {
      if (/^\(\p{Lu}{2,6}\)$/u.test(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && SMALL.has(lower)) return lower;
      return lower.replace(/(^|-)(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}

/** "please refer to the manned aircraft systems impact and use policy" -> "manned aircraft systems". */
const NAMED_POLICY =
  /\brefer to (?:the )?(?:NYPD['’]s )?((?:[\p{L}-]+ ){0,7}?[\p{L}-]+) impact (?:and|&) use polic(?:y|ies)\b/giu;

/** The policies an imported policy names, with the paragraph each stands in (labels in `locale`). */
export function referencesIn(policy: ImportedPolicy, locale: Locale = DEFAULT_LOCALE): Reference[] {
  const out: Reference[] = [];
  const m = t(citationWords, locale);
  const add = (printed: string, paragraph: string, footnote?: number): void => {
    const base = citationLabel(paragraph, locale);
    out.push({
      slug: policy.slug,
      technology: policy.technology,
      paragraph,
      ...(footnote !== undefined ? { footnote } : {}),
      href: citationHref(policy.slug, paragraph),
      label: footnote !== undefined ? m.withFootnote(base, footnote) : base,
      printed,
    });
  };
  for (const f of policy.footnotes)
    for (const m of f.text.matchAll(NAMED_POLICY)) if (f.ref && m[1]) add(m[1], f.ref, f.n);
  for (const p of policy.paragraphs)
    for (const m of p.text.matchAll(NAMED_POLICY)) if (m[1]) add(m[1], p.id);
  return out.filter((r) => slugify(r.printed) !== policy.slug);
}

/** A row's source: a URL links to itself, "policies/<file>" to the text the portal serves. */
export function rowSource(source: string, servedFiles: ReadonlySet<string>): RowSource {
  if (/^https?:\/\/\S+$/.test(source)) return { text: source, href: source };
  const file = /^policies\/([^/]+)$/.exec(source)?.[1];
  if (file && servedFiles.has(file)) return { text: source, href: `/sources/${file}` };
  return { text: source };
}

/**
 * Every known technology, once: each inventory row (in file order), then
 * technologies only the imported policies name, then imported policies the
 * file does not list. A technology is `imported` when its policy is in the
 * portal, `published` when the file has the NYPD publishing it (any status
 * other than "referenced"), else `referenced`. Reference labels in `locale`.
 */
export function knownTechnologies(
  rows: readonly InventoryRow[],
  policies: readonly ImportedPolicy[],
  locale: Locale = DEFAULT_LOCALE,
): KnownTechnologies {
  const served = new Set(policies.map((p) => p.sourceFile));
  const bySlug = new Map<string, KnownTechnology>();
  const add = (slug: string, name: string): KnownTechnology => {
    const found = bySlug.get(slug);
    if (found) return found;
    const t: KnownTechnology = { slug, name, holding: 'referenced', references: [] };
    bySlug.set(slug, t);
    return t;
  };
  for (const row of [...rows].sort((a, b) => a.line - b.line)) {
    const name = displayName(row.title);
    const t = add(slugify(name), name);
    t.row ??= { ...row, uncertain: isUncertain(row), source: rowSource(row.source, served) };
  }
  for (const p of policies)
    for (const r of referencesIn(p, locale))
      add(slugify(r.printed), displayName(r.printed)).references.push(r);
  for (const p of policies) {
    const t = add(p.slug, p.technology);
    t.imported = {
      href: `/policies/${p.slug}/`,
      status: p.status,
      ...(p.printedDate ? { printedDate: p.printedDate } : {}),
    };
  }
  const technologies = [...bySlug.values()];
  for (const t of technologies)
    t.holding = t.imported
      ? 'imported'
      : t.row && t.row.status_seen.trim().toLowerCase() !== 'referenced'
        ? 'published'
        : 'referenced';
  const counts: Record<HoldingStatus, number> = { imported: 0, published: 0, referenced: 0 };
  for (const t of technologies) counts[t.holding]++;
  return { technologies, counts };
}
