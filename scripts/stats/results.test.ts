import { describe, expect, it } from 'vitest';
import { countTables, guardLabels, sqlLiterals } from './results.ts';
import type { SqlStatistic } from './sql-header.ts';

const stat: SqlStatistic = {
  name: 'usage-by-period',
  file: 'scripts/stats/sql/usage-by-period.sql',
  title: 'Uses',
  dataset: 'usage-log',
  kind: 'counts',
  rows: 'Period',
  cols: 'Outcome',
  keys: { row: 'period', col: 'outcome' },
  note: '',
  text: "SELECT technology, period AS row_key, outcome AS col_key, 'it''s' AS x, count(*) AS n FROM usage_log",
};
const labels = new Set(['alpha', 'no-match', 'possible-match']);

describe('guardLabels', () => {
  it('accepts declared values, periods of the grain, "not recorded" and constants of the query', () => {
    expect(() =>
      guardLabels(
        stat,
        [
          { technology: 'alpha', row_key: '2024-03', col_key: 'no-match', n: 1 },
          { technology: 'alpha', row_key: '2024-04', col_key: 'not recorded', n: 1 },
          { technology: 'alpha', row_key: '2024-05', col_key: "it's", n: 1 },
        ],
        labels,
        'month',
      ),
    ).not.toThrow();
  });

  it.each([
    ['a record id', { technology: 'alpha', row_key: '2024-03', col_key: 'R12345' }, '"R12345"'],
    ['a name', { technology: 'Doe, John', row_key: '2024-03', col_key: 'no-match' }, '"Doe, John"'],
    [
      'a quarter where months are the grain',
      { technology: 'alpha', row_key: '2024-Q1', col_key: 'no-match' },
      '"2024-Q1"',
    ],
    [
      'a control character',
      { technology: 'alpha', row_key: '2024-03', col_key: 'no\u0000match' },
      '"no\\\\u0000match"',
    ],
  ])('refuses %s as a label, naming the SQL file', (_what, row, shownValue) => {
    expect(() => guardLabels(stat, [row], labels, 'month')).toThrow(
      new RegExp(
        `^scripts/stats/sql/usage-by-period\\.sql, column "\\w+": the query outputs the label ${shownValue.replace(/[()]/g, '\\$&')}, which no declared vocabulary allows`,
      ),
    );
  });
});

describe('sqlLiterals', () => {
  it('reads string constants, with doubled quotes', () => {
    expect([...sqlLiterals(stat.text)]).toEqual(["it's"]);
  });
});

describe('countTables', () => {
  it('builds one raw table per technology with zeros for absent combinations', () => {
    const [t] = countTables(stat, [
      { technology: 'alpha', row_key: '2024-02', col_key: 'no-match', n: 3n },
      { technology: 'alpha', row_key: '2024-01', col_key: 'possible-match', n: 12n },
    ]);
    expect(t).toEqual({
      id: 'usage-by-period-alpha',
      statistic: 'usage-by-period',
      technology: 'alpha',
      keys: { row: 'period', col: 'outcome' },
      rows: ['2024-01', '2024-02'],
      cols: ['no-match', 'possible-match'],
      counts: [
        [0, 12],
        [3, 0],
      ],
    });
  });
});
