// Hand-written: running headers, footers and page numbers are told from body text by their repetition in this document; text extractors do not mark them.
import { coverAt, type Cover, PRINTED_DATE_SOURCE, titleHeader } from './cover.ts';
import { matchHeading } from './headings.ts';
import { LIST_MARKER } from './paragraphs.ts';
import type { Line, RemovedFurniture } from './types.ts';

/** Page numbers as printed in footers: "3", "Page 3", "Page 3 of 12", "3 / 12", "- 3 -". */
export const PAGE_NUMBER = /^(?:page\s+)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:of|\/)\s*\d{1,3})?$/i;

function blankOrEdge(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  return !l || l.text === '';
}

/** True when line i stands alone: blank (or a page edge) before and after it. */
export function isIsolated(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  if (!line) return false;
  const before = line.pageStart || blankOrEdge(lines, i - 1);
  const after = blankOrEdge(lines, i + 1) || Boolean(lines[i + 1]?.pageStart);
  return before && after;
}

function lastTextBefore(lines: readonly Line[], i: number): string {
  for (let k = i - 1; k >= 0; k--) {
    const t = lines[k]?.text;
    if (t) return t;
  }
  return '';
}

/**
 * A stray extraction fragment such as "ok w": alone between blank lines,
 * at most two words and four letters, lower case, no punctuation, after a
 * finished sentence (so it cannot be the end of one).
 */
export function isNoiseLine(lines: readonly Line[], i: number): boolean {
  const t = lines[i]?.text ?? '';
  if (!t || !isIsolated(lines, i)) return false;
  const words = t.split(/\s+/);
  const letters = t.replace(/[^\p{L}]/gu, '');
  return (
    words.length <= 2 &&
    letters.length <= 4 &&
    /^[\p{Ll}\s]+$/u.test(t) &&
    /[.;:!?]["'”’)]*$/.test(lastTextBefore(lines, i))
  );
}

function pageEdges(lines: readonly Line[]): number[] {
  const edges: number[] = [];
  let firstOfPage = -1;
  let lastText = -1;
  lines.forEach((l, i) => {
    if (!l.text) return;
    if (l.pageStart) {
      if (lastText >= 0) edges.push(lastText);
      edges.push(i);
      firstOfPage = i;
    }
    lastText = i;
  });
  if (lastText >= 0 && lastText !== firstOfPage) edges.push(lastText);
  return edges;
}

/** Dates anywhere in a line, in every printed form (see PRINTED_DATE_SOURCE). */
const DATES = new RegExp(PRINTED_DATE_SOURCE, 'gi');

/**
 * What a running header or footer keeps from page to page: the line with
 * its dates masked as `<DATE>` and its numbers as `#`, spaces collapsed,
 * upper case. "POSTED JANUARY 11, 2021    4" -> "POSTED <DATE> #".
 */
export function furnitureKey(text: string): string {
  return text
    .replace(DATES, '<DATE>')
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}

/** A footer printing a status or dated event and the page number: "POSTED <DATE> 4", "DRAFT 01-11-2021 Page 4". */
const DATED_FOOTER =
  /^(?:DRAFT(?: FOR PUBLIC COMMENT)?|FINAL|POSTED|PUBLISHED|UPDATED|LAST UPDATED|REVISED)\b[ :,–—-]*<DATE>[ ,|–—-]*(?:PAGE )?#(?: (?:OF|\/) #)?$/;

/** A page number line: "Page 3", "PAGE 3 OF 12", "Page 3/12" (masked). */
const PAGE_LINE = /^PAGE #(?: ?(?:OF|\/) ?#)?$/;

/** Words that only page furniture prints next to a page number or date. */
const FURNITURE_WORDS = /\b(?:IMPACT (?:&|AND) USE POLICY|POSTED|DRAFT|UPDATED|PAGE)\b/;

/** Ends like a sentence or a clause: a line of text, not a header. */
const SENTENCE_PIECE_END = /[.,;:!?]["'”’)\]]*$/u;

/**
 * A line that can be a running header or footer: short, with a number or a
 * date that can change from page to page, not a piece of a sentence (it
 * neither starts in lower case nor ends with punctuation), not a list item
 * and not a heading.
 */
function furnitureCandidate(text: string): boolean {
  const key = furnitureKey(text);
  const letters = key.replace(/<DATE>/g, '').replace(/[^\p{L}]/gu, '');
  return (
    text.length <= 160 &&
    /#|<DATE>/.test(key) &&
    letters.length >= 3 &&
    !/^\p{Ll}/u.test(text) &&
    !SENTENCE_PIECE_END.test(text) &&
    !LIST_MARKER.test(text) &&
    !matchHeading(text)
  );
}

/**
 * Lines repeated through the document with a changing page number or date:
 * the same key (furnitureKey) at least three times, or twice when the key
 * names the title or a furniture word ("POSTED", "DRAFT", "PAGE"); printed
 * at least two ways (the number or date changes); and at a regular spacing,
 * counted in lines of text: at least three lines apart and the longest gap
 * at most four times the shortest (a page without its header, or a full-page
 * table, doubles a gap). Found without page breaks, so they are found where
 * extraction lost them. Returns each group's line indexes.
 */
export function repeatedFurniture(
  lines: readonly Line[],
  title: string | null,
): { key: string; indexes: number[] }[] {
  const ordinal = new Map<number, number>();
  const groups = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (!l.text) return;
    ordinal.set(i, ordinal.size);
    if (!furnitureCandidate(l.text)) return;
    const key = furnitureKey(l.text);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const titleKey = title ? furnitureKey(title) : null;
  const out: { key: string; indexes: number[] }[] = [];
  for (const [key, indexes] of groups) {
    const named = FURNITURE_WORDS.test(key) || (titleKey !== null && key.includes(titleKey));
    if (indexes.length < (named ? 2 : 3)) continue;
    const printed = new Set(indexes.map((i) => (lines[i]?.text ?? '').replace(/\s+/g, ' ')));
    if (printed.size < 2) continue;
    const at = indexes.map((i) => ordinal.get(i) ?? 0);
    const gaps = at.slice(1).map((p, k) => p - (at[k] ?? 0));
    const shortest = Math.min(...gaps);
    if (shortest < 3 || Math.max(...gaps) > shortest * 4) continue;
    out.push({ key, indexes });
  }
  return out;
}

/**
 * Finds page furniture: the title repeated as a running header (alone, or
 * with a status, date and page number after it), dated footers with a page
 * number, page numbers, lines repeated at the top or bottom of three or more
 * pages, lines repeated through the document with a changing page number or
 * date (repeatedFurniture: found with or without page breaks) and stray
 * extraction fragments. `title` is the technology as printed on the cover,
 * when known. Returns the line indexes to drop and the report entries
 * (nothing is dropped silently).
 */
export function findFurniture(
  lines: readonly Line[],
  cover: Cover | null,
  title: string | null = cover?.technology ?? null,
): { drop: Set<number>; removed: RemovedFurniture[] } {
  const drop = new Set<number>();
  const removed: RemovedFurniture[] = [];
  const coverIdx = new Set(cover?.indexes ?? []);
  const take = (idx: number[], reason: string): void => {
    const first = idx[0];
    if (first === undefined || idx.some((k) => drop.has(k))) return;
    idx.forEach((k) => drop.add(k));
    removed.push({
      line: lines[first]?.n ?? first + 1,
      text: idx.map((k) => lines[k]?.text ?? '').join('\n'),
      reason,
    });
  };

  // Lines repeated at page edges (running headers and footers), page numbers normalised.
  const edgeCounts = new Map<string, number>();
  const edges = pageEdges(lines);
  const key = (t: string): string => t.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  for (const i of edges) {
    const k = key(lines[i]?.text ?? '');
    edgeCounts.set(k, (edgeCounts.get(k) ?? 0) + 1);
  }
  const repeated = new Map<number, string>();
  for (const g of repeatedFurniture(lines, title))
    for (const i of g.indexes)
      repeated.set(
        i,
        `running header or footer (repeated ${g.indexes.length} times at a regular spacing, its page number or date changing)`,
      );

  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]?.text ?? '';
    if (!t || coverIdx.has(i)) continue;
    const repeat = coverAt(lines, i);
    if (repeat && !repeat.indexes.some((k) => coverIdx.has(k))) {
      take(repeat.indexes, 'running header (the title repeated)');
      i = repeat.indexes.at(-1) ?? i;
      continue;
    }
    if (titleHeader(t)) {
      take([i], 'running header (the title with its status, date or page number)');
      continue;
    }
    if (DATED_FOOTER.test(furnitureKey(t))) {
      take([i], 'running footer (a date and the page number)');
      continue;
    }
    if (PAGE_LINE.test(furnitureKey(t))) {
      take([i], 'page number');
      continue;
    }
    const count = edgeCounts.get(key(t)) ?? 0;
    if (count >= 3 && edges.includes(i) && t.length <= 80 && !matchHeading(t)) {
      take([i], `running header or footer (repeated on ${count} pages)`);
      continue;
    }
    const reason = repeated.get(i);
    if (reason) take([i], reason);
  }
  // Page numbers and stray fragments stand alone once the furniture around them is gone.
  const view = lines.map((l, i) => (drop.has(i) ? { ...l, text: '' } : l));
  for (let i = 0; i < view.length; i++) {
    const t = view[i]?.text ?? '';
    if (!t || coverIdx.has(i)) continue;
    if (PAGE_NUMBER.test(t) && isIsolated(view, i)) take([i], 'page number');
    else if (isNoiseLine(view, i)) take([i], 'stray extraction fragment');
    else continue;
    view[i] = { ...(view[i] as Line), text: '' };
  }
  return { drop, removed: removed.sort((a, b) => a.line - b.line) };
}
