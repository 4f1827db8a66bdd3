// Hand-written: the headings are the ten statutory ones (NYC Admin. Code § 14-188(a)) in their printed spelling variants.
import { ABSTRACT_KEY, type BlockKey, SECTIONS } from '../../src/schemas/sections.ts';
import type { Line } from './types.ts';

/** What a recognised heading opens. */
export type HeadingKind =
  | { kind: 'section'; key: BlockKey }
  | { kind: 'changes' }
  | { kind: 'addenda'; technology: string };

/** A heading found in the text, possibly printed over several lines. */
export interface FoundHeading {
  /** Index (into the line array) of its first line. */
  start: number;
  /** Index after its last line. */
  end: number;
  /** The printed heading, its lines joined by single spaces. */
  text: string;
  heading: HeadingKind;
}

/** "POLICIES" -> "POLICY", "PROCESSES" -> "PROCESS", "MEASURES" -> "MEASURE"; "ACCESS" and "THIS" stay. */
function singular(word: string): string {
  if (/IES$/.test(word) && word.length > 4) return word.replace(/IES$/, 'Y');
  if (/(?:SS|X|CH|SH)ES$/.test(word)) return word.replace(/ES$/, '');
  if (/[^SUI]S$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** Upper case, "AND" as "&", no punctuation, no "THE", no bold markers. */
function baseNormalise(text: string): string {
  return text
    .toUpperCase()
    .replace(/\*+/g, ' ')
    .replace(/\bAND\b/g, '&')
    .replace(/[,.:;]/g, ' ')
    .replace(/\bTHE\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Normalises a heading for comparison: upper case, "AND"/"and" as "&", no
 * punctuation, no "THE", no bold markers, every word singular ("SAFEGUARDS"
 * as "SAFEGUARD", "POLICIES" as "POLICY"), so that spelling variants of the
 * statutory headings match (NYC Admin. Code § 14-188(a) lists the sections;
 * the printed wording varies).
 */
export function normaliseHeading(text: string): string {
  return baseNormalise(text).split(' ').map(singular).join(' ');
}

const KNOWN = new Map<string, HeadingKind>([
  [normaliseHeading('ABSTRACT'), { kind: 'section', key: ABSTRACT_KEY }],
  ...SECTIONS.map((s): [string, HeadingKind] => [
    normaliseHeading(s.heading),
    { kind: 'section', key: s.key },
  ]),
  [normaliseHeading('SUMMARY OF CHANGES BETWEEN DRAFT & FINAL POLICY'), { kind: 'changes' }],
]);

const ADDENDUM = /^(.+?)\s+ADDEND(?:UM|A)$/;

/** Matches one (joined) heading text against the known headings, or null. */
export function matchHeading(text: string): HeadingKind | null {
  const known = KNOWN.get(normaliseHeading(text));
  if (known) return known;
  const m = ADDENDUM.exec(baseNormalise(text));
  if (m?.[1]) return { kind: 'addenda', technology: m[1] };
  return null;
}

/** Connecting words a heading may print in lower case ("SAFEGUARDS and SECURITY MEASURES"). */
const LOWER_CONNECTOR = /(?<=^|\s)(?:and|or|of|the)(?=\s|$)/g;

/**
 * True for a line printed in capitals, as headings are: letters, none lower
 * case except connecting words between capitals ("and", "or", "of", "the"),
 * not a list item.
 */
export function isCapsLine(text: string): boolean {
  const letters = text.replace(LOWER_CONNECTOR, ' ').replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && !/\p{Ll}/u.test(letters) && !/^(?:\d+[.)]|\(\d+\))\s/.test(text);
}

/** The statutory section a heading is closest to, and how close (0 to 1). */
export interface ClosestSection {
  key: BlockKey;
  /** The statutory heading, as NYC Admin. Code § 14-188(a) names the section. */
  heading: string;
  /** Dice coefficient of the letter pairs of the two normalised headings. */
  similarity: number;
}

function letterPairs(text: string): string[] {
  const t = normaliseHeading(text).replace(/[^A-Z&]/g, '');
  return Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2));
}

/** Dice coefficient of the letter pairs of two headings (1 for the same normalised heading). */
export function headingSimilarity(a: string, b: string): number {
  const pa = letterPairs(a);
  const pb = letterPairs(b);
  if (pa.length + pb.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const p of pb) pool.set(p, (pool.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of pa) {
    const n = pool.get(p) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(p, n - 1);
    }
  }
  return (2 * shared) / (pa.length + pb.length);
}

/**
 * The abstract or statutory section whose heading is closest to `text`
 * (headingSimilarity), for reporting a heading the importer does not know;
 * it is never assigned on that basis.
 */
export function closestSection(text: string): ClosestSection {
  const candidates: { key: BlockKey; heading: string }[] = [
    ...SECTIONS.map((s) => ({ key: s.key, heading: s.heading })),
    { key: ABSTRACT_KEY, heading: 'ABSTRACT' },
  ];
  let best: ClosestSection = { key: ABSTRACT_KEY, heading: 'ABSTRACT', similarity: -1 };
  for (const c of candidates) {
    const similarity = Math.round(headingSimilarity(text, c.heading) * 100) / 100;
    if (similarity > best.similarity) best = { ...c, similarity };
  }
  return best;
}

/** Finds the recognised headings, joining a heading split over up to three consecutive lines. */
export function findHeadings(lines: readonly Line[]): FoundHeading[] {
  const found: FoundHeading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const parts: string[] = [];
    for (let k = i; k < Math.min(i + 3, lines.length); k++) {
      const t = lines[k]?.text ?? '';
      if (!t || !isCapsLine(t) || (k > i && lines[k]?.pageStart)) break;
      parts.push(t);
      const heading = matchHeading(parts.join(' '));
      if (heading) {
        found.push({ start: i, end: k + 1, text: parts.join(' ').replace(/\s+/g, ' '), heading });
        i = k;
        break;
      }
    }
  }
  return found;
}
