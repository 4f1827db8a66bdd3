// Hand-written: the cover and date lines are the NYPD policies' own layout, which no library knows.
import { findHeadings } from './headings.ts';
import type { Line } from './types.ts';

/** "<TECHNOLOGY>: IMPACT AND USE POLICY" (or "& USE"), possibly in bold markers. */
export const COVER_LINE = /^\**\s*(.+?)\s*:\s*IMPACT\s+(?:AND|&)\s+USE\s+POLICY\s*\**$/i;

/** A printed document date: "Posted April 11, 2023", "Updated: April 11, 2023". */
export const DATE_LINE =
  /^(Posted|Updated|Last\s+updated)\s*:?\s+((January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s*\d{4})\.?$/i;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "April 11, 2023" -> "2023-04-11", or null when it is not such a date. */
export function parsePrintedDate(printed: string): string | null {
  const m = /^([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})$/.exec(printed.trim());
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1;
  const day = Number(m[2]);
  const year = Number(m[3]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || day < 1 || day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The cover (title) line: where it is and the technology it names. */
export interface Cover {
  /** Line indexes the cover occupies (one, or two when split). */
  indexes: number[];
  printed: string;
  /** Technology as printed, e.g. "THERMOGRAPHIC CAMERAS". */
  technology: string;
}

/** Matches the cover line at index i (alone, or joined with the next line), or null. */
export function coverAt(lines: readonly Line[], i: number): Cover | null {
  const a = lines[i]?.text ?? '';
  if (!a) return null;
  const one = COVER_LINE.exec(a);
  if (one?.[1]) return { indexes: [i], printed: a, technology: one[1].replace(/^\**/, '').trim() };
  const b = lines[i + 1]?.text ?? '';
  if (!b) return null;
  const joined = `${a} ${b}`;
  const two = COVER_LINE.exec(joined);
  // Only a title broken inside itself: "<TECHNOLOGY>:" / "IMPACT & USE POLICY".
  if (two?.[1] && (/:\**$/.test(a) || /^\**\s*IMPACT\b/i.test(b)) && !COVER_LINE.test(b))
    return { indexes: [i, i + 1], printed: joined, technology: two[1].replace(/^\**/, '').trim() };
  return null;
}

const SMALL_WORDS = new Set(['of', 'and', 'or', 'the', 'for', 'in', 'on', 'to', 'a', 'an']);

/** "THERMOGRAPHIC CAMERAS" -> "Thermographic Cameras"; "facial-recognition" -> "Facial Recognition". */
export function titleCase(text: string): string {
  return text
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.replace(/^\p{L}/u, (c) => c.toUpperCase())))
    .join(' ');
}

/** Technology -> slug: kebab case, ASCII letters and digits only. */
export function slugify(technology: string): string {
  return technology
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "facial-recognition.txt" -> "facial-recognition" (the name without its extension). */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '');
}

/** The technology a document is about, and where that came from. */
export interface Identity {
  technology: string;
  slug: string;
  cover: Cover | null;
}

/**
 * The technology: from the cover line "<TECHNOLOGY>: IMPACT AND USE POLICY"
 * when printed before the first heading, else from the file name.
 */
export function identify(lines: readonly Line[], fileName: string): Identity {
  const headings = findHeadings(lines);
  const limit = headings[0]?.start ?? lines.length;
  for (let i = 0; i < limit; i++) {
    const cover = coverAt(lines, i);
    if (cover) {
      const technology = titleCase(cover.technology);
      return { technology, slug: slugify(technology), cover };
    }
  }
  const technology = titleCase(fileStem(fileName));
  return { technology, slug: slugify(technology), cover: null };
}
