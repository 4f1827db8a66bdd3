/**
 * Test support: turns an extracted policy text back into a PDF like the
 * published ones (a running header and a page number on every page, one
 * page per page of the source text), deterministically and with standard
 * fonts only, so tests need neither LibreOffice nor network.
 */
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { linesFromText } from '../lines.ts';

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
