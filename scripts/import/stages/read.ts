/**
 * Reading stages: from the extracted lines to the text of the sections,
 * taking out what is not body text (cover, page furniture, printed dates,
 * footnote texts).
 */
import type { AppliedCorrection } from '../corrections.ts';
import {
  type Identity,
  identify,
  type PrintedStatus,
  readCoverLine,
  titleHeader,
} from '../cover.ts';
import { extractFootnoteTexts, type FootnoteText } from '../footnotes.ts';
import { findFurniture } from '../furniture.ts';
import { findHeadings, matchHeading } from '../headings.ts';
import { hyphenRule } from '../hyphenation.ts';
import { endsSentence } from '../paragraphs.ts';
import { ImportError, type ImportInput } from '../types.ts';
import { assertImportable } from '../validate.ts';
import { blankLines, type ImportState } from './state.ts';

/** The first state: the input checked to be a policy, nothing noted yet. Throws ImportError. */
export function begin(input: ImportInput): ImportState {
  assertImportable(input.lines, input.fileName);
  const documentText = input.lines.map((l) => l.text).join('\n');
  return {
    input,
    documentText,
    decide: hyphenRule(documentText),
    lines: input.lines,
    warnings: [],
    structural: [],
    removed: [],
    unassigned: [],
    hyphenations: [],
    applied: [],
  };
}

/** The technology, from the cover line or else (with a warning) from the file name. */
export function identifyTechnology<S extends ImportState>(s: S): S & { identity: Identity } {
  const { fileName } = s.input;
  const identity = identify(s.input.lines, fileName);
  return {
    ...s,
    identity,
    warnings:
      identity.from !== 'file name'
        ? s.warnings
        : [
            ...s.warnings,
            `no cover line "<TECHNOLOGY>: IMPACT AND USE POLICY" found; technology "${identity.technology}" taken from the file name ${fileName}`,
          ],
  };
}

/** Takes the cover line out of the text; it is accounted for as structure. */
export function stripCover<S extends ImportState & { identity: Identity }>(s: S): S {
  const { cover } = s.identity;
  if (!cover) return s;
  return {
    ...s,
    lines: blankLines(s.lines, cover.indexes),
    structural: [...s.structural, cover.printed],
  };
}

/** Takes out page furniture (running headers and footers, page numbers, stray fragments), listed for the report. */
export function stripFurniture<S extends ImportState & { identity: Identity }>(s: S): S {
  const furniture = findFurniture(
    s.input.lines,
    s.identity.cover,
    s.identity.cover?.technology ?? s.identity.technology,
  );
  return {
    ...s,
    lines: blankLines(s.lines, furniture.drop),
    removed: [...s.removed, ...furniture.removed],
  };
}

const oneSpaced = (t: string): string => t.replace(/\s+/g, ' ').trim();

/**
 * Applies the reviewed `heading` corrections: a heading printed in a way the
 * importer does not know (one to three lines joined by a space, found exactly
 * once) is read as the statutory heading `corrected`. A correction that
 * cannot be applied becomes a warning. Throws ImportError for corrections
 * written for another policy, or a `corrected` that is no known heading.
 */
export function applyHeadingCorrections<S extends ImportState & { identity: Identity }>(s: S): S {
  const { corrections, fileName } = s.input;
  const wanted = (corrections?.corrections ?? []).filter((c) => c.target === 'heading');
  if (wanted.length === 0) return s;
  if (corrections && corrections.slug !== s.identity.slug)
    throw new ImportError(
      `${fileName}: the corrections file is for "${corrections.slug}", not "${s.identity.slug}".`,
    );
  let lines = s.lines;
  const applied: AppliedCorrection[] = [];
  const warnings: string[] = [];
  for (const c of wanted) {
    if (Array.isArray(c.original) || Array.isArray(c.corrected)) {
      warnings.push('a heading correction must give "original" and "corrected" as one string each');
      continue;
    }
    const { original, corrected } = c;
    if (!matchHeading(corrected))
      throw new ImportError(
        `${fileName}: the heading correction "${original}" -> "${corrected}": "${corrected}" is not a statutory heading; write the heading as the report's suggested correction gives it.`,
      );
    const hits: number[][] = [];
    for (let i = 0; i < lines.length; i++)
      for (let k = 1; k <= 3; k++) {
        const run = lines.slice(i, i + k);
        if (run.length < k || run.some((l) => !l.text)) break;
        if (oneSpaced(run.map((l) => l.text).join(' ')) === oneSpaced(original))
          hits.push(Array.from({ length: k }, (_, j) => i + j));
      }
    const hit = hits[0];
    if (hits.length !== 1 || !hit) {
      warnings.push(
        `correction "${original}" -> "${corrected}" not applied: found ${hits.length} times as heading lines (must be exactly once)`,
      );
      continue;
    }
    const [first, ...rest] = hit;
    lines = blankLines(lines, rest).map((l, i) => (i === first ? { ...l, text: corrected } : l));
    applied.push({
      target: 'heading',
      where: `line ${lines[first ?? 0]?.n ?? 0}`,
      original,
      corrected,
      reason: c.reason,
    });
  }
  return {
    ...s,
    lines,
    applied: [...s.applied, ...applied],
    warnings: [...s.warnings, ...warnings],
  };
}

/** The printed dates, `YYYY-MM-DD`, each only when printed. */
export interface PrintedDates {
  posted?: string;
  updated?: string;
}

/** What the cover says about the document. */
export interface CoverReading {
  /** The status printed on the cover, or in the running headers ("DRAFT 01-11-2021"). */
  status?: PrintedStatus;
  /** Where the status was read. */
  statusFrom?: 'cover' | 'running header';
}

/** A line of the title block: text before the first heading that is neither cover, status nor date. */
export interface TitleBlockLine {
  line: number;
  text: string;
}

/**
 * The status and date a running header or footer prints: "<TITLE>: IMPACT &
 * USE POLICY   DRAFT 01-11-2021   3", "DRAFT FOR PUBLIC COMMENT 01-11-2021   3".
 */
function furnitureStatus(text: string): { status?: PrintedStatus; date?: string } | null {
  const header = titleHeader(text);
  if (header) return header;
  const fact = readCoverLine(
    text.replace(/\s+(?:Page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i, ''),
  );
  if (!fact) return null;
  return {
    ...(fact.status ? { status: fact.status } : {}),
    ...(fact.date ? { date: fact.date.iso } : {}),
  };
}

/** A title block line that reads like body text (a long sentence): it is left for the report's unassigned text. */
function readsLikeProse(text: string): boolean {
  return /\p{Ll}/u.test(text) && text.split(/\s+/).length >= 12 && endsSentence(text);
}

/**
 * Reads the cover, before the first heading: the status ("DRAFT FOR PUBLIC
 * COMMENT", "FINAL") and the printed dates ("Posted ...", "Updated ...", a
 * draft's date, a date printed alone; the first of each kind counts; a
 * draft's date and a date alone are the posting date). Whatever else is
 * printed there is the title block (kept as structure and listed in the
 * report), except a line that reads like body text, left as unassigned text.
 * Without a status on the cover, a running header's "DRAFT <date>" makes
 * the document a draft posted on that date.
 */
export function readCover<S extends ImportState>(
  s: S,
): S & { dates: PrintedDates; cover: CoverReading; titleBlock: readonly TitleBlockLine[] } {
  const firstHeading = findHeadings(s.lines)[0]?.start ?? s.lines.length;
  const dates: PrintedDates = {};
  const cover: CoverReading = {};
  const taken: number[] = [];
  const titleBlock: TitleBlockLine[] = [];
  for (let i = 0; i < firstHeading; i++) {
    const line = s.lines[i];
    if (!line?.text) continue;
    const fact = readCoverLine(line.text);
    if (fact) {
      if (fact.status && !cover.status) {
        cover.status = fact.status;
        cover.statusFrom = 'cover';
      }
      if (fact.date) dates[fact.date.kind] ??= fact.date.iso;
      taken.push(i);
    } else if (!readsLikeProse(line.text)) {
      titleBlock.push({ line: line.n, text: line.text });
      taken.push(i);
    }
  }
  if (!cover.status) {
    const header = s.removed.map((r) => furnitureStatus(r.text)).find((h) => h?.status === 'draft');
    if (header) {
      cover.status = 'draft';
      cover.statusFrom = 'running header';
      if (header.date) dates.posted ??= header.date;
    }
  }
  return {
    ...s,
    dates,
    cover,
    titleBlock,
    lines: blankLines(s.lines, taken),
    structural: [...s.structural, ...taken.map((i) => s.lines[i]?.text ?? '')],
  };
}

/** Moves the footnote texts (printed after the first section heading) out of the body. */
export function extractFootnotes<S extends ImportState>(
  s: S,
): S & { footnotes: readonly FootnoteText[] } {
  const headings = findHeadings(s.lines);
  const headingLines = new Set(
    headings.flatMap((h) => Array.from({ length: h.end - h.start }, (_, k) => h.start + k)),
  );
  const from = headings.find((h) => h.heading.kind === 'section')?.start ?? 0;
  const footnotes = extractFootnoteTexts(s.lines, from, headingLines);
  return {
    ...s,
    footnotes,
    lines: blankLines(
      s.lines,
      footnotes.flatMap((f) => f.indexes),
    ),
  };
}
