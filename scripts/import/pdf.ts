// Hand-written on top of unpdf: it returns positioned text items, not lines; lines, table gaps and raised footnote digits are rebuilt here.
import { extractTextItems, getDocumentProxy } from 'unpdf';

/** A positioned text item, as PDF text extraction returns it. */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The font size most of the page's text is set in. */
function bodySize(items: readonly PositionedText[]): number {
  const weight = new Map<number, number>();
  for (const it of items) weight.set(it.fontSize, (weight.get(it.fontSize) ?? 0) + it.str.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 10;
}

/**
 * Rebuilds the lines of one page from positioned text items: items on the
 * same baseline form a line (left to right, a wide gap read as a tab between
 * table cells); a vertical gap well above the usual line spacing becomes a
 * blank line, as in text extracted from the PDF by other tools. Small raised
 * digits (footnote markers and footnote numbers) join the line they stand on
 * and are written as superscript digits.
 */
export function pageLines(items: readonly PositionedText[]): string[] {
  const size = bodySize(items);
  const isRaised = (it: PositionedText): boolean =>
    it.fontSize < size * 0.85 && /^\s*\d+\s*$/.test(it.str);
  const rows = new Map<number, PositionedText[]>();
  const raised: PositionedText[] = [];
  // Whitespace-only items (spacing pdf.js infers) never open a line of their own.
  const spaces = items.filter((it) => it.str && !it.str.trim());
  for (const it of items) {
    if (!it.str.trim()) continue;
    if (isRaised(it)) {
      raised.push(it);
      continue;
    }
    const key = Math.round(it.y * 2) / 2;
    const row = [...rows.entries()].find(([y]) => Math.abs(y - key) <= 1.5);
    if (row) row[1].push(it);
    else rows.set(key, [it]);
  }
  for (const it of raised) {
    const below = [...rows.entries()].find(([y]) => it.y >= y - 1.5 && it.y - y < size * 0.8);
    const sup = { ...it, str: it.str.trim().replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d) };
    if (below) below[1].push(sup);
    else rows.set(Math.round(it.y * 2) / 2, [sup]);
  }
  for (const it of spaces) {
    const row = [...rows.entries()].find(([y]) => Math.abs(y - it.y) <= size * 0.8);
    row?.[1].push(it);
  }
  const sorted = [...rows.entries()].sort((a, b) => b[0] - a[0]);
  const gaps: number[] = [];
  for (let i = 1; i < sorted.length; i++)
    gaps.push((sorted[i - 1]?.[0] ?? 0) - (sorted[i]?.[0] ?? 0));
  const usual = [...gaps].sort((a, b) => a - b)[Math.floor((gaps.length - 1) / 2)] ?? 0;
  const out: string[] = [];
  sorted.forEach(([, row], i) => {
    if (i > 0 && usual > 0 && (gaps[i - 1] ?? 0) > usual * 1.5) out.push('');
    const parts = [...row].sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const p of parts) {
      const gap = p.x - end;
      const pSize = p.fontSize || size;
      if (text && gap > pSize * 2) text += '\t';
      else if (text && gap > pSize * 0.15 && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
      text += p.str;
      end = p.x + p.width;
    }
    out.push(text.replace(/ +\t/g, '\t').replace(/\t +/g, '\t').trimEnd());
  });
  return out;
}

/** Extracts the lines of every page of a PDF. Throws when the bytes are not a readable PDF. */
export async function pdfToPages(bytes: Uint8Array): Promise<string[][]> {
  // verbosity 0: pdf.js recovery notes ("Indexing all PDF objects") stay quiet; real failures still throw.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  const { items } = await extractTextItems(pdf);
  return items.map((page) => pageLines(page));
}
