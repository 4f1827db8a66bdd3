/**
 * Test support: the robustness suite's generator. It takes a real policy
 * text (data/policies/<slug>/<slug>.txt) and applies, alone or combined and
 * seeded, the variations real extractions of NYPD Impact and Use Policies
 * show (2021–2023 layouts): running headers and footers with page numbers
 * every 35 to 60 lines, with and without form feeds, at page ends in the
 * middle of a sentence; draft and final covers and draft dates in headers;
 * "&"/"and"/"AND" and singular/plural heading words; list numbers lost or
 * printed "1)" / "(1)" / "1."; line-end hyphenation; CRLF; non-breaking
 * spaces; ligatures; curly and straight quotes; tabs and runs of spaces
 * between table columns; sections missing; a heading split over two lines.
 *
 * Each variant says what it changed (furniture lines inserted, sections
 * removed, the status and date its cover prints), so a test can compare its
 * import with the clean import after normalising exactly that.
 *
 * Page breaks are placed only where the text alone can tell whether the
 * paragraph goes on: at a blank line, or inside a sentence. A page break
 * right after a finished sentence inside a paragraph is ambiguous in
 * extracted text (the importer reads it as a paragraph end, as it does in
 * the real facial recognition text), so the generator does not make one.
 */
import { mulberry32 } from '../../bench/random.ts';
import { SECTION_KEYS, type SectionKey } from '../../../src/schemas/sections.ts';
import { coverAt } from '../cover.ts';
import { footnoteStart } from '../footnotes.ts';
import { findHeadings, isCapsLine, matchHeading } from '../headings.ts';
import { linesFromText } from '../lines.ts';
import { endsSentence, listNumber } from '../paragraphs.ts';
import { read, sampleInput } from './sample.ts';

/** The variations, in the order a combined variant applies them. */
export const VARIATIONS = [
  'missing-sections',
  'split-heading',
  'heading-words',
  'lost-numbers',
  'list-markers',
  'hyphenation',
  'ligatures',
  'quotes',
  'nbsp',
  'table-gaps',
  'draft-cover',
  'final-cover',
  'draft-headers',
  'furniture',
  'furniture-form-feeds',
  'crlf',
] as const;

/** One variation of a policy text. */
export type Variation = (typeof VARIATIONS)[number];

/** A varied policy text and what the variation changed. */
export interface Variant {
  name: string;
  seed: number;
  variations: readonly Variation[];
  text: string;
  /** Every running header, footer and page number line inserted, as a line of the text (trimmed). */
  furniture: string[];
  /** Statutory sections removed. */
  missing: SectionKey[];
  /** What the cover or headers now print, when a variation changed it. */
  status?: 'draft' | 'final';
  posted?: string;
  /** True when the changes table was removed (a draft prints none). */
  changesRemoved: boolean;
}

type Random = () => number;

const int = (rng: Random, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Random, xs: readonly T[]): T => {
  const x = xs[Math.floor(rng() * xs.length)];
  if (x === undefined) throw new Error('pick from an empty list');
  return x;
};

/** The technology as the cover prints it, from the slug ("thermographic-cameras" -> "THERMOGRAPHIC CAMERAS"). */
const printedTitle = (slug: string): string => slug.replace(/-/g, ' ').toUpperCase();

/** What the text's structure is, from the importer's own reading stages. */
function structure(text: string, fileName: string) {
  const lines = linesFromText(text);
  const headings = findHeadings(lines);
  const state = read({ ...sampleInput(text), fileName });
  const footnoteOf = new Map<number, number>();
  for (const f of state.footnotes) for (const i of f.indexes) footnoteOf.set(i, f.n);
  return { lines, headings, footnotes: state.footnotes, footnoteOf };
}

/** Line ranges [start, end) of each heading's region, up to the next heading. */
function regions(headings: ReturnType<typeof findHeadings>, length: number) {
  return headings.map((h, k) => ({ heading: h, start: h.start, end: headings[k + 1]?.start ?? length }));
}

/** Indexes of the lines of section bodies (not headings, footnotes, tables, the cover). */
function bodyLines(text: string, fileName: string): number[] {
  const { lines, headings, footnoteOf } = structure(text, fileName);
  const out: number[] = [];
  for (const r of regions(headings, lines.length)) {
    if (r.heading.heading.kind !== 'section') continue;
    for (let i = r.heading.end; i < r.end; i++)
      if (lines[i]?.text && !footnoteOf.has(i) && !coverAt(lines, i) && !coverAt(lines, i - 1))
        out.push(i);
  }
  return out;
}

function splitLines(text: string): string[] {
  return text.split('\n');
}

/** Removes one or two statutory sections that hold no footnote text or marker. */
function missingSections(text: string, fileName: string, rng: Random): { text: string; missing: SectionKey[] } {
  const { lines, headings, footnoteOf } = structure(text, fileName);
  const raw = splitLines(text);
  const candidates = regions(headings, lines.length).filter((r) => {
    const h = r.heading.heading;
    if (h.kind !== 'section' || h.key === 'abstract') return false;
    for (let i = r.start; i < r.end; i++) {
      const t = lines[i]?.text ?? '';
      if (footnoteOf.has(i) || /[⁰¹²³⁴⁵⁶⁷⁸⁹]|[.,;:)”"’]\?(?=\s|$)/u.test(t) || coverAt(lines, i))
        return false;
    }
    return true;
  });
  const chosen = new Set<number>();
  const n = Math.min(candidates.length, int(rng, 1, 2));
  while (chosen.size < n) chosen.add(int(rng, 0, candidates.length - 1));
  const drop = new Set<number>();
  const missing: SectionKey[] = [];
  for (const k of chosen) {
    const r = candidates[k];
    if (!r || r.heading.heading.kind !== 'section') continue;
    missing.push(r.heading.heading.key as SectionKey);
    for (let i = r.start; i < r.end; i++) drop.add(i);
  }
  return {
    text: raw.filter((_, i) => !drop.has(i)).join('\n'),
    missing: SECTION_KEYS.filter((key) => missing.includes(key)),
  };
}

/** Splits one to three one-line headings over two lines. */
function splitHeading(text: string, rng: Random): string {
  const raw = splitLines(text);
  const headings = findHeadings(linesFromText(text)).filter((h) => h.end - h.start === 1);
  const out = [...raw];
  const inserts: { at: number; first: string; second: string }[] = [];
  for (const h of headings) {
    if (rng() < 0.5 && inserts.length > 0) continue;
    const line = raw[h.start] ?? '';
    const lead = /^\s*/.exec(line)?.[0] ?? '';
    const words = line.trim().split(/\s+/);
    const cuts = Array.from({ length: words.length - 1 }, (_, k) => k + 1).filter((k) => {
      const a = words.slice(0, k).join(' ');
      const b = words.slice(k).join(' ');
      return isCapsLine(a) && isCapsLine(b) && !matchHeading(a) && !matchHeading(b);
    });
    if (cuts.length === 0) continue;
    const k = pick(rng, cuts);
    inserts.push({ at: h.start, first: lead + words.slice(0, k).join(' '), second: words.slice(k).join(' ') });
    if (inserts.length === 3) break;
  }
  for (const x of inserts.sort((a, b) => b.at - a.at)) out.splice(x.at, 1, x.first, x.second);
  return out.join('\n');
}

const PLURALS: readonly [string, string][] = [
  ['SAFEGUARDS', 'SAFEGUARD'],
  ['MEASURES', 'MEASURE'],
  ['PROCEDURES', 'PROCEDURE'],
  ['GUIDELINES', 'GUIDELINE'],
  ['MECHANISMS', 'MECHANISM'],
  ['IMPACTS', 'IMPACT'],
  ['ENTITIES', 'ENTITY'],
  ['CAPABILITIES', 'CAPABILITY'],
  ['RULES', 'RULE'],
  ['PROCESSES', 'PROCESS'],
];

/** "&" as "and" or "AND" (and back), and words singular or plural, in the section headings. */
function headingWords(text: string, rng: Random): string {
  const raw = splitLines(text);
  for (const h of findHeadings(linesFromText(text))) {
    if (h.heading.kind !== 'section') continue;
    const and = pick(rng, ['&', 'and', 'AND']);
    for (let i = h.start; i < h.end; i++) {
      let t = raw[i] ?? '';
      t = t.replace(/(?<=\s)(?:&|AND)(?=\s|,|$)/g, and);
      for (const [plural, single] of PLURALS) {
        if (rng() < 0.5) continue;
        t = t.replace(new RegExp(`\\b${plural}\\b`), single).replace(new RegExp(`\\b${single}\\b(?!S)`), plural);
      }
      raw[i] = t;
    }
  }
  return raw.join('\n');
}

/** The printed item numbers, restyled one way per list: "1)", "(1)" or "1.". */
function listMarkers(text: string, rng: Random): string {
  const style = pick(rng, ['1)', '(1)', '1.'] as const);
  return splitLines(text)
    .map((line) =>
      line.replace(/^(\s*)(\d{1,2})\.(\s)/, (_, lead: string, n: string, sp: string) =>
        style === '1)' ? `${lead}${n})${sp}` : style === '(1)' ? `${lead}(${n})${sp}` : `${lead}${n}.${sp}`,
      ),
    )
    .join('\n');
}

/** Loses the printed numbers of a run of interior items of a numbered list (the first and last stay). */
function lostNumbers(text: string, rng: Random): string {
  const raw = splitLines(text);
  const numbered = raw.flatMap((l, i) => (/^\s*\d{1,2}\.\s/.test(l) ? [i] : []));
  // Lists: numbered lines whose numbers rise, the first numbered 1.
  const lists: number[][] = [];
  for (const i of numbered) {
    const n = listNumber((raw[i] ?? '').trim()) ?? 0;
    const current = lists.at(-1);
    const last = current ? listNumber((raw[current.at(-1) ?? 0] ?? '').trim()) ?? 0 : 0;
    if (n === 1 || !current) lists.push([i]);
    else if (n > last) current.push(i);
  }
  for (const list of lists.filter((l) => l.length >= 3)) {
    const from = int(rng, 1, list.length - 2);
    const to = int(rng, from, list.length - 2);
    for (let k = from; k <= to; k++) {
      const i = list[k] ?? 0;
      raw[i] = (raw[i] ?? '').replace(/^(\s*)\d{1,2}\.\s+/, '$1');
    }
  }
  return raw.join('\n');
}

/**
 * Breaks three to eight words of the body at a line end with a hyphen
 * ("investi-" / "gation"), each a word printed unbroken elsewhere too, as
 * the importer needs evidence to undo a hyphen.
 */
function hyphenation(text: string, fileName: string, rng: Random): string {
  const raw = splitLines(text);
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [])
    counts.set(w, (counts.get(w) ?? 0) + 1);
  const body = bodyLines(text, fileName);
  const used = new Set<string>();
  const splits = new Map<number, { at: number; cut: number }>();
  const wanted = int(rng, 3, 8);
  for (let tries = 0; tries < 200 && splits.size < wanted; tries++) {
    const i = pick(rng, body);
    if (splits.has(i)) continue;
    const line = raw[i] ?? '';
    const words = [...line.matchAll(/(?<=^|\s)([a-z]{7,})(?=[\s,.;:]|$)/g)].filter(
      (m) => (counts.get(m[1] ?? '') ?? 0) >= 2 && !used.has(m[1] ?? '') && (m.index ?? 0) > 0,
    );
    if (words.length === 0) continue;
    const m = pick(rng, words);
    const word = m[1] ?? '';
    used.add(word);
    splits.set(i, { at: m.index ?? 0, cut: int(rng, 3, word.length - 3) });
  }
  const out: string[] = [];
  raw.forEach((line, i) => {
    const s = splits.get(i);
    if (!s) {
      out.push(line);
      return;
    }
    out.push(`${line.slice(0, s.at + s.cut)}-`, line.slice(s.at + s.cut));
  });
  return out.join('\n');
}

/** Some "fi" and "fl" printed as the ligatures "ﬁ" and "ﬂ". */
function ligatures(text: string, rng: Random): string {
  return text.replace(/fi|fl/g, (m) => (rng() < 0.4 ? (m === 'fi' ? 'ﬁ' : 'ﬂ') : m));
}

/** Curly quotes straightened and straight ones curled, in the section bodies. */
function quotes(text: string, fileName: string, rng: Random, every = false): string {
  const raw = splitLines(text);
  for (const i of bodyLines(text, fileName)) {
    if (!every && rng() < 0.5) continue;
    raw[i] = (raw[i] ?? '')
      .replace(/’/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/(?<=\p{L})'(?=\p{L})/gu, () => (rng() < 0.5 ? '’' : "'"));
  }
  const out = raw.join('\n');
  return out === text && !every ? quotes(text, fileName, rng, true) : out;
}

/** Some spaces between words printed as non-breaking spaces. */
function nbsp(text: string, rng: Random): string {
  return text.replace(/(?<=\S) (?=\S)/g, (m) => (rng() < 0.08 ? '\u00a0' : m));
}

/** Table columns separated by one or more tabs, tabs with spaces, or a run of spaces. */
function tableGaps(text: string, rng: Random): string {
  return text.replace(/\t/g, () => pick(rng, ['\t', '\t\t', ' \t', '\t ', '   ', '     ']));
}

/** Removes the "summary of changes between draft & final policy" table (a draft prints none). */
function withoutChangesTable(text: string): string {
  const lines = linesFromText(text);
  const headings = findHeadings(lines);
  const k = headings.findIndex((h) => h.heading.kind === 'changes');
  const h = headings[k];
  if (!h) return text;
  const end = headings[k + 1]?.start ?? lines.length;
  return splitLines(text)
    .filter((_, i) => i < h.start || i >= end)
    .join('\n');
}

/** A date in one of the printed forms. */
function printedDate(rng: Random, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return pick(rng, [
    `${month.toUpperCase()} ${d}, ${y}`,
    `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}-${y}`,
    `${month} ${d}, ${y}`,
  ]);
}

/** Puts cover lines after the cover's title line (printing one when the text has none). */
function withCoverLines(text: string, slug: string, extra: string[]): string {
  const raw = splitLines(text);
  const lines = linesFromText(text);
  const limit = findHeadings(lines)[0]?.start ?? lines.length;
  for (let i = 0; i < limit; i++) {
    const cover = coverAt(lines, i);
    if (cover) {
      const after = (cover.indexes.at(-1) ?? i) + 1;
      return [...raw.slice(0, after), '', ...extra, ...raw.slice(after)].join('\n');
    }
  }
  return [`${printedTitle(slug)}: IMPACT & USE POLICY`, '', ...extra, '', ...raw].join('\n');
}

const DRAFT_DATE = '2021-01-11';
const FINAL_DATE = '2021-04-11';

/** A place to break a page: before line `at`, safe (see the file comment). */
function safeBreaks(text: string, fileName: string): { at: number; midSentence: boolean }[] {
  const { lines, headings, footnoteOf } = structure(text, fileName);
  const inside = new Set<number>();
  for (const h of headings) for (let i = h.start + 1; i < h.end; i++) inside.add(i);
  for (let i = 0; i < lines.length; i++) {
    const c = coverAt(lines, i);
    if (c && c.indexes.length > 1) inside.add(c.indexes[1] ?? i);
    const n = footnoteOf.get(i);
    if (n !== undefined && footnoteOf.get(i - 1) === n) inside.add(i);
  }
  const out: { at: number; midSentence: boolean }[] = [];
  for (let at = 1; at < lines.length; at++) {
    if (inside.has(at)) continue;
    const a = lines[at - 1]?.text ?? '';
    const b = lines[at]?.text ?? '';
    if (!a || !b) {
      out.push({ at, midSentence: false });
      continue;
    }
    if (!endsSentence(a) && !isCapsLine(b) && listNumber(b) === null && !footnoteStart(b) && !/^\p{Lu}/u.test(b))
      out.push({ at, midSentence: true });
  }
  return out;
}

interface FurnitureOptions {
  formFeeds: boolean;
  /** The running header prints "DRAFT <date>". */
  draftHeader: boolean;
}

/**
 * Lays the text out on pages of 35 to 60 lines, each page break at a safe
 * place (half of them inside a sentence when one is near), and prints a
 * running header and/or footer with the page number at every break (and a
 * header on page 1 sometimes), separated by runs of spaces.
 */
function furniture(
  text: string,
  fileName: string,
  slug: string,
  rng: Random,
  options: FurnitureOptions,
): { text: string; furniture: string[] } {
  const raw = splitLines(text);
  const safe = safeBreaks(text, fileName);
  const breaks: number[] = [];
  let last = 0;
  for (;;) {
    const target = last + int(rng, 35, 60);
    const after = safe.filter((s) => s.at >= target);
    const first = after[0];
    if (!first || first.at >= raw.length - 5) break;
    const mid = after.find((s) => s.midSentence && s.at < target + 15);
    const chosen = mid && rng() < 0.5 ? mid : first;
    breaks.push(chosen.at);
    last = chosen.at;
  }
  const pages = breaks.length + 1;
  const sp = (): string => pick(rng, ['  ', '   ', '      ', '\t', ' \t ']);
  const title = printedTitle(slug);
  const date = printedDate(rng, DRAFT_DATE);
  const titleCaseName = title.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  const withHeader = options.draftHeader || rng() < 0.7;
  const withFooter = !withHeader || rng() < 0.6;
  const top = withHeader && rng() < 0.5;
  const headerCount = breaks.length + (top ? 1 : 0);
  // Header forms the importer knows by their form (any number of pages), by the title they
  // print (twice or more) or by repetition alone (three times or more).
  const headers: ((n: number) => string)[] = [
    (n) => `${title}: IMPACT & USE POLICY${sp()}${options.draftHeader ? `DRAFT ${date}${sp()}` : ''}${n}`,
    ...(options.draftHeader
      ? []
      : [
          ...(headerCount >= 2 ? [(n: number) => `${titleCaseName}${sp()}Page ${n}`] : []),
          ...(headerCount >= 2 ? [(n: number) => `${titleCaseName} Impact and Use Policy${sp()}${n}`] : []),
          ...(headerCount >= 3 ? [(n: number) => `NEW YORK CITY POLICE DEPARTMENT${sp()}${n}`] : []),
        ]),
  ];
  const footers: ((n: number) => string)[] = [
    (n) => `POSTED ${printedDate(rng, DRAFT_DATE)}${sp()}${n}`,
    (n) => `Page ${n} of ${pages}`,
    (n) => `${n}`,
  ];
  const header = pick(rng, headers);
  const footer = pick(rng, footers);
  const inserted: string[] = [];
  const blank = (): string[] => (rng() < 0.5 ? [''] : []);
  const out: string[] = [];
  if (top) {
    const h = header(1);
    inserted.push(h.trim());
    out.push(h, ...blank());
  }
  let page = 1;
  raw.forEach((line, i) => {
    if (breaks.includes(i)) {
      if (withFooter) {
        const f = footer(page);
        inserted.push(f.trim());
        // A bare page number stands alone between blank lines, as extraction prints it.
        out.push(...(f === `${page}` ? [''] : blank()), f, ...(f === `${page}` ? [''] : []));
      }
      page++;
      const feed = options.formFeeds ? '\f' : '';
      if (withHeader) {
        const h = header(page);
        inserted.push(h.trim());
        out.push(...blank(), `${feed}${h}`, ...blank());
        out.push(line);
      } else out.push(`${feed}${line}`);
      return;
    }
    out.push(line);
  });
  return { text: out.join('\n'), furniture: inserted };
}

/** Applies the variations, in the order of VARIATIONS, seeded. */
export function makeVariant(
  cleanText: string,
  slug: string,
  variations: readonly Variation[],
  seed: number,
): Variant {
  const rng = mulberry32(seed);
  const fileName = `${slug}.txt`;
  const v: Variant = {
    name: variations.join('+'),
    seed,
    variations,
    text: cleanText,
    furniture: [],
    missing: [],
    changesRemoved: false,
  };
  const has = (x: Variation): boolean => variations.includes(x);
  // A draft prints no changes table: removed first, as the later variations see the text without it.
  if (has('draft-cover') || has('draft-headers')) {
    v.text = withoutChangesTable(v.text);
    v.changesRemoved = true;
    v.status = 'draft';
    v.posted = DRAFT_DATE;
  }
  if (has('missing-sections')) {
    const r = missingSections(v.text, fileName, rng);
    v.text = r.text;
    v.missing = r.missing;
  }
  if (has('split-heading')) v.text = splitHeading(v.text, rng);
  if (has('heading-words')) v.text = headingWords(v.text, rng);
  if (has('lost-numbers')) v.text = lostNumbers(v.text, rng);
  if (has('list-markers')) v.text = listMarkers(v.text, rng);
  if (has('hyphenation')) v.text = hyphenation(v.text, fileName, rng);
  if (has('ligatures')) v.text = ligatures(v.text, rng);
  if (has('quotes')) v.text = quotes(v.text, fileName, rng);
  if (has('nbsp')) v.text = nbsp(v.text, rng);
  if (has('table-gaps')) v.text = tableGaps(v.text, rng);
  if (has('draft-cover')) {
    v.text = withCoverLines(v.text, slug, [
      ...(rng() < 0.5 ? ['NEW YORK CITY POLICE DEPARTMENT', ''] : []),
      pick(rng, ['DRAFT FOR PUBLIC COMMENT', 'Draft for Public Comment']),
      '',
      printedDate(rng, DRAFT_DATE),
    ]);
  } else if (has('final-cover')) {
    v.status = 'final';
    v.posted = FINAL_DATE;
    v.text = withCoverLines(v.text, slug, [
      'FINAL',
      '',
      `${pick(rng, ['POSTED ', 'Posted ', ''])}${printedDate(rng, FINAL_DATE)}`,
    ]);
  }
  const draftHeader = has('draft-headers');
  if (has('furniture') || has('furniture-form-feeds') || draftHeader) {
    const r = furniture(v.text, fileName, slug, rng, {
      formFeeds: has('furniture-form-feeds') || (draftHeader && rng() < 0.5),
      draftHeader,
    });
    v.text = r.text;
    v.furniture = r.furniture;
  }
  if (has('crlf')) v.text = v.text.replace(/\n/g, '\r\n');
  return v;
}

/** Straight quotes for curly ones: what the quotes variation changes, undone for comparison. */
export function straightQuotes(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}
