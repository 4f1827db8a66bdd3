import type { AppliedCorrection } from '../corrections.ts';
import type { Decide, Hyphenation } from '../hyphenation.ts';
import type { Unplaced } from '../tables.ts';
import type { ImportInput, Line, RemovedFurniture } from '../types.ts';

/**
 * What every stage receives and passes on. A stage never changes the state
 * it is given: it returns a new one, with its own findings added (the
 * `S & { ... }` in its signature) and the notes below extended.
 */
export interface ImportState {
  input: ImportInput;
  /** The input text, one line per line: evidence for the hyphenation and extraction-error rules. */
  documentText: string;
  /** Decides line-end hyphens by evidence in this document. */
  decide: Decide;
  /** The lines still to read: text consumed as structure (cover, furniture, dates, footnotes) is blanked. */
  lines: readonly Line[];
  /** Report warnings, in the order found. */
  warnings: readonly string[];
  /** Printed text consumed as structure: cover and date lines, table headings and labels. */
  structural: readonly string[];
  /** Page furniture taken out, for the report. */
  removed: readonly RemovedFurniture[];
  /** Text the importer could not place, for the report. */
  unassigned: readonly Unplaced[];
  /** Line-end hyphens met while joining lines, and what was decided. */
  hyphenations: readonly Hyphenation[];
  /** Reviewed corrections applied so far (headings first, then texts), for the report. */
  applied: readonly AppliedCorrection[];
}

/**
 * The lines with those at `indexes` blanked, in ascending order. A blanked
 * line that opened a page hands its page start on to the next line with text.
 */
export function blankLines(lines: readonly Line[], indexes: Iterable<number>): Line[] {
  const out = lines.map((l) => ({ ...l }));
  for (const idx of [...indexes].sort((a, b) => a - b)) {
    const l = out[idx];
    if (!l) continue;
    if (l.pageStart) {
      const next = out.slice(idx + 1).find((x) => x.text);
      if (next) next.pageStart = true;
    }
    l.text = '';
    l.pageStart = false;
  }
  return out;
}
