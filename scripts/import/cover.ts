// Hand-written: the cover and date lines are the NYPD policies' own layout, which no library knows.
import { findHeadings } from './headings.ts';
import type { Line } from './types.ts';

/** "<TECHNOLOGY>: IMPACT AND USE POLICY" (or "& USE"), possibly in bold markers. */
export const COVER_LINE = /^\**\s*(.+?)\s*:\s*IMPACT\s+(?:AND|&)\s+USE\s+POLICY\s*\**$/i;

/** Month names as printed, full or abbreviated ("January", "JAN.", "Sept."). */
const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

/**
 * A date in the forms the NYPD prints: "April 11, 2021", "JANUARY 11, 2021",
 * "Jan. 11 2021", or numeric month-day-year "01-11-2021", "1/11/21".
 */
export const PRINTED_DATE_SOURCE = `(?:${MONTH_NAME}\\s+\\d{1,2},?\\s*\\d{4}|\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2}))`;

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

function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A printed date -> "YYYY-MM-DD", or null when it is not a calendar date:
 * "April 11, 2023", "APRIL 11 2023", "Apr. 11, 2023", "04-11-2023",
 * "4/11/23" (numeric dates are month-day-year, as printed in New York;
 * a two-digit year is 20YY).
 */
export function parsePrintedDate(printed: string): string | null {
  const t = printed.trim();
  const named = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s*(\d{4})$/.exec(t);
  if (named) {
    const name = (named[1] ?? '').toLowerCase();
    if (name.length < 3) return null;
    const month = MONTHS.findIndex((m) => m === name || (name.length <= 4 && m.startsWith(name)));
    return isoDate(Number(named[3]), month + 1, Number(named[2]));
  }
  const numeric = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(t);
  if (numeric) {
    const y = numeric[4] ?? '';
    return isoDate(
      y.length === 2 ? 2000 + Number(y) : Number(y),
      Number(numeric[1]),
      Number(numeric[3]),
    );
  }
  return null;
}

/** A policy status as printed on its cover. */
export type PrintedStatus = 'draft' | 'final';

/** What one cover line says: a status, a dated event, or both. */
export interface CoverFact {
  status?: PrintedStatus;
  /** `posted` for "Posted", "Published", a draft's date and a date printed alone; `updated` for "Updated", "Last updated", "Revised". */
  date?: { kind: 'posted' | 'updated'; iso: string };
}

const STATUS_WORDS =
  '(?<status>DRAFT\\s+FOR\\s+PUBLIC\\s+COMMENT|PUBLIC\\s+COMMENT\\s+DRAFT|DRAFT(?:\\s+POLICY)?|FINAL(?:\\s+POLICY)?)';
const DATE_WORDS = '(?<kind>Posted|Published|Updated|Last\\s+updated|Revised|Dated)';
const COVER_FACT = new RegExp(
  `^${STATUS_WORDS}?\\s*[-–—:,]?\\s*(?:${DATE_WORDS}\\s*(?:on\\s+)?:?\\s*)?(?<date>${PRINTED_DATE_SOURCE})?\\.?$`,
  'i',
);

/**
 * Reads a cover line giving the status ("DRAFT FOR PUBLIC COMMENT", "FINAL")
 * and/or a date ("POSTED JANUARY 11, 2021", "Updated April 11, 2023",
 * "DRAFT 01-11-2021", "April 11, 2021"), or null for any other line. The
 * whole line must be such words (bold markers aside).
 */
export function readCoverLine(text: string): CoverFact | null {
  const t = text.replace(/\*+/g, ' ').replace(/\s+/g, ' ').trim();
  const m = COVER_FACT.exec(t);
  const g = m?.groups;
  if (!g || (!g['status'] && !g['date'])) return null;
  if (g['kind'] && !g['date']) return null;
  const fact: CoverFact = {};
  if (g['status']) fact.status = /^final/i.test(g['status']) ? 'final' : 'draft';
  if (g['date']) {
    const iso = parsePrintedDate(g['date']);
    if (!iso) return null;
    fact.date = {
      kind: /^(updated|last|revised)/i.test(g['kind'] ?? '') ? 'updated' : 'posted',
      iso,
    };
  }
  return fact;
}

/**
 * A running header printing the title with page furniture after it:
 * "<TECHNOLOGY>: IMPACT & USE POLICY   DRAFT 01-11-2021   3". Returns the
 * technology and what the tail says (a status, a date), or null.
 */
export function titleHeader(
  text: string,
): { technology: string; status?: PrintedStatus; date?: string } | null {
  const t = text.replace(/\*+/g, ' ').replace(/\s+/g, ' ').trim();
  const m = /^(.+?)\s*:\s*IMPACT\s+(?:AND|&)\s+USE\s+POLICY\b\s*(.*)$/i.exec(t);
  const tail = m?.[2] ?? '';
  if (!m?.[1] || !tail) return null;
  // The tail holds only a status, a date and a page number ("3", "Page 3", "Page 3 of 12").
  const parts = new RegExp(
    `^[-–—|,]?\\s*${STATUS_WORDS}?\\s*[-–—|,]?\\s*(?:${DATE_WORDS}\\s*:?\\s*)?(?<date>${PRINTED_DATE_SOURCE})?\\s*[-–—|,]?\\s*(?:(?:Page\\s+)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?)?$`,
    'i',
  ).exec(tail);
  if (!parts?.[0].trim()) return null;
  const found: { technology: string; status?: PrintedStatus; date?: string } = {
    technology: m[1].trim(),
  };
  const status = parts.groups?.['status'];
  const date = parts.groups?.['date'];
  if (status) found.status = /^final/i.test(status) ? 'final' : 'draft';
  const iso = date ? parsePrintedDate(date) : null;
  if (iso) found.date = iso;
  return found;
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
  /** Where the technology was read: the cover line, a running header, or the file name. */
  from: 'cover' | 'running header' | 'file name';
}

/**
 * The technology: from the cover line "<TECHNOLOGY>: IMPACT AND USE POLICY"
 * when printed before the first heading, else from a running header that
 * prints the title ("<TECHNOLOGY>: IMPACT & USE POLICY   DRAFT ...   3"),
 * else from the file name.
 */
export function identify(lines: readonly Line[], fileName: string): Identity {
  const headings = findHeadings(lines);
  const limit = headings[0]?.start ?? lines.length;
  for (let i = 0; i < limit; i++) {
    const cover = coverAt(lines, i);
    if (cover) {
      const technology = titleCase(cover.technology);
      return { technology, slug: slugify(technology), cover, from: 'cover' };
    }
  }
  for (const l of lines) {
    const header = l.text ? titleHeader(l.text) : null;
    if (!header) continue;
    const technology = titleCase(header.technology);
    return { technology, slug: slugify(technology), cover: null, from: 'running header' };
  }
  const technology = titleCase(fileStem(fileName));
  return { technology, slug: slugify(technology), cover: null, from: 'file name' };
}
