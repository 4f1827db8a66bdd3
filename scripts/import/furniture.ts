// Hand-written: running headers, footers and page numbers are told from body text by their repetition in this document; text extractors do not mark them.
import { coverAt, type Cover } from './cover.ts';
import { matchHeading } from './headings.ts';
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

/**
 * Finds page furniture: the title repeated as a running header, lines
 * repeated at the top or bottom of three or more pages, page numbers and
 * stray extraction fragments. Returns the line indexes to drop and the
 * report entries (nothing is dropped silently).
 */
export function findFurniture(
  lines: readonly Line[],
  cover: Cover | null,
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

  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]?.text ?? '';
    if (!t || coverIdx.has(i)) continue;
    const repeat = coverAt(lines, i);
    if (repeat && !repeat.indexes.some((k) => coverIdx.has(k))) {
      take(repeat.indexes, 'running header (the title repeated)');
      i = repeat.indexes.at(-1) ?? i;
      continue;
    }
    if (PAGE_NUMBER.test(t) && isIsolated(lines, i)) {
      take([i], 'page number');
      continue;
    }
    const count = edgeCounts.get(key(t)) ?? 0;
    if (count >= 3 && edges.includes(i) && t.length <= 80 && !matchHeading(t)) {
      take([i], `running header or footer (repeated on ${count} pages)`);
      continue;
    }
    if (isNoiseLine(lines, i)) take([i], 'stray extraction fragment');
  }
  return { drop, removed };
}
