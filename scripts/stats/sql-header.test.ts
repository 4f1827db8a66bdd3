import { describe, expect, it } from 'vitest';
import { parseSqlHeader } from './sql-header.ts';

describe('parseSqlHeader', () => {
  it('reads the metadata and the explanatory comment', () => {
    const s = parseSqlHeader(
      'x',
      'scripts/stats/sql/x.sql',
      '-- title: Uses\n-- dataset: usage-log\n-- kind: counts\n-- rows: Period\n-- cols: Outcome\n-- Each use counted once.\nSELECT 1;\n',
    );
    expect(s).toMatchObject({
      title: 'Uses',
      dataset: 'usage-log',
      kind: 'counts',
      rows: 'Period',
      cols: 'Outcome',
      note: 'Each use counted once.',
    });
  });

  it('names the file and the missing key', () => {
    expect(() => parseSqlHeader('x', 'q.sql', '-- title: T\nSELECT 1')).toThrow(
      'q.sql: the header comment lacks "-- dataset: ..."',
    );
  });
});
