import { describe, expect, it } from 'vitest';
import { csvDocument, escapeCell } from './csv.ts';

describe('csvDocument', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
  ])('writes the field %j as %j', (value, out) => {
    expect(csvDocument([{ v: value }], ['v'])).toBe(`v\n${out}\n`);
  });

  it('writes a header, one LF-ended line per record in column order, empty for null', () => {
    expect(
      csvDocument(
        [
          { b: 1, a: 'x', c: null },
          { b: 2.5, a: '', c: false },
        ],
        ['a', 'b', 'c'],
      ),
    ).toBe('a,b,c\nx,1,\n,2.5,false\n');
  });

  it('writes only the header for no records', () => {
    expect(csvDocument([], ['a', 'b'])).toBe('a,b\n');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+41 22 000', "'+41 22 000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tindent', "'\tindent"],
    ['\rline', `"'\rline"`],
    ['=HYPERLINK("http://x.example","click")', `"'=HYPERLINK(""http://x.example"",""click"")"`],
    ['a=b', 'a=b'],
  ])('escapes the text cell %j against formula injection as %j', (value, out) => {
    expect(csvDocument([{ v: value }], ['v'])).toBe(`v\n${out}\n`);
  });

  it('writes numbers as numbers, negative ones too (a number is not a formula)', () => {
    expect(escapeCell(-3)).toBe('-3');
    expect(escapeCell('-3')).toBe("'-3");
    expect(csvDocument([{ n: -3, s: '-3' }], ['n', 's'])).toBe("n,s\n-3,'-3\n");
  });

  it('escapes header names the same way', () => {
    expect(csvDocument([], ['=x'])).toBe("'=x\n");
  });
});
