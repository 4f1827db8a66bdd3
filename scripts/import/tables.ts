// Hand-written: the two tables come out of extraction tab-separated with wrapped rows, or column by column; a DSV parser reads neither.
import { parsePrintedDate } from './cover.ts';
import { type Decide, type Hyphenation, joinText } from './hyphenation.ts';
import { endsSentence } from './paragraphs.ts';
import type { Line } from './types.ts';

/** Text the importer could not place; reported, never dropped. */
export interface Unplaced {
  line: number;
  text: string;
  reason: string;
}

/** The two columns of the "summary of changes" table, before pairing into rows. */
export interface ChangesColumns {
  update: string[];
  description: string[];
  /** `rows`: tab-separated rows; `columns`: extracted column by column. */
  layout: 'rows' | 'columns';
  /** Header labels as printed ("Update", "Description of Update"). */
  labels: string[];
  unplaced: Unplaced[];
}

/**
 * Splits lines into cells: a cell ends with a finished sentence and the next
 * one starts with a capital letter; anything else continues the cell (blank
 * lines inside cells are extraction noise).
 */
export function cellsFromLines(
  lines: readonly Line[],
  decide: Decide,
  log: Hyphenation[],
): string[] {
  const cells: string[] = [];
  for (const l of lines) {
    if (!l.text) continue;
    const last = cells.at(-1);
    if (last === undefined || (endsSentence(last) && /^\p{Lu}/u.test(l.text))) cells.push(l.text);
    else cells[cells.length - 1] = joinText(last, l.text, decide, log);
  }
  return cells;
}

/**
 * The gap between two table cells as extraction renders it: one or more
 * tabs (with any spaces around them), or a run of three or more spaces
 * (layout-preserving extraction).
 */
export const CELL_GAP = /[ ]*\t[ \t]*|[ ]{3,}/;
const CELL_GAPS = new RegExp(CELL_GAP.source, 'g');

const UPDATE_LABEL = /^update$/i;
const DESCRIPTION_LABEL = /^description of update$/i;

/**
 * Reads the "summary of changes between draft & final policy" table, either
 * tab-separated row by row or extracted column by column (all "Update" cells,
 * then all "Description of Update" cells). A tab-separated row wrapped over
 * several lines continues while its "Update" cell (a sentence ending with a
 * full stop in every printed table) is unfinished.
 */
export function readChangesTable(
  region: readonly Line[],
  decide: Decide,
  log: Hyphenation[],
): ChangesColumns {
  const text = region.filter((l) => l.text);
  const unplaced: Unplaced[] = [];
  if (text.some((l) => CELL_GAP.test(l.text))) {
    const update: string[] = [];
    const description: string[] = [];
    const labels: string[] = [];
    for (const l of text) {
      const cells = l.text.split(CELL_GAP).map((c) => c.trim());
      if (
        labels.length === 0 &&
        cells.length >= 2 &&
        UPDATE_LABEL.test(cells[0] ?? '') &&
        DESCRIPTION_LABEL.test(cells[1] ?? '')
      ) {
        labels.push(...cells);
      } else if (update.length > 0 && !endsSentence(update.at(-1) ?? '')) {
        // A row wrapped over several lines: its "Update" cell is still unfinished.
        const i = update.length - 1;
        if (cells.length >= 2) {
          update[i] = joinText(update[i] ?? '', cells[0] ?? '', decide, log);
          description[i] = joinText(description[i] ?? '', cells.slice(1).join(' '), decide, log);
        } else if (endsSentence(description[i] ?? '')) {
          update[i] = joinText(update[i] ?? '', l.text, decide, log);
        } else {
          description[i] = joinText(description[i] ?? '', l.text, decide, log);
        }
      } else if (cells.length >= 2) {
        update.push(cells[0] ?? '');
        description.push(cells.slice(1).join(' '));
      } else if (description.length > 0) {
        description[description.length - 1] = joinText(
          description.at(-1) ?? '',
          l.text,
          decide,
          log,
        );
      } else {
        unplaced.push({
          line: l.n,
          text: l.text,
          reason: 'changes table: text before the first row',
        });
      }
    }
    return { update, description, layout: 'rows', labels, unplaced };
  }
  const u = text.findIndex((l) => UPDATE_LABEL.test(l.text));
  const d = text.findIndex((l) => DESCRIPTION_LABEL.test(l.text));
  if (u < 0 || d < u) {
    return {
      update: [],
      description: [],
      layout: 'columns',
      labels: [],
      unplaced: text.map((l) => ({
        line: l.n,
        text: l.text,
        reason: 'changes table: no "Update" / "Description of Update" header found',
      })),
    };
  }
  text
    .slice(0, u)
    .forEach((l) =>
      unplaced.push({ line: l.n, text: l.text, reason: 'changes table: text before the header' }),
    );
  return {
    update: cellsFromLines(text.slice(u + 1, d), decide, log),
    description: cellsFromLines(text.slice(d + 1), decide, log),
    layout: 'columns',
    labels: [text[u]?.text ?? '', text[d]?.text ?? ''],
    unplaced,
  };
}

/** Pairs the two columns into rows; cells left over when the counts differ are returned unplaced. */
export function pairChanges(columns: Pick<ChangesColumns, 'update' | 'description'>): {
  rows: { update: string; description: string }[];
  leftover: string[];
} {
  const n = Math.min(columns.update.length, columns.description.length);
  const rows = Array.from({ length: n }, (_, i) => ({
    update: columns.update[i] ?? '',
    description: columns.description[i] ?? '',
  }));
  return { rows, leftover: [...columns.update.slice(n), ...columns.description.slice(n)] };
}

/** One addendum row as read. */
export interface AddendumRead {
  date: string;
  printedDate: string;
  description: string;
  line: number;
}

const ADDENDUM_ROW =
  /^((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s*\d{4})\s*(.*)$/;

/** The "<TECHNOLOGY> ADDENDUM" table as read. */
export interface AddendaTable {
  rows: AddendumRead[];
  /** Header labels as printed ("Date of Addendum", ...). */
  labels: string[];
  unplaced: Unplaced[];
}

/** Reads the "<TECHNOLOGY> ADDENDUM" table: a header, then rows opening with a printed date. */
export function readAddendaTable(
  region: readonly Line[],
  decide: Decide,
  log: Hyphenation[],
): AddendaTable {
  const rows: AddendumRead[] = [];
  const labels: string[] = [];
  const unplaced: Unplaced[] = [];
  for (const l of region) {
    if (!l.text) continue;
    if (labels.length === 0 && rows.length === 0 && /^date of addend/i.test(l.text)) {
      labels.push(...l.text.split(CELL_GAP).map((c) => c.trim()));
      continue;
    }
    const m = ADDENDUM_ROW.exec(l.text);
    const iso = m?.[1] ? parsePrintedDate(m[1]) : null;
    if (m?.[1] && iso) {
      rows.push({
        date: iso,
        printedDate: m[1].replace(/\s+/g, ' '),
        description: (m[2] ?? '').replace(CELL_GAPS, ' ').trim(),
        line: l.n,
      });
      continue;
    }
    const last = rows.at(-1);
    if (last)
      last.description = joinText(last.description, l.text.replace(CELL_GAPS, ' '), decide, log);
    else
      unplaced.push({
        line: l.n,
        text: l.text,
        reason: 'addenda table: text before the first dated row',
      });
  }
  return { rows, labels, unplaced };
}
