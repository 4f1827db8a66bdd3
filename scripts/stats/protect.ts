/**
 * Disclosure control of one record-level dataset, audited (see audit.ts):
 *
 * 1. Primary suppression: every count (cell, row, column or grand total) from
 *    1 to threshold - 1 is withheld.
 * 2. Secondary suppression: a line (row, column, totals shared between tables)
 *    with exactly one withheld entry withholds one more, then the audit takes
 *    over: for every withheld count it computes the interval of values
 *    consistent with everything published. A count is protected when that
 *    interval is at least `threshold` wide (largest minus smallest value), so
 *    a reader can neither pin it down nor tell whether a small count is below
 *    the threshold. While some count is not protected, one more entry is
 *    withheld (least information lost first: a cell before a row or column
 *    total before a grand total, a non-zero count before a zero, the smallest
 *    first, nearest relations first) and the audit runs again.
 * 3. When nothing left to withhold protects it, the table is published as its
 *    grand total only; failing that, with its total withheld too; failing
 *    that, not at all.
 * 4. Rows read (and used) act as a margin: the technologies' totals of each
 *    statistic add up to them. They are published exactly when the audit
 *    allows it, else rounded (to the threshold, then to ten times it) when the
 *    audit allows that, else withheld.
 *
 * What a reader is assumed to know (deliberately more than is published, so
 * that the audit errs on the side of withholding): every published value;
 * that each listed row, column and table holds at least one record; that
 * tables of one technology count the same records (their shared totals differ
 * by exactly what they differ by in the data, usually 0); and that each
 * statistic's tables add up to the rows read less exactly the rows it leaves
 * out.
 */
import type { Cell } from '../../src/schemas/stats.ts';
import {
  componentIntervals,
  components,
  type AuditQuantity,
  type AuditRelation,
  type Interval,
} from './audit.ts';

/** One table of raw counts (one statistic, one technology), before disclosure control. */
export interface RawCountTable {
  id: string;
  statistic: string;
  technology: string;
  /** The view columns the row and column keys come from (null: a constant). */
  keys: { row: string | null; col: string | null };
  rows: string[];
  cols: string[];
  /** counts[r][c]; a combination absent from the data is 0. */
  counts: number[][];
}

/** What the protection of one dataset needs. */
export interface ProtectInput {
  tables: RawCountTable[];
  /** Rows read from the file (every row counts in each statistic unless it filters). */
  rowsRead: number;
  threshold: number;
}

/** One table after disclosure control. */
export interface ProtectedTable {
  cells: Cell[][];
  /** Null when the table has one column (they would repeat the cells). */
  rowTotals: Cell[] | null;
  /** Null when the table has one row. */
  colTotals: Cell[] | null;
  total: Cell;
  protection: 'cells' | 'total-only';
}

/** How rows read (and used) may be published. */
export interface RowCountsDecision {
  status: 'exact' | 'rounded' | 'withheld';
  roundedTo: number | null;
  /** The figure to publish: exact, rounded, or null when withheld. */
  value: number | null;
}

/** The dataset after disclosure control and its audit. */
export interface ProtectOutput {
  /** Published tables by id; a table withheld whole is absent. */
  tables: Map<string, ProtectedTable>;
  rowCounts: RowCountsDecision;
  audit: {
    /** Withheld counts audited (distinct counts: a total that repeats a cell is counted once). */
    entries: number;
    /** Narrowest interval among them; null when none is bounded. */
    narrowest: number | null;
    tablesTotalOnly: number;
    tablesWithheld: number;
  };
  /** Every audited count's final interval, by entry (for tests and benchmarks). */
  intervals: { table: string | null; entry: string; value: number; interval: Interval }[];
}

type Kind = 'cell' | 'margin' | 'grand' | 'rows-read';

interface Quantity extends AuditQuantity {
  kind: Kind;
  /** Index of its table; -1 for rows read. */
  table: number;
  /** Where it is shown, for messages and tests (`cell 2,1`, `row 2`, `total`). */
  entry: string;
  primary: boolean;
  suppressed: boolean;
}

interface TableModel {
  raw: RawCountTable;
  cells: number[][];
  rowQ: number[];
  colQ: number[];
  grand: number;
  mode: 'cells' | 'total-only' | 'withheld';
}

/** True when a count must be withheld on its own: 0 < n < threshold. */
export function isPrimarySensitive(n: number, threshold: number): boolean {
  return n > 0 && n < threshold;
}

/**
 * Checks that the statistics of one dataset can be audited exactly: their
 * key columns, as edges between columns, must form no cycle (three tables
 * over a-b, b-c and a-c are linked in ways two-way totals do not capture).
 * Returns the names of statistics closing a cycle, or null.
 */
export function keyCycle(
  stats: readonly { name: string; keys: { row: string | null; col: string | null } }[],
): string[] | null {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const seen = new Set<string>();
  const used: string[] = [];
  for (const s of stats) {
    const { row, col } = s.keys;
    if (row === null || col === null || row === col) continue;
    const edge = [row, col].sort().join('\u0000');
    if (seen.has(edge)) continue;
    seen.add(edge);
    for (const f of [row, col]) if (!parent.has(f)) parent.set(f, f);
    const a = find(row);
    const b = find(col);
    used.push(s.name);
    if (a === b) return used;
    parent.set(a, b);
  }
  return null;
}

/** Runs disclosure control and its audit over every table of one dataset. */
export async function protectDataset(input: ProtectInput): Promise<ProtectOutput> {
  const T = input.threshold;
  if (!Number.isInteger(T) || T < 1) {
    throw new RangeError(`threshold must be a positive integer, got ${T}`);
  }
  const qs: Quantity[] = [];
  const relations: AuditRelation[] = [];
  const add = (value: number, kind: Kind, table: number, entry: string, lower: number): number => {
    qs.push({
      value,
      state: 'fixed',
      lower,
      kind,
      table,
      entry,
      primary: isPrimarySensitive(value, T),
      suppressed: false,
    });
    return qs.length - 1;
  };
  const relate = (terms: [number, number][], rhs: number): void => {
    relations.push({ terms, rhs });
  };

  const tables: TableModel[] = input.tables.map((raw, t) => {
    const R = raw.rows.length;
    const C = raw.cols.length;
    if (R === 0 || C === 0 || raw.counts.length !== R || raw.counts.some((r) => r.length !== C)) {
      throw new RangeError(`table ${raw.id}: counts must be rows.length × cols.length, not empty`);
    }
    const cells = raw.counts.map((r, i) => r.map((n, j) => add(n, 'cell', t, `cell ${i},${j}`, 0)));
    const rowSum = raw.counts.map((r) => r.reduce((a, b) => a + b, 0));
    const colSum = raw.cols.map((_, j) => raw.counts.reduce((a, r) => a + r[j]!, 0));
    const total = rowSum.reduce((a, b) => a + b, 0);
    const rowQ = raw.rows.map((_, i) =>
      C === 1 ? cells[i]![0]! : add(rowSum[i]!, 'margin', t, `row ${i}`, 1),
    );
    const colQ = raw.cols.map((_, j) =>
      R === 1 ? cells[0]![j]! : add(colSum[j]!, 'margin', t, `column ${j}`, 1),
    );
    let grand: number;
    if (R === 1) grand = rowQ[0]!;
    else if (C === 1) grand = colQ[0]!;
    else grand = add(total, 'grand', t, 'total', 1);
    for (const q of [...rowQ, ...colQ]) qs[q]!.lower = 1;
    qs[grand]!.kind = 'grand';
    qs[grand]!.entry = 'total';
    if (C > 1)
      rowQ.forEach((q, i) =>
        relate([[q, 1], ...cells[i]!.map((c) => [c, -1] as [number, number])], 0),
      );
    if (R > 1)
      colQ.forEach((q, j) =>
        relate([[q, 1], ...cells.map((r) => [r[j]!, -1] as [number, number])], 0),
      );
    if (R > 1 && C > 1) relate([[grand, 1], ...rowQ.map((q) => [q, -1] as [number, number])], 0);
    return { raw, cells, rowQ, colQ, grand, mode: 'cells' };
  });

  // Tables of one technology count the same records: link their shared totals.
  const groups = new Map<string, number[]>();
  tables.forEach((tb, t) =>
    groups.set(tb.raw.technology, [...(groups.get(tb.raw.technology) ?? []), t]),
  );
  for (const members of groups.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) link(tables[members[x]!]!, tables[members[y]!]!);
    }
  }
  function link(a: TableModel, b: TableModel): void {
    const fa = [a.raw.keys.row, a.raw.keys.col].filter((k): k is string => k !== null);
    const fb = new Set([b.raw.keys.row, b.raw.keys.col].filter((k): k is string => k !== null));
    const shared = [...new Set(fa.filter((f) => fb.has(f)))];
    const diff = (p: number | undefined, q: number | undefined): void => {
      const terms: [number, number][] = [];
      let rhs = 0;
      if (p !== undefined) {
        terms.push([p, 1]);
        rhs += qs[p]!.value;
      }
      if (q !== undefined) {
        terms.push([q, -1]);
        rhs -= qs[q]!.value;
      }
      relate(terms, rhs);
    };
    if (shared.length === 0) return diff(a.grand, b.grand);
    if (shared.length === 1) {
      const margin = (tb: TableModel, f: string): Map<string, number> =>
        tb.raw.keys.row === f
          ? new Map(tb.raw.rows.map((r, i) => [r, tb.rowQ[i]!]))
          : new Map(tb.raw.cols.map((c, j) => [c, tb.colQ[j]!]));
      const ma = margin(a, shared[0]!);
      const mb = margin(b, shared[0]!);
      for (const level of new Set([...ma.keys(), ...mb.keys()])) diff(ma.get(level), mb.get(level));
      return;
    }
    // Both keys shared: the same breakdown, cell by cell (possibly transposed).
    const cellsOf = (tb: TableModel, first: string): Map<string, number> => {
      const m = new Map<string, number>();
      tb.raw.rows.forEach((r, i) =>
        tb.raw.cols.forEach((c, j) => {
          const key = tb.raw.keys.row === first ? `${r}\u0000${c}` : `${c}\u0000${r}`;
          m.set(key, tb.cells[i]![j]!);
        }),
      );
      return m;
    };
    const ca = cellsOf(a, shared[0]!);
    const cb = cellsOf(b, shared[0]!);
    for (const key of new Set([...ca.keys(), ...cb.keys()])) diff(ca.get(key), cb.get(key));
  }

  // Rows read: each statistic's tables add up to it, less the rows the statistic leaves out.
  const rowsRead = add(input.rowsRead, 'rows-read', -1, 'rows read', 0);
  const byStatistic = new Map<string, number[]>();
  tables.forEach((tb, t) =>
    byStatistic.set(tb.raw.statistic, [...(byStatistic.get(tb.raw.statistic) ?? []), t]),
  );
  for (const members of byStatistic.values()) {
    const grands = members.map((t) => tables[t]!.grand);
    const covered = grands.reduce((a, q) => a + qs[q]!.value, 0);
    relate(
      [[rowsRead, 1], ...grands.map((q) => [q, -1] as [number, number])],
      input.rowsRead - covered,
    );
  }

  const relationsOf: number[][] = qs.map(() => []);
  relations.forEach((r, k) => {
    for (const [q] of r.terms) if (!relationsOf[q]!.includes(k)) relationsOf[q]!.push(k);
  });

  const suppress = (q: number): void => {
    qs[q]!.suppressed = true;
    qs[q]!.state = 'free';
  };
  const audited = (q: Quantity): boolean =>
    q.suppressed && (q.kind === 'rows-read' ? q.primary : tables[q.table]!.mode !== 'withheld');

  // 1. Primary suppression; rows read start withheld (decided last).
  qs.forEach((q, i) => {
    if (q.primary || q.kind === 'rows-read') suppress(i);
  });

  // 2a. Lines with exactly one withheld entry withhold one more (cheap, before the audit).
  const rank = (q: Quantity): [number, number, number] => [
    q.kind === 'cell' ? 0 : q.kind === 'margin' ? 1 : 2,
    q.value === 0 ? 1 : 0,
    q.value,
  ];
  const better = (a: number, b: number): boolean => {
    const ra = rank(qs[a]!);
    const rb = rank(qs[b]!);
    for (let k = 0; k < 3; k++) if (ra[k] !== rb[k]) return ra[k]! < rb[k]!;
    return a < b;
  };
  const candidateIn = (rels: Iterable<number>): number | null => {
    let best: number | null = null;
    for (const k of rels)
      for (const [q] of relations[k]!.terms) {
        const x = qs[q]!;
        if (x.suppressed || x.kind === 'rows-read' || tables[x.table]!.mode === 'withheld')
          continue;
        if (best === null || better(q, best)) best = q;
      }
    return best;
  };
  for (let changed = true; changed;) {
    changed = false;
    relations.forEach((r, k) => {
      if (r.terms.some(([q]) => qs[q]!.kind === 'rows-read')) return;
      const withheld = r.terms.filter(([q]) => qs[q]!.suppressed);
      if (withheld.length !== 1 || r.terms.length < 2) return;
      const c = candidateIn([k]);
      if (c !== null) {
        suppress(c);
        changed = true;
      }
    });
  }

  // 2b-3. Audit, withhold more, fall back, until every withheld count is protected.
  const cache = new Map<string, Map<number, Interval>>();
  const intervalsOf = async (
    comp: number[],
    targets: number[],
    width?: number,
  ): Promise<Map<number, Interval>> => {
    const key = `${width ?? 'exact'}|${comp.map((q) => `${q}:${qs[q]!.state}:${qs[q]!.range?.join('-') ?? ''}`).join(',')}|${targets.join(',')}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const rels = new Set<number>();
    for (const q of comp) for (const k of relationsOf[q]!) rels.add(k);
    const res = await componentIntervals(
      qs,
      [...rels].sort((a, b) => a - b).map((k) => relations[k]!),
      comp,
      targets,
      width,
    );
    cache.set(key, res);
    return res;
  };
  const firstUnprotected = async (): Promise<number | null> => {
    for (const comp of components(qs, relations)) {
      const targets = comp.filter((q) => audited(qs[q]!));
      if (targets.length === 0) continue;
      const res = await intervalsOf(comp, targets, T);
      for (const q of targets) {
        const iv = res.get(q)!;
        if (iv.hi - iv.lo < T) return q;
      }
    }
    return null;
  };
  /** The best published entry nearest to q through relations (breadth first). */
  const nearestCandidate = (q: number): number | null => {
    const seenQ = new Set([q]);
    const seenR = new Set<number>();
    let frontier = [q];
    while (frontier.length > 0) {
      const rels = frontier.flatMap((x) => relationsOf[x]!).filter((k) => !seenR.has(k));
      rels.forEach((k) => seenR.add(k));
      const c = candidateIn(rels);
      if (c !== null) return c;
      const next: number[] = [];
      for (const k of rels)
        for (const [x] of relations[k]!.terms)
          if (!seenQ.has(x)) {
            seenQ.add(x);
            next.push(x);
          }
      frontier = next;
    }
    return null;
  };
  const totalOnly = (tb: TableModel): void => {
    tb.mode = 'total-only';
    for (const q of [...tb.cells.flat(), ...tb.rowQ, ...tb.colQ]) if (q !== tb.grand) suppress(q);
  };
  const withhold = (tb: TableModel): void => {
    tb.mode = 'withheld';
    for (const q of [...tb.cells.flat(), ...tb.rowQ, ...tb.colQ, tb.grand]) suppress(q);
  };
  for (let q = await firstUnprotected(); q !== null; q = await firstUnprotected()) {
    const x = qs[q]!;
    const tb = x.table >= 0 ? tables[x.table]! : null;
    const c = nearestCandidate(q);
    if (c !== null && !(qs[c]!.kind === 'grand' && tb?.mode === 'cells')) {
      suppress(c);
      continue;
    }
    if (tb === null) {
      // Rows read cannot be protected by anything left to withhold: withhold every table.
      tables.forEach(withhold);
      continue;
    }
    if (tb.mode === 'cells') totalOnly(tb);
    else if (!qs[tb.grand]!.suppressed) suppress(tb.grand);
    else withhold(tb);
  }

  // 4. Rows read: exactly, rounded, or withheld, as the audit allows.
  const R = qs[rowsRead]!;
  let rowCounts: RowCountsDecision = { status: 'withheld', roundedTo: null, value: null };
  if (!R.primary) {
    const trials: RowCountsDecision[] = [
      { status: 'exact', roundedTo: null, value: input.rowsRead },
      ...[T, 10 * T]
        .filter((b) => b > 1)
        .map((b): RowCountsDecision => ({
          status: 'rounded',
          roundedTo: b,
          value: roundTo(input.rowsRead, b),
        })),
    ];
    for (const trial of trials) {
      if (trial.status === 'exact') {
        R.suppressed = false;
        R.state = 'fixed';
      } else {
        const b = trial.roundedTo!;
        const v = trial.value!;
        R.suppressed = true;
        R.state = 'range';
        R.range = [Math.max(0, v - Math.floor(b / 2)), v + Math.ceil(b / 2) - 1];
      }
      if ((await firstUnprotected()) === null) {
        rowCounts = trial;
        break;
      }
    }
    if (rowCounts.status === 'withheld') {
      R.suppressed = true;
      R.state = 'free';
      delete R.range;
    }
  }

  // The final, exact intervals of every audited count.
  const intervals: ProtectOutput['intervals'] = [];
  for (const comp of components(qs, relations)) {
    const targets = comp.filter((q) => audited(qs[q]!));
    if (targets.length === 0) continue;
    const res = await intervalsOf(comp, targets);
    for (const q of targets) {
      const x = qs[q]!;
      const iv = res.get(q)!;
      if (iv.hi - iv.lo < T) throw new Error(`the suppression audit left ${x.entry} unprotected`);
      intervals.push({
        table: x.table >= 0 ? tables[x.table]!.raw.id : null,
        entry: x.entry,
        value: x.value,
        interval: iv,
      });
    }
  }
  const finite = intervals
    .map((i) => i.interval.hi - i.interval.lo)
    .filter((w) => Number.isFinite(w));

  const out = new Map<string, ProtectedTable>();
  const cell = (q: number): Cell =>
    qs[q]!.suppressed
      ? { value: null, status: 'suppressed' }
      : { value: qs[q]!.value, status: 'published' };
  for (const tb of tables) {
    if (tb.mode === 'withheld') continue;
    // A table whose every cell and row or column total is withheld shows its total only.
    const shown = [...tb.cells.flat(), ...tb.rowQ, ...tb.colQ].filter((q) => q !== tb.grand);
    if (shown.length > 0 && shown.every((q) => qs[q]!.suppressed)) tb.mode = 'total-only';
    out.set(tb.raw.id, {
      cells: tb.cells.map((r) => r.map(cell)),
      rowTotals: tb.raw.cols.length > 1 ? tb.rowQ.map(cell) : null,
      colTotals: tb.raw.rows.length > 1 ? tb.colQ.map(cell) : null,
      total: cell(tb.grand),
      protection: tb.mode === 'total-only' ? 'total-only' : 'cells',
    });
  }
  return {
    tables: out,
    rowCounts,
    audit: {
      entries: intervals.length,
      narrowest: finite.length > 0 ? Math.min(...finite) : null,
      tablesTotalOnly: tables.filter((t) => t.mode === 'total-only').length,
      tablesWithheld: tables.filter((t) => t.mode === 'withheld').length,
    },
    intervals,
  };
}

/** n rounded to the nearest multiple of b (halves up). */
export function roundTo(n: number, b: number): number {
  return b * Math.floor((n + b / 2) / b);
}
