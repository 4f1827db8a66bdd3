import { describe, expect, it } from 'vitest';
import { linesFromText } from '../lines.ts';
import { blankLines } from './state.ts';

describe('blankLines', () => {
  it('blanks the lines given and hands a page start on to the next line with text', () => {
    const lines = linesFromText('\fHEADER\n\nFirst text.\nSecond.');
    expect(lines[0]?.pageStart).toBe(true);
    const out = blankLines(lines, [0]);
    expect(out.map((l) => [l.text, l.pageStart])).toEqual([
      ['', false],
      ['', false],
      ['First text.', true],
      ['Second.', false],
    ]);
  });

  it('hands the page start on past lines blanked in the same call, whatever their order', () => {
    const lines = linesFromText('\fA\nB\nC');
    expect(blankLines(lines, [1, 0]).map((l) => [l.text, l.pageStart])).toEqual([
      ['', false],
      ['', false],
      ['C', true],
    ]);
  });

  it('leaves the lines it was given unchanged', () => {
    const lines = linesFromText('\fA\nB');
    const before = structuredClone(lines);
    blankLines(lines, [0]);
    expect(lines).toEqual(before);
  });
});
