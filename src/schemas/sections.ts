import { z } from 'astro/zod';

/**
 * The ten statutory sections of an Impact and Use Policy, in the order the
 * POST Act lists them and every published policy prints them.
 *
 * The `key` of each section is a public contract: it is the anchor
 * (`/policies/<slug>/#<key>`), the prefix of every paragraph id
 * (`<key>-p<n>`) and the value of the search filter. Never rename one.
 *
 * @see NYC Admin. Code § 14-188(a) (definition of "impact and use policy")
 */
export const SECTIONS = [
  {
    key: 'capabilities',
    label: 'Capabilities',
    heading: 'CAPABILITIES OF THE TECHNOLOGY',
  },
  {
    key: 'rules',
    label: 'Rules, Processes & Guidelines',
    heading: 'RULES, PROCESSES & GUIDELINES RELATING TO USE OF THE TECHNOLOGY',
  },
  {
    key: 'safeguards',
    label: 'Safeguards & Security',
    heading: 'SAFEGUARDS & SECURITY MEASURES AGAINST UNAUTHORIZED ACCESS',
  },
  {
    key: 'retention',
    label: 'Retention, Access & Use of Data',
    heading: 'POLICIES & PROCEDURES RELATING TO RETENTION, ACCESS & USE OF THE DATA',
  },
  {
    key: 'public-access',
    label: 'Public Access',
    heading: 'POLICIES & PROCEDURES RELATING TO PUBLIC ACCESS OR USE OF THE DATA',
  },
  {
    key: 'external-entities',
    label: 'External Entities',
    heading: 'EXTERNAL ENTITIES',
  },
  { key: 'training', label: 'Training', heading: 'TRAINING' },
  {
    key: 'audit',
    label: 'Internal Audit & Oversight',
    heading: 'INTERNAL AUDIT & OVERSIGHT MECHANISMS',
  },
  {
    key: 'health-safety',
    label: 'Health & Safety Reporting',
    heading: 'HEALTH & SAFETY REPORTING',
  },
  {
    key: 'disparate-impacts',
    label: 'Disparate Impacts',
    heading: 'DISPARATE IMPACTS OF THE IMPACT & USE POLICY',
  },
] as const;

/** A statutory section key, e.g. `external-entities`. */
export type SectionKey = (typeof SECTIONS)[number]['key'];

/** The ten keys in statutory order. */
export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((s) => s.key);

/** The abstract precedes the statutory sections; it is numbered like them. */
export const ABSTRACT_KEY = 'abstract';

/** Any key that can prefix a paragraph id: the abstract or a statutory section. */
export type BlockKey = SectionKey | typeof ABSTRACT_KEY;

/** True when `key` is one of the ten statutory section keys. */
export function isSectionKey(key: string): key is SectionKey {
  return (SECTION_KEYS as readonly string[]).includes(key);
}

/** The short human label of a key ("External Entities"); "Abstract" for the abstract. */
export function sectionLabel(key: BlockKey): string {
  if (key === ABSTRACT_KEY) return 'Abstract';
  return SECTIONS.find((s) => s.key === key)?.label ?? key;
}

/**
 * The paragraph-id grammar, the one definition every schema and module uses:
 * `<key>-p<n>` for a numbered block (paragraph or whole list) and
 * `<key>-p<n>-<i>` for item i of a list, where key is a statutory section key
 * or `abstract` and n, i count from 1 (written without leading zeros).
 * `parsePolicyBody()` (src/lib/policy/body.ts) assigns them; anything that
 * cites a paragraph parses and validates them here.
 */
const PARAGRAPH_ID = /^([a-z][a-z-]*)-p([1-9]\d*)(?:-([1-9]\d*))?$/;

function assertCount(what: string, value: number): void {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`A ${what} number counts from 1; got ${value}`);
}

/** Paragraph id: `<key>-p<n>` (n from 1). A public contract, like the keys. */
export function paragraphId(key: BlockKey, n: number): string {
  assertCount('paragraph', n);
  return `${key}-p${n}`;
}

/** List item id inside a numbered paragraph: `<key>-p<n>-<i>` (i from 1). */
export function listItemId(key: BlockKey, n: number, i: number): string {
  assertCount('list item', i);
  return `${paragraphId(key, n)}-${i}`;
}

/** A parsed paragraph id: its key, paragraph number and, for a list item, the item number. */
export interface ParsedParagraphId {
  key: BlockKey;
  n: number;
  item?: number;
}

/** Parses a paragraph or list-item id into its key and numbers, or null when it is not one. */
export function parseParagraphId(id: string): ParsedParagraphId | null {
  const m = PARAGRAPH_ID.exec(id);
  if (!m) return null;
  const key = m[1] as string;
  if (key !== ABSTRACT_KEY && !isSectionKey(key)) return null;
  const n = Number(m[2]);
  return m[3] ? { key, n, item: Number(m[3]) } : { key, n };
}

/** True when `id` is a paragraph id (`<key>-p<n>`) or a list-item id (`<key>-p<n>-<i>`). */
export function isParagraphId(id: string): boolean {
  return parseParagraphId(id) !== null;
}

/** The numbered block of a paragraph or list-item id (`rules-p3-2` -> `rules-p3`), or null. */
export function blockOfParagraphId(id: string): string | null {
  const p = parseParagraphId(id);
  return p ? paragraphId(p.key, p.n) : null;
}

/** What a paragraph id must look like: the message of every refused one. */
export function paragraphIdMessage(): string {
  return (
    'expected a paragraph id "<key>-p<n>" (e.g. "retention-p2") or a list item "<key>-p<n>-<i>" (e.g. "rules-p3-1"), ' +
    `with key "${ABSTRACT_KEY}" or a section key (${SECTION_KEYS.join(', ')}) and n, i from 1`
  );
}

// The schemas below are marked pure so that a bundler drops them, and Zod with
// them, from browser code that imports only the constants and the grammar.

/** A statutory section key, e.g. `external-entities`. */
export const SectionKeySchema = /* @__PURE__ */ z.enum(SECTION_KEYS);

/** A paragraph or list-item id of an imported policy (the grammar above). */
export const ParagraphIdSchema = /* @__PURE__ */ z
  .string()
  .refine(isParagraphId, { error: paragraphIdMessage });
