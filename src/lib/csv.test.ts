import { describe, expect, it } from 'vitest';
import { csvDocument } from './csv.ts';

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
});
