// Hand-written: footnote numbers survive extraction as superscripts, digits glued to a word or "?"; recovering them is specific to these documents.
import type { Line } from './types.ts';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/** "¹²" -> 12. */
export function superscriptToNumber(s: string): number {
  return Number([...s].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join(''));
}

/** A footnote text found in the body and moved out of it. */
export interface FootnoteText {
  n: number;
  /** Footnote text without its number. */
  text: string;
  /** The number exactly as printed before the text ("1" in "1See", "¹" in "¹ See"). */
  label: string;
  /** Line indexes the footnote occupied. */
  indexes: number[];
}

/** Footnote text start: a superscript number, or a number glued to a capitalised word ("1See"). */
export function footnoteStart(text: string): { n: number; label: string; rest: string } | null {
  const sup = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/u.exec(text);
  if (sup?.[1] && sup[2]) return { n: superscriptToNumber(sup[1]), label: sup[1], rest: sup[2] };
  const glued = /^(\d{1,2})(\p{Lu}\p{Ll}.*)$/u.exec(text);
  if (glued?.[1] && glued[2]) return { n: Number(glued[1]), label: glued[1], rest: glued[2] };
  return null;
}

/**
 * Finds footnote texts from line index `from` on, numbered 1, 2, 3... in
 * order (a line only counts as a footnote when it carries the next number);
 * a footnote runs on over following lines until a blank line, a page break
 * or the next footnote.
 */
export function extractFootnoteTexts(
  lines: readonly Line[],
  from: number,
  skip: ReadonlySet<number>,
): FootnoteText[] {
  const found: FootnoteText[] = [];
  for (let i = from; i < lines.length; i++) {
    if (skip.has(i)) continue;
    const start = footnoteStart(lines[i]?.text ?? '');
    if (!start || start.n !== found.length + 1) continue;
    const indexes = [i];
    const parts = [start.rest];
    for (let k = i + 1; k < lines.length; k++) {
      const l = lines[k];
      if (!l || !l.text || l.pageStart || skip.has(k) || footnoteStart(l.text)) break;
      parts.push(l.text);
      indexes.push(k);
    }
    found.push({ n: start.n, label: start.label, text: parts.join(' '), indexes });
    i = indexes.at(-1) ?? i;
  }
  return found;
}

/** Where a footnote's marker was found and how it was printed. */
export interface LinkedMarker {
  n: number;
  /** The marker as extracted ("¹", or "?" where extraction garbled it). */
  printed: string;
}

/**
 * Replaces footnote markers in block texts (document order) by `[^n]`:
 * superscript numbers that name a footnote, then, for footnotes still
 * without a marker, a "?" standing right after closing punctuation (how
 * extraction renders an unreadable superscript), assigned in order.
 */
export function linkMarkers(
  texts: readonly string[],
  footnoteNumbers: readonly number[],
): { texts: string[]; markers: LinkedMarker[] } {
  const wanted = new Set(footnoteNumbers);
  const markers: LinkedMarker[] = [];
  const linked = new Set<number>();
  let out = texts.map((t) =>
    t.replace(SUPERSCRIPT_RUN, (m: string, offset: number) => {
      const n = superscriptToNumber(m);
      if (offset === 0 || !wanted.has(n) || linked.has(n)) return m;
      linked.add(n);
      markers.push({ n, printed: m });
      return `[^${n}]`;
    }),
  );
  const pending = [...wanted].filter((n) => !linked.has(n)).sort((a, b) => a - b);
  if (pending.length > 0) {
    out = out.map((t) =>
      t.replace(/(?<=[.,;:)”"’])\?(?=\s|$)/g, (m: string) => {
        const n = pending.shift();
        if (n === undefined) return m;
        markers.push({ n, printed: m });
        return `[^${n}]`;
      }),
    );
  }
  return { texts: out, markers: markers.sort((a, b) => a.n - b.n) };
}
