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

/**
 * Normalises a heading for comparison: upper case, "AND" as "&", no
 * punctuation, "SAFEGUARDS" as "SAFEGUARD", no "THE", no bold markers, so
 * that spelling variants of the statutory headings match
 * (NYC Admin. Code § 14-188(a) lists the sections; the printed wording varies).
 */
export function normaliseHeading(text: string): string {
  return text
    .toUpperCase()
    .replace(/\*+/g, ' ')
    .replace(/\bAND\b/g, '&')
    .replace(/[,.:;]/g, ' ')
    .replace(/\bSAFEGUARDS\b/g, 'SAFEGUARD')
    .replace(/\bTHE\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
  const norm = normaliseHeading(text);
  const known = KNOWN.get(norm);
  if (known) return known;
  const m = ADDENDUM.exec(norm);
  if (m?.[1]) return { kind: 'addenda', technology: m[1] };
  return null;
}

/** True for a line printed in capitals, as headings are: letters, none lower case, not a list item. */
export function isCapsLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && !/\p{Ll}/u.test(letters) && !/^\d+[.)]\s/.test(text);
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
