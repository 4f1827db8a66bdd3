import type { Cell, CountTable } from '../../src/schemas/stats.ts';

/** A two-way table of raw counts, before disclosure control. */
export interface RawTable {
  rows: string[];
  cols: string[];
  /** counts[r][c]; a combination absent from the data is 0. */
  counts: number[][];
}

/** A table after disclosure control: every cell and total published or suppressed. */
export type SuppressedTable = Pick<
  CountTable,
  'rows' | 'cols' | 'cells' | 'rowTotals' | 'colTotals' | 'total'
> & {
  /** Cells and totals withheld: primary (below threshold) plus complementary. */
  suppressed: number;
  /** Of which withheld only to protect another cell. */
  complementary: number;
};

interface Slot {
  n: number;
  suppressed: boolean;
}

/** True when a count must be withheld on its own: 0 < n < threshold. */
export function isPrimarySensitive(n: number, threshold: number): boolean {
  return n > 0 && n < threshold;
}

/**
 * Disclosure control for one table. Primary suppression withholds every
 * count (cell or total) with 0 < n < threshold. Complementary suppression
 * then makes sure no withheld value can be recovered by subtraction: in every
 * line whose total is published (each row, each column, the row totals
 * against the grand total, the column totals against the grand total) the
 * number of withheld entries is 0 or at least 2. When a line has exactly one,
 * its smallest published entry (non-zero first, then by position) is withheld
 * too; this repeats over rows and columns until nothing changes.
 */
export function suppressTable(table: RawTable, threshold: number): SuppressedTable {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`threshold must be a positive integer, got ${threshold}`);
  }
  const { rows, cols, counts } = table;
  if (counts.length !== rows.length || counts.some((r) => r.length !== cols.length)) {
    throw new RangeError('counts must be rows.length × cols.length');
  }
  const slot = (n: number): Slot => ({ n, suppressed: isPrimarySensitive(n, threshold) });
  const grid = counts.map((r) => r.map(slot));
  const rowTotals = counts.map((r) => slot(r.reduce((a, b) => a + b, 0)));
  const colTotals = cols.map((_, c) => slot(counts.reduce((a, r) => a + (r[c] ?? 0), 0)));
  const total = slot(rowTotals.reduce((a, t) => a + t.n, 0));
  const publishRowTotals = cols.length > 1;
  const publishColTotals = rows.length > 1;
  // Count each distinct published quantity once (a lone column's total is the grand total).
  const visible = (): Slot[] => [
    ...grid.flat(),
    ...(publishRowTotals ? rowTotals : []),
    ...(publishColTotals ? colTotals : []),
    ...(publishRowTotals && publishColTotals ? [total] : []),
  ];
  const primary = visible().filter((s) => s.suppressed).length;

  // Each line: entries that add up to a published total.
  const lines: { entries: Slot[]; total: Slot }[] = [];
  if (publishRowTotals) grid.forEach((r, i) => lines.push({ entries: r, total: rowTotals[i]! }));
  if (publishColTotals) {
    cols.forEach((_, c) => lines.push({ entries: grid.map((r) => r[c]!), total: colTotals[c]! }));
  }
  if (publishRowTotals && rows.length > 1) lines.push({ entries: rowTotals, total });
  if (publishColTotals && cols.length > 1) lines.push({ entries: colTotals, total });
  // Slots that hold the same quantity must share one fate.
  const aliases: [Slot, Slot][] = [];
  if (cols.length === 1) grid.forEach((r, i) => aliases.push([r[0]!, rowTotals[i]!]));
  if (rows.length === 1) grid[0]!.forEach((cell, c) => aliases.push([cell, colTotals[c]!]));
  if (cols.length === 1 && rows.length > 0) aliases.push([colTotals[0]!, total]);
  if (rows.length === 1) aliases.push([rowTotals[0]!, total]);

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.total.suppressed || line.entries.length < 2) continue;
      const withheld = line.entries.filter((e) => e.suppressed).length;
      if (withheld !== 1) continue;
      const candidate = pickComplement(line.entries);
      if (candidate) candidate.suppressed = true;
      else line.total.suppressed = true;
      changed = true;
    }
    for (const [a, b] of aliases) {
      if (a.suppressed !== b.suppressed) {
        a.suppressed = b.suppressed = true;
        changed = true;
      }
    }
  }

  const out = (s: Slot): Cell =>
    s.suppressed ? { value: null, status: 'suppressed' } : { value: s.n, status: 'published' };
  const suppressed = visible().filter((s) => s.suppressed).length;
  return {
    rows,
    cols,
    cells: grid.map((r) => r.map(out)),
    rowTotals: publishRowTotals ? rowTotals.map(out) : null,
    colTotals: publishColTotals ? colTotals.map(out) : null,
    total: out(total),
    suppressed,
    complementary: suppressed - primary,
  };
}

function pickComplement(entries: Slot[]): Slot | undefined {
  let best: Slot | undefined;
  for (const e of entries) {
    if (e.suppressed) continue;
    if (!best) best = e;
    else if ((best.n === 0 && e.n > 0) || (e.n > 0 === best.n > 0 && e.n < best.n)) best = e;
  }
  return best;
}
