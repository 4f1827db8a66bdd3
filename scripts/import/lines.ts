// Hand-written: page starts are signalled by the extraction's own conventions (form feeds, indented first lines).
import type { Line } from './types.ts';

const SUPERSCRIPT_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Splits extracted text into lines. A form feed or leading whitespace marks
 * the first line of a page (that is how text extraction of the published PDFs
 * signals page breaks); trailing whitespace is dropped, inner tabs are kept
 * (they separate table cells).
 */
export function linesFromText(text: string): Line[] {
  const raw = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const lines: Line[] = [];
  let nextIsPageStart = true;
  raw.forEach((r, i) => {
    let t = r.replace(SUPERSCRIPT_SPACE, ' ');
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
      const t = raw.replace(SUPERSCRIPT_SPACE, ' ').trim();
      lines.push({ n: lines.length + 1, text: t, pageStart: first && t !== '' });
      if (t !== '') first = false;
    }
  }
  return lines;
}
