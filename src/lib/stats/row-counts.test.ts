import { describe, expect, it } from 'vitest';
import { GENERATED_MARK, type RecordsStatsFile } from '../../schemas/stats.ts';
import { excludedRows, recordsAggregated } from './row-counts.ts';

const doc = (
  status: RecordsStatsFile['status'],
  rowsRead: number | null,
  rowCounts?: NonNullable<RecordsStatsFile['provenance']['rowCounts']>,
): RecordsStatsFile => ({
  generated: GENERATED_MARK,
  dataset: 'usage-log',
  title: 't',
  description: 'd',
  kind: 'records',
  status,
  path: 'p',
  threshold: 10,
  grain: 'month',
  scope: { technology: null, agency: null },
  provenance: {
    inputs: [],
    descriptor: { path: 'd', sha256: 'x' },
    rowsRead,
    rowsUsed: rowsRead,
    ...(rowCounts ? { rowCounts } : {}),
    excluded: [],
    cellsSuppressed: 0,
    repaired: [],
    droppedColumns: [],
  },
  figures: [],
  views: [],
  tables: [],
  measures: [],
});

describe('recordsAggregated', () => {
  it('says nothing before a file is received', () => {
    expect(recordsAggregated(doc('no-records', 0))).toBeNull();
  });

  it('shows a header-only file as received with no rows, never as 0', () => {
    const text = recordsAggregated(doc('no-rows', null, { status: 'no-rows', roundedTo: null }));
    expect(text).toMatch(/^received, no rows/);
    expect(text).not.toMatch(/^0 /);
  });

  it('shows exact, rounded and withheld counts as such', () => {
    expect(recordsAggregated(doc('published', 1234, { status: 'exact', roundedTo: null }))).toBe(
      '1,234 records aggregated',
    );
    expect(recordsAggregated(doc('published', 1230, { status: 'rounded', roundedTo: 10 }))).toMatch(
      /^about 1,230 records aggregated \(rounded to the nearest 10/,
    );
    expect(
      recordsAggregated(doc('published', null, { status: 'withheld', roundedTo: null })),
    ).toMatch(/the number is withheld/);
  });

  it('says a withheld excluded count is withheld', () => {
    expect(excludedRows(null)).toBe('A withheld number of rows');
    expect(excludedRows(3)).toBe('3 row(s)');
  });
});
