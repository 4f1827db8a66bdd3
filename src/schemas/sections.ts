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

/** Paragraph id: `<key>-p<n>` (n from 1). A public contract, like the keys. */
export function paragraphId(key: BlockKey, n: number): string {
  return `${key}-p${n}`;
}

/** List item id inside a numbered paragraph: `<key>-p<n>-<i>` (i from 1). */
export function listItemId(key: BlockKey, n: number, i: number): string {
  return `${paragraphId(key, n)}-${i}`;
}

/** Parses a paragraph id back into its key and number, or null. */
export function parseParagraphId(id: string): { key: BlockKey; n: number; item?: number } | null {
  const m = /^([a-z-]+)-p(\d+)(?:-(\d+))?$/.exec(id);
  if (!m) return null;
  const key = m[1] as string;
  if (key !== ABSTRACT_KEY && !isSectionKey(key)) return null;
  const n = Number(m[2]);
  return m[3] ? { key, n, item: Number(m[3]) } : { key, n };
}
