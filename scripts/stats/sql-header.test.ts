import { describe, expect, it } from 'vitest';
import { parseSqlHeader } from './sql-header.ts';

describe('parseSqlHeader', () => {
  it('reads the metadata and the explanatory comment', () => {
    const s = parseSqlHeader(
      'x',
      'scripts/stats/sql/x.sql',
      '-- title: Uses\n-- dataset: usage-log\n-- kind: counts\n-- rows: Period\n-- cols: Outcome\n-- keys: period, -\n-- Each use counted once.\nSELECT 1;\n',
    );
    expect(s).toMatchObject({
      title: 'Uses',
      dataset: 'usage-log',
      kind: 'counts',
      rows: 'Period',
      cols: 'Outcome',
      keys: { row: 'period', col: null },
      note: 'Each use counted once.',
    });
  });

  it('refuses keys that do not name a column for each key', () => {
    expect(() =>
      parseSqlHeader(
        'x',
        'q.sql',
        '-- title: T\n-- dataset: d\n-- kind: counts\n-- rows: R\n-- cols: C\n-- keys: period\nSELECT 1',
      ),
    ).toThrow(/q\.sql: "-- keys: period" does not name the view column of row_key and col_key/);
  });

  it('names the file and the missing key', () => {
    expect(() => parseSqlHeader('x', 'q.sql', '-- title: T\nSELECT 1')).toThrow(
      'q.sql: the header comment lacks "-- dataset: ..."',
    );
  });
});
