import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { physicalLines } from './lines.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pp-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const f = path.join(dir, name);
  writeFileSync(f, text);
  return f;
};

describe('physicalLines', () => {
  it('maps records to their physical lines across quoted line breaks and blank lines', async () => {
    // line 1 header; record 0 on lines 2-4; blank line 5; record 1 on line 6; record 2 on line 7.
    const f = file('a.csv', 'a,b\n1,"x\ny\nz"\n\n2,w\n3,"say ""hi"""\n');
    const { records } = await physicalLines(f, { records: [0, 1, 2, 3] });
    expect([...records]).toEqual([
      [0, 2],
      [1, 6],
      [2, 7],
    ]);
  });

  it("maps DuckDB's line numbers (which skip quoted breaks but count blank lines)", async () => {
    // DuckDB numbers: header 1, record "1,x y" 2, blank 3, "3,w,extra" 4 (physical 5).
    const f = file('b.csv', 'a,b\n1,"x\ny"\n\n3,w,extra\n4,v\n');
    const { duckdbLines } = await physicalLines(f, { duckdbLines: [4, 2] });
    expect(duckdbLines.get(4)).toBe(5);
    expect(duckdbLines.get(2)).toBe(2);
  });

  it('handles CRLF line ends and a quoted CRLF', async () => {
    const f = file('c.csv', 'a,b\r\n1,"x\r\ny"\r\n3,w\r\n');
    expect((await physicalLines(f, { records: [1] })).records.get(1)).toBe(4);
    expect((await physicalLines(f, { duckdbLines: [3] })).duckdbLines.get(3)).toBe(4);
  });

  it('answers nothing for a record past the end', async () => {
    const f = file('d.csv', 'a,b\n1,2\n');
    expect((await physicalLines(f, { records: [5] })).records.size).toBe(0);
  });
});
