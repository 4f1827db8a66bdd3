import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnGroups, sameColumns } from './column-groups.ts';

describe('columnGroups', () => {
  it('keeps a matrix that fits in one table', () => {
    expect(columnGroups(2, 4)).toEqual([{ start: 0, end: 2 }]);
    expect(columnGroups(4, 4)).toEqual([{ start: 0, end: 4 }]);
  });

  it('cuts a wider one into the fewest tables, as even as can be', () => {
    expect(columnGroups(5, 4)).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ]);
    expect(columnGroups(10, 4)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 7 },
      { start: 7, end: 10 },
    ]);
    expect(columnGroups(202, 4)).toHaveLength(51);
  });

  it('gives one empty table for no policy, and refuses a nonsense size', () => {
    expect(columnGroups(0, 3)).toEqual([{ start: 0, end: 0 }]);
    expect(() => columnGroups(3, 0)).toThrow(RangeError);
    expect(() => columnGroups(-1, 3)).toThrow(RangeError);
  });

  it('covers every column once, in order, never more than max a table', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 12 }), (n, max) => {
        const g = columnGroups(n, max);
        expect(g[0]!.start).toBe(0);
        expect(g.at(-1)!.end).toBe(n);
        expect(g.length).toBe(Math.ceil(n / max));
        for (let i = 0; i < g.length; i++) {
          const size = g[i]!.end - g[i]!.start;
          expect(size).toBeGreaterThan(0);
          expect(size).toBeLessThanOrEqual(max);
          if (i > 0) expect(g[i]!.start).toBe(g[i - 1]!.end);
        }
        const sizes = g.map((x) => x.end - x.start);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('sameColumns', () => {
  it('merges columns that read the same, in the order of their first column', () => {
    const cols = ['nr', 'na', 'nr', 'r:4', 'nr', 'na'];
    expect(sameColumns(cols.length, (i) => cols[i]!)).toEqual([[0, 2, 4], [1, 5], [3]]);
  });

  it('keeps every column of a matrix whose columns all differ, and has none for none', () => {
    expect(sameColumns(3, (i) => String(i))).toEqual([[0], [1], [2]]);
    expect(sameColumns(0, () => 'x')).toEqual([]);
  });

  it('puts every column in exactly one group, in column order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 60 }), (keys) => {
        const g = sameColumns(keys.length, (i) => String(keys[i]));
        expect(
          g
            .flat()
            .slice()
            .sort((a, b) => a - b),
        ).toEqual(keys.map((_, i) => i));
        for (const group of g) {
          expect(new Set(group.map((i) => keys[i])).size).toBe(1);
          expect(group).toEqual(group.slice().sort((a, b) => a - b));
        }
        expect(g.length).toBe(new Set(keys).size);
      }),
    );
  });
});
