import { describe, expect, it } from 'vitest';
import { coverAt } from './cover.ts';
import { findFurniture, isNoiseLine } from './furniture.ts';
import { linesFromPages, linesFromText } from './lines.ts';

describe('findFurniture', () => {
  it('removes the title repeated as a running header, also when split over two lines', () => {
    const lines = linesFromText(
      'THERMOGRAPHIC CAMERAS: IMPACT AND USE POLICY\n\nText one.\n\n**THERMOGRAPHIC CAMERAS:\nIMPACT & USE POLICY**\n\nText two.',
    );
    const { drop, removed } = findFurniture(lines, coverAt(lines, 0));
    expect([...drop]).toEqual([4, 5]);
    expect(removed).toEqual([
      {
        line: 5,
        text: '**THERMOGRAPHIC CAMERAS:\nIMPACT & USE POLICY**',
        reason: 'running header (the title repeated)',
      },
    ]);
  });

  it('removes page numbers and lines repeated at the edges of three or more pages', () => {
    const pages = [1, 2, 3].map((n) => [
      'NYPD Impact and Use Policy',
      `Body text of page ${n}.`,
      '',
      `Page ${n} of 3`,
    ]);
    const { removed } = findFurniture(linesFromPages(pages), null);
    expect(removed.map((r) => [r.text, r.reason])).toEqual([
      ['NYPD Impact and Use Policy', 'running header or footer (repeated on 3 pages)'],
      ['Page 1 of 3', 'page number'],
      ['NYPD Impact and Use Policy', 'running header or footer (repeated on 3 pages)'],
      ['Page 2 of 3', 'page number'],
      ['NYPD Impact and Use Policy', 'running header or footer (repeated on 3 pages)'],
      ['Page 3 of 3', 'page number'],
    ]);
  });

  it('keeps a number that is part of the text', () => {
    const lines = linesFromText('retained for a minimum of ten\n10\nyears.');
    expect(findFurniture(lines, null).removed).toEqual([]);
  });
});

describe('isNoiseLine', () => {
  it.each([
    ['scheme or plot).\n\nok w\n\nFor criminal', 2, true],
    ['scheme or plot\n\nok w\n\nfor criminal', 2, false],
    ['It ended.\n\nsee below\n\nNext.', 2, false],
    ['It ended.\n\nyears\nafter', 2, false],
  ])('%j line %i -> %s', (text, i, noise) => {
    expect(isNoiseLine(linesFromText(text), i)).toBe(noise);
  });
});
