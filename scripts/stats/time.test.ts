import { describe, expect, it } from 'vitest';
import { isIsoDate as schemaIsIsoDate } from '../../src/schemas/dates.ts';
import { coarsen, isIsoDate, periodSql } from './time.ts';

describe('coarsen', () => {
  it.each([
    ['2024-01-01', 'month', '2024-01'],
    ['2024-12-31', 'month', '2024-12'],
    ['2024-01-01', 'quarter', '2024-Q1'],
    ['2024-03-31', 'quarter', '2024-Q1'],
    ['2024-04-01', 'quarter', '2024-Q2'],
    ['2024-09-30', 'quarter', '2024-Q3'],
    ['2024-10-01', 'quarter', '2024-Q4'],
    ['2024-07-15', 'year', '2024'],
  ] as const)('coarsens %s to the %s as %s', (date, grain, expected) => {
    expect(coarsen(date, grain)).toBe(expected);
  });

  it.each(['2024-02-30', '2024-13-01', '2024-01-05T10:00', '05/01/2024', ''])(
    'refuses %j, which is not a calendar date',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
      expect(() => coarsen(value, 'month')).toThrow(/YYYY-MM-DD/);
    },
  );

  it('writes the SQL expression for each grain over a YYYY-MM-DD text column', () => {
    expect(periodSql('date', 'month')).toBe(`substr("date", 1, 7)`);
    expect(periodSql('date', 'year')).toBe(`substr("date", 1, 4)`);
    expect(periodSql('d', 'quarter')).toContain(`// 3`);
  });
});

describe('dates in the statistics', () => {
  it('use the portal’s one date rule (src/schemas/dates.ts)', () => {
    expect(isIsoDate).toBe(schemaIsIsoDate);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(true);
  });
});
