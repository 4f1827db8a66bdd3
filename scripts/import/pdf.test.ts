import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parsePolicyBody } from '../../src/lib/policy/body.ts';
import { importKept, POLICY_FILES } from './__fixtures__/load.ts';
import { textToPdf, textToUnicodePdf, unicodeFont } from './__fixtures__/make-pdf.ts';
import { checkNothingLost } from './check.ts';
import { linesFromPages } from './lines.ts';
import { pageLines, pdfToPages } from './pdf.ts';
import { importPolicy } from './pipeline.ts';

describe('pageLines', () => {
  const item = (str: string, x: number, y: number, width = str.length * 5) => ({
    str,
    x,
    y,
    width,
    fontSize: 10,
  });

  it('orders lines top to bottom and items left to right, spacing separate words', () => {
    expect(
      pageLines([item('world', 80, 700), item('second', 50, 688), item('hello', 50, 700.4)]),
    ).toEqual(['hello world', 'second']);
  });

  it('reads a vertical gap well above the line spacing as a blank line', () => {
    expect(
      pageLines([item('a', 50, 700), item('b', 50, 688), item('c', 50, 664), item('d', 50, 652)]),
    ).toEqual(['a', 'b', '', 'c', 'd']);
  });

  it('joins small raised digits to the line below them as superscript footnote markers', () => {
    const small = (str: string, x: number, y: number) => ({ str, x, y, width: 3, fontSize: 6 });
    expect(
      pageLines([
        item('legally disposed.', 50, 700, 85),
        small('4', 135.5, 703.5),
        item('Published annually', 142, 700),
        item('by the Archives.', 50, 688),
        small('4', 50, 103.5),
        item('See N.Y. Arts & Cult. Aff. Law.', 55, 100),
      ]),
    ).toEqual([
      'legally disposed.⁴ Published annually',
      'by the Archives.',
      '',
      '⁴ See N.Y. Arts & Cult. Aff. Law.',
    ]);
  });

  it('reads a wide horizontal gap as a tab between table cells', () => {
    expect(
      pageLines([item('Update', 50, 700, 30), item('Description of Update', 300, 700)]),
    ).toEqual(['Update\tDescription of Update']);
  });
});

describe('importing a PDF', () => {
  it('rejects bytes that are not a PDF', async () => {
    await expect(pdfToPages(new TextEncoder().encode('%PDF-1.7\nnot really'))).rejects.toThrow();
  });

  it('gives the same sections, paragraphs and body as the text the PDF was made from', async () => {
    const { input, result: fromText, text } = importKept('facial-recognition.txt');
    const pdf = await textToPdf(text, 'FACIAL RECOGNITION: IMPACT & USE POLICY');
    const pages = await pdfToPages(pdf);
    expect(pages.length).toBeGreaterThan(5);
    const lines = linesFromPages(pages);
    const fromPdf = importPolicy({
      ...input,
      lines,
      fileName: 'facial-recognition.pdf',
      format: 'pdf',
    });

    expect(fromPdf.slug).toBe('facial-recognition');
    expect(fromPdf.frontmatter.sections).toEqual(fromText.frontmatter.sections);
    expect(parsePolicyBody(fromPdf.body)).toEqual(parsePolicyBody(fromText.body));
    expect(fromPdf.body).toBe(fromText.body);
    expect(fromPdf.frontmatter.changes).toEqual(fromText.frontmatter.changes);
    expect(fromPdf.frontmatter.footnotes).toEqual(fromText.frontmatter.footnotes);
    expect(fromPdf.frontmatter.source.format).toBe('pdf');

    const furniture = fromPdf.report.removedFurniture.map((r) => r.reason);
    expect(furniture.filter((r) => r.startsWith('running header'))).toHaveLength(pages.length - 1);
    expect(
      furniture.filter((r) => r === 'page number' || r.startsWith('running header or footer')),
    ).toHaveLength(pages.length);
    expect(checkNothingLost(lines, fromPdf).ok).toBe(true);
  });

  it('links a footnote whose marker is a small raised number, as typeset PDFs print it', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([612, 792]);
    const lines = [
      'DRONES: IMPACT & USE POLICY',
      '',
      'POLICIES & PROCEDURES RELATING TO RETENTION, ACCESS & USE OF THE DATA',
      'Records may be legally disposed.',
      'Published annually by the Archives.',
    ];
    lines.forEach((t, i) => page.drawText(t, { x: 54, y: 720 - i * 12, size: 10, font }));
    const markerX = 54 + font.widthOfTextAtSize('Records may be legally disposed.', 10);
    page.drawText('1', { x: markerX, y: 720 - 3 * 12 + 4, size: 6, font });
    page.drawText('1', { x: 54, y: 84, size: 6, font });
    page.drawText('See N.Y. Arts & Cult. Aff. Law § 57.19.', { x: 58, y: 80, size: 10, font });
    const pages = await pdfToPages(await doc.save());
    const result = importPolicy({
      lines: linesFromPages(pages),
      fileName: 'drones.pdf',
      sha256: '0'.repeat(64),
      format: 'pdf',
    });
    expect(result.slug).toBe('drones');
    expect(result.frontmatter.footnotes).toEqual([
      { n: 1, text: 'See N.Y. Arts & Cult. Aff. Law § 57.19.', ref: 'retention-p1' },
    ]);
    expect(result.body).toContain('legally disposed.[^1] Published annually');
  });
});

describe('a PDF round trip with an embedded Unicode font (DejaVu Sans, Debian fonts-dejavu-core)', () => {
  // Each test fails (never skips) without the font, naming the Debian package to install.
  let bytes: Uint8Array | undefined;
  const font = (): Uint8Array => (bytes ??= unicodeFont());

  it.each(POLICY_FILES)(
    '%s: typeset and extracted again, it imports to the same entry as its text',
    async (fileName) => {
      const { input, result: fromText, text } = importKept(fileName);
      const title = fileName
        .replace(/\.txt$/, '')
        .replace(/-/g, ' ')
        .toUpperCase();
      const pages = await pdfToPages(
        await textToUnicodePdf(text, `${title}: IMPACT & USE POLICY`, font()),
      );
      expect(pages.length).toBeGreaterThan(3);
      const lines = linesFromPages(pages);
      const fromPdf = importPolicy({
        ...input,
        lines,
        fileName: fileName.replace(/\.txt$/, '.pdf'),
        format: 'pdf',
      });

      expect(fromPdf.slug).toBe(fromText.slug);
      expect(parsePolicyBody(fromPdf.body)).toEqual(parsePolicyBody(fromText.body));
      expect(fromPdf.body).toBe(fromText.body);
      expect(fromPdf.frontmatter.sections).toEqual(fromText.frontmatter.sections);
      expect(fromPdf.frontmatter.footnotes).toEqual(fromText.frontmatter.footnotes);
      expect(fromPdf.frontmatter.changes).toEqual(fromText.frontmatter.changes);
      expect(fromPdf.frontmatter.addenda).toEqual(fromText.frontmatter.addenda);
      expect(fromPdf.frontmatter.status).toBe(fromText.frontmatter.status);
      expect(fromPdf.frontmatter.updated).toBe(fromText.frontmatter.updated);
      expect(fromPdf.report.unassignedText).toEqual([]);
      expect(fromPdf.report.unknownHeadings).toEqual([]);
      // One running header and one page number per page, each removed and listed.
      const furniture = fromPdf.report.removedFurniture.map((r) => r.text);
      expect(furniture.filter((t) => /^Page \d+$/.test(t))).toHaveLength(pages.length);
      expect(checkNothingLost(lines, fromPdf).ok).toBe(true);
    },
  );

  it("keeps the thermographic cameras policy's superscript footnote markers, which a WinAnsi font cannot print", async () => {
    const { text } = importKept('thermographic-cameras.txt');
    const pages = await pdfToPages(
      await textToUnicodePdf(text, 'THERMOGRAPHIC CAMERAS: IMPACT & USE POLICY', font()),
    );
    const extracted = pages.flat().join('\n');
    for (const marker of ['¹', '²', '³', '⁴', '⁵']) expect(extracted).toContain(marker);
    expect(extracted).toContain("Both the NYPD's manned² and unmanned³ aircraft");
  });

  it('names the Debian package when the font is missing', () => {
    expect(() => unicodeFont('/nonexistent/DejaVuSans.ttf')).toThrow(/fonts-dejavu-core/);
  });
});
