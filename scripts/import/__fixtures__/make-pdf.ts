/**
 * Test support: turns an extracted policy text back into a PDF like the
 * published ones (a running header and a page number on every page, one
 * page per page of the source text), deterministically and with standard
 * fonts only, so tests need neither LibreOffice nor network.
 */
import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { footnoteStart } from '../footnotes.ts';
import { findHeadings, isCapsLine } from '../headings.ts';
import { linesFromText } from '../lines.ts';
import { endsSentence, LIST_MARKER } from '../paragraphs.ts';
import { CELL_GAP } from '../tables.ts';
import { read, sampleInput } from './sample.ts';

const TRANSLITERATE: Record<string, string> = { '⁰': '0', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

/** Replaces characters the font's WinAnsi encoding cannot hold. */
function encodable(font: PDFFont, text: string): string {
  return [...text]
    .map((c) => {
      try {
        font.encodeText(c);
        return c;
      } catch {
        return TRANSLITERATE[c] ?? (c.normalize('NFKD').replace(/[^\x20-\x7e]/g, '') || '?');
      }
    })
    .join('');
}

/** Builds the PDF: Letter pages, Helvetica 9 pt, `header` on top and "Page n" at the foot of each page. */
export async function textToPdf(text: string, header: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date(Date.UTC(2023, 3, 11)));
  doc.setModificationDate(new Date(Date.UTC(2023, 3, 11)));
  doc.setProducer('post-act-portal test fixture');
  doc.setCreator('post-act-portal test fixture');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const size = 9;
  const leading = 11;
  const top = 792 - 72;
  const bottom = 60;
  const pages: string[][] = [];
  for (const l of linesFromText(text)) {
    if (l.pageStart || pages.length === 0) pages.push([]);
    pages.at(-1)?.push(l.text);
  }
  pages.forEach((lines, i) => {
    const page = doc.addPage([612, 792]);
    page.drawText(header, { x: 54, y: 792 - 40, size, font: bold });
    let y = top;
    for (const line of lines) {
      if (y < bottom) throw new Error(`page ${i + 1} of the fixture overflows`);
      if (line) page.drawText(encodable(font, line), { x: 54, y, size, font });
      y -= leading;
    }
    const label = `Page ${i + 1}`;
    page.drawText(label, { x: 306 - font.widthOfTextAtSize(label, size) / 2, y: 30, size, font });
  });
  return doc.save({ useObjectStreams: false });
}

/** The Unicode font the round trip embeds, from Debian's fonts-dejavu-core package. */
export const UNICODE_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** The font's bytes; throws naming the Debian package when it is not installed. */
export function unicodeFont(path = UNICODE_FONT): Uint8Array {
  if (!existsSync(path))
    throw new Error(
      `${path} not found: the PDF round trip embeds DejaVu Sans. Install the Debian package fonts-dejavu-core (apt-get install fonts-dejavu-core); .ci/run must install it when missing.`,
    );
  return new Uint8Array(readFileSync(path));
}

/** A line as drawn: one column, or two table cells; `keep` forbids a page break before it. */
interface Drawn {
  cells: string[];
  keep: boolean;
}

/** A continuation piece must not open a line that reads as a list item, footnote or heading. */
function badLineStart(piece: string): boolean {
  return LIST_MARKER.test(piece) || footnoteStart(piece) !== null || /^\(?\d/.test(piece);
}

/** Text width from cached character widths (kerning aside): fontkit lays out a whole string slowly. */
function measurer(font: PDFFont, size: number): (text: string) => number {
  const widths = new Map<string, number>();
  return (text) => {
    let w = 0;
    for (const c of text) {
      let cw = widths.get(c);
      if (cw === undefined) {
        cw = font.widthOfTextAtSize(c, size);
        widths.set(c, cw);
      }
      w += cw;
    }
    return w;
  };
}

/** Breaks `text` into lines no wider than `width` at spaces, never opening a line as badLineStart would. */
function wrap(text: string, measure: (t: string) => number, width: number): string[] {
  const words = text.split(' ');
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && measure(next) > width && !badLineStart(w) && !isCapsLine(w)) {
      out.push(line);
      line = w;
    } else line = next;
  }
  out.push(line);
  return out;
}

/**
 * Typesets an extracted policy text as a PDF with an embedded Unicode font
 * (DejaVu Sans through @pdf-lib/fontkit), so every character survives,
 * superscript footnote markers (¹ ² ³ ⁴ ⁵) and curly quotes included:
 * Letter pages, a running header and "Page n" on each, long lines wrapped,
 * tab-separated table rows set as two columns. A page ends at the source's
 * page breaks, and otherwise when full at the last place where a break
 * cannot change the reading: a blank line or inside a sentence, never
 * inside a heading or footnote.
 */
export async function textToUnicodePdf(
  text: string,
  header: string,
  fontBytes: Uint8Array = unicodeFont(),
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setCreationDate(new Date(Date.UTC(2023, 3, 11)));
  doc.setModificationDate(new Date(Date.UTC(2023, 3, 11)));
  doc.setProducer('post-act-portal test fixture');
  doc.setCreator('post-act-portal test fixture');
  const font = await doc.embedFont(fontBytes, { subset: true });
  const size = 9;
  const leading = 11;
  const left = 54;
  const second = 300;
  const top = 792 - 72;
  const perPage = Math.floor((top - 60) / leading);
  const measure = measurer(font, size);

  const source = linesFromText(text);
  const state = read({ ...sampleInput(text), fileName: 'x.txt' });
  const footnoteLines = new Set(state.footnotes.flatMap((f) => f.indexes));
  const headingInside = new Set<number>();
  for (const h of findHeadings(source)) for (let i = h.start + 1; i < h.end; i++) headingInside.add(i);

  // Pages as the source breaks them, each a list of drawn lines.
  const pages: Drawn[][] = [];
  source.forEach((l, i) => {
    const current = pages.at(-1);
    if (!current || (l.pageStart && current.some((d) => d.cells.some(Boolean)))) pages.push([]);
    const page = pages.at(-1) as Drawn[];
    const prev = source[i - 1]?.text ?? '';
    const keepFirst =
      headingInside.has(i) || (footnoteLines.has(i) && footnoteLines.has(i - 1) && prev !== '') || (prev !== '' && l.text !== '' && endsSentence(prev));
    if (!l.text) {
      page.push({ cells: [''], keep: false });
      return;
    }
    if (CELL_GAP.test(l.text)) {
      const [a = '', ...rest] = l.text.split(CELL_GAP);
      const colA = wrap(a, measure, 200);
      const colB = wrap(rest.join(' '), measure, 612 - left - second - 10);
      for (let k = 0; k < Math.max(colA.length, colB.length); k++)
        page.push({ cells: [colA[k] ?? '', colB[k] ?? ''], keep: k > 0 || keepFirst });
      return;
    }
    wrap(l.text, measure, 612 - 2 * left).forEach((piece, k, all) =>
      page.push({
        cells: [piece],
        keep: k === 0 ? keepFirst : footnoteLines.has(i) || endsSentence(all[k - 1] ?? ''),
      }),
    );
  });

  // Full pages end at the last line before which a break is allowed.
  const laidOut: Drawn[][] = [];
  for (const page of pages) {
    let rest = page;
    while (rest.length > perPage) {
      let cut = perPage;
      while (cut > perPage / 2 && rest[cut]?.keep) cut--;
      if (cut <= perPage / 2) throw new Error('no place to break a page in the fixture');
      laidOut.push(rest.slice(0, cut));
      rest = rest.slice(cut);
      while (rest[0]?.cells.every((c) => !c)) rest = rest.slice(1);
    }
    laidOut.push(rest);
  }

  const draw = (page: PDFPage, t: string, x: number, y: number): void => {
    if (t) page.drawText(t, { x, y, size, font, lineHeight: leading });
  };
  laidOut.forEach((lines, i) => {
    const page = doc.addPage([612, 792]);
    draw(page, header, left, 792 - 40);
    // One call per column (blank lines keep their place): fontkit lays out each call slowly.
    draw(page, lines.map((l) => l.cells[0] ?? '').join('\n'), left, top);
    lines.forEach((l, k) => {
      if (l.cells.length > 1) draw(page, l.cells[1] ?? '', second, top - k * leading);
    });
    const label = `Page ${i + 1}`;
    draw(page, label, 306 - font.widthOfTextAtSize(label, size) / 2, 30);
  });
  return doc.save({ useObjectStreams: false });
}
