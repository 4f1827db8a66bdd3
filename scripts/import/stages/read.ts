/**
 * Reading stages: from the extracted lines to the text of the sections,
 * taking out what is not body text (cover, page furniture, printed dates,
 * footnote texts).
 */
import { DATE_LINE, type Identity, identify, parsePrintedDate } from '../cover.ts';
import { extractFootnoteTexts, type FootnoteText } from '../footnotes.ts';
import { findFurniture } from '../furniture.ts';
import { findHeadings } from '../headings.ts';
import { hyphenRule } from '../hyphenation.ts';
import type { ImportInput } from '../types.ts';
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
  };
}

/** The technology, from the cover line or else (with a warning) from the file name. */
export function identifyTechnology<S extends ImportState>(s: S): S & { identity: Identity } {
  const { fileName } = s.input;
  const identity = identify(s.input.lines, fileName);
  return {
    ...s,
    identity,
    warnings: identity.cover
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
  const furniture = findFurniture(s.input.lines, s.identity.cover);
  return {
    ...s,
    lines: blankLines(s.lines, furniture.drop),
    removed: [...s.removed, ...furniture.removed],
  };
}

/** The printed dates, `YYYY-MM-DD`, each only when printed. */
export interface PrintedDates {
  posted?: string;
  updated?: string;
}

/** Reads "Posted <date>" / "Updated <date>" lines printed before the first heading (the first of each counts). */
export function readDates<S extends ImportState>(s: S): S & { dates: PrintedDates } {
  const firstHeading = findHeadings(s.lines)[0]?.start ?? s.lines.length;
  const dates: PrintedDates = {};
  const taken: number[] = [];
  for (let i = 0; i < firstHeading; i++) {
    const text = s.lines[i]?.text ?? '';
    const m = DATE_LINE.exec(text);
    const iso = m?.[2] ? parsePrintedDate(m[2]) : null;
    if (!m || !iso) continue;
    if (/^posted/i.test(m[1] ?? '')) dates.posted ??= iso;
    else dates.updated ??= iso;
    taken.push(i);
  }
  return {
    ...s,
    dates,
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
