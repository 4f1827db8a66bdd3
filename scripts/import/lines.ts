// Hand-written: page starts are signalled by the extraction's own conventions (form feeds, indented first lines).
import type { Line } from './types.ts';

const SUPERSCRIPT_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/** Typographic ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ): one glyph for two or three letters in the typeset PDF. */
const LIGATURE = /[\ufb00-\ufb06]/g;

/**
 * A line's characters as printed: odd spaces become plain spaces and a
 * ligature its letters ("ﬁnal" -> "final"), so that words read the same
 * whatever the PDF's font did with them.
 */
export function normaliseCharacters(text: string): string {
  return text.replace(SUPERSCRIPT_SPACE, ' ').replace(LIGATURE, (c) => c.normalize('NFKC'));
}

/**
 * Splits extracted text into lines. A form feed or leading whitespace marks
 * the first line of a page (that is how text extraction of the published PDFs
 * signals page breaks); trailing whitespace is dropped, inner tabs are kept
 * (they separate table cells); odd spaces and ligatures are normalised
 * (normaliseCharacters).
 */
export function linesFromText(text: string): Line[] {
  const raw = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const lines: Line[] = [];
  let nextIsPageStart = true;
  raw.forEach((r, i) => {
    let t = normaliseCharacters(r);
    let pageStart = nextIsPageStart;
    if (t.includes('\f')) {
      pageStart = true;
      t = t.replace(/\f/g, '');
    }
    if (/^[ \t]+\S/.test(t)) pageStart = true;
    t = t.trim() === '' ? '' : t.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
    // The page-start flag belongs to the first non-blank line of the page.
    nextIsPageStart = pageStart && t === '';
    lines.push({ n: i + 1, text: t, pageStart: pageStart && t !== '' });
  });
  return lines;
}

/** Builds lines from per-page line lists (PDF extraction): the first line of each page starts a page. */
export function linesFromPages(pages: readonly (readonly string[])[]): Line[] {
  const lines: Line[] = [];
  for (const page of pages) {
    let first = true;
    for (const raw of page) {
      const t = normaliseCharacters(raw).trim();
      lines.push({ n: lines.length + 1, text: t, pageStart: first && t !== '' });
      if (t !== '') first = false;
    }
  }
  return lines;
}
