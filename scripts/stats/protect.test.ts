import { describe, expect, it } from 'vitest';
import { keyCycle, protectDataset, roundTo, type RawCountTable } from './protect.ts';

const table = (
  id: string,
  counts: number[][],
  keys: RawCountTable['keys'] = { row: 'period', col: 'outcome' },
  technology = 'alpha',
  statistic = id,
): RawCountTable => ({
  id,
  statistic,
  technology,
  keys,
  rows: counts.map((_, i) => `r${i}`),
  cols: counts[0]!.map((_, j) => `c${j}`),
  counts,
});
const shown = (t: { cells: { value: number | null }[][] }) =>
  t.cells.map((r) => r.map((c) => c.value ?? 's'));

describe('protectDataset', () => {
  it('publishes every count, zero and total, and rows read exactly, when no count is small', async () => {
    const out = await protectDataset({
      tables: [
        table('t', [
          [10, 0],
          [25, 40],
        ]),
      ],
      rowsRead: 75,
      threshold: 10,
    });
    const t = out.tables.get('t')!;
    expect(shown(t)).toEqual([
      [10, 0],
      [25, 40],
    ]);
    expect(t.rowTotals!.map((c) => c.value)).toEqual([10, 65]);
    expect(t.colTotals!.map((c) => c.value)).toEqual([35, 40]);
    expect(t.total.value).toBe(75);
    expect(t.protection).toBe('cells');
    expect(out.rowCounts).toEqual({ status: 'exact', roundedTo: null, value: 75 });
    expect(out.audit).toEqual({
      entries: 0,
      narrowest: null,
      tablesTotalOnly: 0,
      tablesWithheld: 0,
    });
  });

  it('withholds small counts and enough others that each interval spans the threshold', async () => {
    const out = await protectDataset({
      tables: [
        table('t', [
          [5, 20, 30],
          [15, 25, 40],
        ]),
      ],
      rowsRead: 135,
      threshold: 10,
    });
    expect(shown(out.tables.get('t')!)[0]![0]).toBe('s');
    expect(out.intervals.length).toBeGreaterThanOrEqual(4);
    for (const i of out.intervals) {
      expect(i.interval.lo).toBeLessThanOrEqual(i.value);
      expect(i.interval.hi).toBeGreaterThanOrEqual(i.value);
      expect(i.interval.hi - i.interval.lo).toBeGreaterThanOrEqual(10);
    }
    expect(out.audit.narrowest).toBe(
      Math.min(...out.intervals.map((i) => i.interval.hi - i.interval.lo)),
    );
  });

  it('shows a table of small counts as its total only', async () => {
    const out = await protectDataset({
      tables: [
        table('t', [
          [3, 4],
          [2, 5],
        ]),
      ],
      rowsRead: 14,
      threshold: 10,
    });
    const t = out.tables.get('t')!;
    expect(t.protection).toBe('total-only');
    expect(t.total).toEqual({ value: 14, status: 'published' });
    expect(out.audit.tablesTotalOnly).toBe(1);
  });

  it('protects a count that another table of the technology gives away through a shared key', async () => {
    // By period, both tables count the same uses: table b's period totals
    // (5 and 40) would give away a's one-column cells unless withheld too.
    const a = table('a', [[5], [40]], { row: 'period', col: null });
    const b = table(
      'b',
      [
        [2, 3],
        [20, 20],
      ],
      { row: 'period', col: 'purpose' },
    );
    const out = await protectDataset({ tables: [a, b], rowsRead: 45, threshold: 10 });
    expect(out.tables.get('a')!.cells[0]![0]!.status).toBe('suppressed');
    expect(out.tables.get('b')!.rowTotals![0]!.status).toBe('suppressed');
    for (const i of out.intervals) expect(i.interval.hi - i.interval.lo).toBeGreaterThanOrEqual(10);
  });

  it('rounds or withholds rows read when they would give away a technology total', async () => {
    const out = await protectDataset({
      tables: [
        table('a', [[50], [60]], { row: 'period', col: null }, 'alpha', 's'),
        table('b', [[4]], { row: 'period', col: null }, 'beta', 's'),
      ],
      rowsRead: 114,
      threshold: 10,
    });
    expect(out.tables.get('b')!.total.status).toBe('suppressed');
    // Exact (114 - 110 = 4) and rounded to 10 (110..119 less 110 leaves 0..9) both fail.
    expect(out.rowCounts).toEqual({ status: 'rounded', roundedTo: 100, value: 100 });
  });

  it('refuses a threshold that is not a positive whole number, and a ragged table', async () => {
    await expect(protectDataset({ tables: [], rowsRead: 0, threshold: 0 })).rejects.toThrow(
      /positive integer/,
    );
    await expect(
      protectDataset({
        tables: [{ ...table('t', [[1, 2]]), cols: ['x'] }],
        rowsRead: 3,
        threshold: 5,
      }),
    ).rejects.toThrow(/rows\.length × cols\.length/);
  });
});

describe('keyCycle', () => {
  it('accepts key columns that form a forest and names the statistics closing a cycle', () => {
    const s = (name: string, row: string | null, col: string | null) => ({
      name,
      keys: { row, col },
    });
    expect(keyCycle([s('a', 'period', 'outcome'), s('b', 'purpose', 'borough')])).toBeNull();
    expect(
      keyCycle([s('a', 'period', 'outcome'), s('b', 'period', 'purpose'), s('c', 'period', null)]),
    ).toBeNull();
    expect(keyCycle([s('a', 'period', 'outcome'), s('b', 'outcome', 'period')])).toBeNull();
    expect(
      keyCycle([
        s('a', 'period', 'outcome'),
        s('b', 'outcome', 'purpose'),
        s('c', 'purpose', 'period'),
      ]),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe('roundTo', () => {
  it.each([
    [114, 10, 110],
    [115, 10, 120],
    [4, 10, 0],
    [149, 100, 100],
    [150, 100, 200],
  ])('rounds %i to the nearest multiple of %i, halves up: %i', (n, b, out) => {
    expect(roundTo(n, b)).toBe(out);
  });
});
