import { describe, expect, it } from 'vitest';
import { linesFromPages, linesFromText } from './lines.ts';

describe('linesFromText', () => {
  it('marks the first line and every line opened by leading whitespace as a page start', () => {
    const lines = linesFromText('SUMMARY\ntext\n Next page\n\n\tThird page');
    expect(lines.map((l) => [l.n, l.text, l.pageStart])).toEqual([
      [1, 'SUMMARY', true],
      [2, 'text', false],
      [3, 'Next page', true],
      [4, '', false],
      [5, 'Third page', true],
    ]);
  });

  it('gives the page start of leading blank lines to the first line with text', () => {
    expect(linesFromText('\n\nTITLE').map((l) => l.pageStart)).toEqual([false, false, true]);
  });

  it('reads a form feed as a page break and normalises line ends and odd spaces', () => {
    expect(linesFromText('a\r\n\fb\u00a0c  \r\nd').map((l) => [l.text, l.pageStart])).toEqual([
      ['a', true],
      ['b c', true],
      ['d', false],
    ]);
  });

  it('reads a ligature as its letters', () => {
    expect(linesFromText('ﬁnal ﬂight eﬀect')[0]?.text).toBe('final flight effect');
    expect(linesFromPages([['ﬁnal']])[0]?.text).toBe('final');
  });

  it('keeps inner tabs, which separate table cells', () => {
    expect(linesFromText('Update\tDescription of Update')[0]?.text).toBe(
      'Update\tDescription of Update',
    );
  });
});

describe('linesFromPages', () => {
  it('numbers lines across pages and flags the first line with text on each page', () => {
    expect(
      linesFromPages([
        ['A', 'b'],
        ['', 'C'],
      ]).map((l) => [l.n, l.text, l.pageStart]),
    ).toEqual([
      [1, 'A', true],
      [2, 'b', false],
      [3, '', false],
      [4, 'C', true],
    ]);
  });
});
