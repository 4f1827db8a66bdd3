// Hand-written: applying reviewed corrections is this importer's bookkeeping (text found exactly once, consecutive table cells).
import type { Correction } from '../../src/schemas/corrections.ts';

/** A correction as applied, for the report. */
export interface AppliedCorrection {
  target: Correction['target'];
  /** Paragraph/list item id, footnote number or table cell where it was applied. */
  where: string;
  original: string | string[];
  corrected: string | string[];
  reason: string;
}

/** Applies a text correction to located texts: `original` must occur exactly once among them. */
export function correctText(
  texts: { where: string; text: string }[],
  c: Correction,
): { applied: AppliedCorrection | null; problem: string | null } {
  const { original, corrected } = c;
  if (Array.isArray(original) || Array.isArray(corrected))
    return {
      applied: null,
      problem: `correction for ${c.target} must give "original" and "corrected" as one string each`,
    };
  const hits = texts.filter((t) => t.text.split(original).length - 1 > 0);
  const total = hits.reduce((s, t) => s + t.text.split(original).length - 1, 0);
  const hit = hits[0];
  if (total !== 1 || !hit) {
    return {
      applied: null,
      problem: `correction "${original}" -> "${corrected}" not applied: found ${total} times in ${c.target} (must be exactly once)`,
    };
  }
  hit.text = hit.text.replace(original, () => corrected);
  return {
    applied: { target: c.target, where: hit.where, original, corrected, reason: c.reason },
    problem: null,
  };
}

/**
 * Applies a table-cell correction: replaces the consecutive cells equal to
 * `original` by the `corrected` cell(s) (merging or splitting cells that
 * extraction joined or split wrongly).
 */
export function correctCells(
  cells: string[],
  c: Correction,
  column: string,
): { applied: AppliedCorrection | null; problem: string | null } {
  const original = Array.isArray(c.original) ? c.original : [c.original];
  for (let i = 0; i + original.length <= cells.length; i++) {
    if (original.every((o, k) => cells[i + k] === o)) {
      cells.splice(
        i,
        original.length,
        ...(Array.isArray(c.corrected) ? c.corrected : [c.corrected]),
      );
      return {
        applied: {
          target: c.target,
          where: `${column} cell ${i + 1}`,
          original: c.original,
          corrected: c.corrected,
          reason: c.reason,
        },
        problem: null,
      };
    }
  }
  return {
    applied: null,
    problem: `correction of ${c.target} not applied: cells ${JSON.stringify(original)} not found`,
  };
}
