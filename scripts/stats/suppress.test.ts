import { describe, expect, it } from 'vitest';
import { suppressTable, type SuppressedTable } from './suppress.ts';

const shown = (t: SuppressedTable): (number | 's')[][] =>
  t.cells.map((r) => r.map((c) => (c.status === 'suppressed' ? 's' : c.value!)));

describe('suppressTable', () => {
  it('publishes every cell, total and zero when all counts reach the threshold', () => {
    const t = suppressTable(
      {
        rows: ['a', 'b'],
        cols: ['x', 'y'],
        counts: [
          [10, 0],
          [25, 40],
        ],
      },
      10,
    );
    expect(shown(t)).toEqual([
      [10, 0],
      [25, 40],
    ]);
    expect(t.rowTotals?.map((c) => c.value)).toEqual([10, 65]);
    expect(t.colTotals?.map((c) => c.value)).toEqual([35, 40]);
    expect(t.total).toEqual({ value: 75, status: 'published' });
    expect(t.suppressed).toBe(0);
  });

  it('suppresses a second cell when a row with a published total has exactly one small cell', () => {
    // Row a: 5 + 20 + 30 = 55 is published, so 5 alone would be 55 - 20 - 30.
    const t = suppressTable(
      {
        rows: ['a', 'b'],
        cols: ['x', 'y', 'z'],
        counts: [
          [5, 20, 30],
          [15, 25, 40],
        ],
      },
      10,
    );
    // Primary: a.x. Row a -> a.y (smallest); column x -> b.x; column y -> b.y.
    expect(shown(t)).toEqual([
      ['s', 's', 30],
      ['s', 's', 40],
    ]);
    expect(t.rowTotals?.map((c) => c.value)).toEqual([55, 80]);
    expect(t.colTotals?.map((c) => c.value)).toEqual([20, 45, 70]);
    expect(t.total.value).toBe(135);
    expect(t.suppressed).toBe(4);
    expect(t.complementary).toBe(3);
  });

  it('leaves no row or column with a published total and exactly one suppressed cell', () => {
    const counts = [
      [3, 40, 12, 50],
      [22, 7, 31, 18],
      [60, 45, 2, 90],
      [11, 13, 17, 19],
    ];
    const t = suppressTable({ rows: ['1', '2', '3', '4'], cols: ['a', 'b', 'c', 'd'], counts }, 10);
    for (const row of t.cells)
      expect(row.filter((c) => c.status === 'suppressed').length).not.toBe(1);
    for (let j = 0; j < 4; j++) {
      expect(t.cells.filter((r) => r[j]!.status === 'suppressed').length).not.toBe(1);
    }
  });

  it('prefers a non-zero complement over a zero', () => {
    const t = suppressTable({ rows: ['a'], cols: ['x', 'y', 'z'], counts: [[4, 0, 30]] }, 10);
    expect(shown(t)).toEqual([['s', 0, 's']]);
    expect(t.rowTotals?.[0]).toEqual({ value: 34, status: 'published' });
  });

  it('suppresses a small total and then needs no complement in its line', () => {
    const t = suppressTable({ rows: ['a'], cols: ['x', 'y'], counts: [[5, 0]] }, 10);
    expect(shown(t)).toEqual([['s', 0]]);
    expect(t.total.status).toBe('suppressed');
  });

  it('protects a one-column table through its published total', () => {
    const t = suppressTable({ rows: ['p', 'q', 'r'], cols: ['n'], counts: [[3], [50], [60]] }, 10);
    expect(t.rowTotals).toBeNull();
    expect(shown(t)).toEqual([['s'], ['s'], [60]]);
    expect(t.colTotals).toEqual([{ value: 113, status: 'published' }]);
  });

  it.each([
    [4, [[4, 6, 30]], [[4, 6, 30]]],
    [5, [[4, 6, 30]], [['s', 's', 30]]],
    [31, [[4, 6, 30]], [['s', 's', 's']]],
    [3, [[2, 6, 30]], [['s', 's', 30]]],
  ])('applies the threshold it is given (%i)', (threshold, counts, expected) => {
    expect(shown(suppressTable({ rows: ['a'], cols: ['x', 'y', 'z'], counts }, threshold))).toEqual(
      expected,
    );
  });

  it('refuses a threshold that is not a positive whole number', () => {
    expect(() => suppressTable({ rows: [], cols: [], counts: [] }, 0)).toThrow(/positive integer/);
  });
});
