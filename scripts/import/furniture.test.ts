import { describe, expect, it } from 'vitest';
import { coverAt } from './cover.ts';
import { findFurniture, furnitureKey, isNoiseLine, repeatedFurniture } from './furniture.ts';
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

/** A body of numbered sentences with `furniture(page)` lines every `every` lines, no page breaks. */
function paged(
  furniture: (page: number) => string,
  every: number[],
  at: 'between' | 'mid' = 'between',
) {
  const out: string[] = [];
  let page = 1;
  let next = every[0] ?? 40;
  let k = 0;
  for (let i = 1; out.length < 200; i++) {
    if (at === 'mid') out.push(`Sentence ${i} goes on over`, `two lines here.`);
    else out.push(`Sentence ${i} of the body.`, '');
    if (out.length >= next) {
      page++;
      out.splice(at === 'mid' ? -1 : out.length, 0, furniture(page));
      next = out.length + (every[++k % every.length] ?? 40);
    }
  }
  return out.join('\n');
}

describe('furnitureKey', () => {
  it('masks dates and numbers and collapses runs of spaces', () => {
    expect(furnitureKey('POSTED JANUARY 11, 2021      4')).toBe('POSTED <DATE> #');
    expect(furnitureKey('Facial Recognition: Impact & Use Policy\tDRAFT 01-11-2021  12')).toBe(
      'FACIAL RECOGNITION: IMPACT & USE POLICY DRAFT <DATE> #',
    );
  });
});

describe('repeatedFurniture', () => {
  it('finds a line repeated at a regular spacing with its number changing, without page breaks', () => {
    const lines = linesFromText(
      paged((p) => `New York City Police Department   ${p}`, [40, 52, 45]),
    );
    const groups = repeatedFurniture(lines, null);
    expect(groups.map((g) => g.key)).toEqual(['NEW YORK CITY POLICE DEPARTMENT #']);
    expect(groups[0]?.indexes.length).toBeGreaterThanOrEqual(3);
  });

  it('needs the number or date to change, and a regular spacing', () => {
    const same = linesFromText(paged(() => 'New York City Police Department 7', [40]));
    expect(repeatedFurniture(same, null)).toEqual([]);
    const text = [
      'Alpha 1 beta',
      'text.',
      'more text.',
      'Alpha 2 beta',
      ...Array<string>(60).fill('text.'),
      'Alpha 3 beta',
    ];
    expect(repeatedFurniture(linesFromText(text.join('\n')), null)).toEqual([]);
  });

  it('never takes a piece of a sentence, a list item or a heading', () => {
    const items = paged((p) => `${p}. An item of a list`, [40]);
    expect(repeatedFurniture(linesFromText(items), null)).toEqual([]);
    const pieces = paged((p) => `retained for ${p} years after the case is closed.`, [40]);
    expect(repeatedFurniture(linesFromText(pieces), null)).toEqual([]);
  });

  it('takes two occurrences when they name the title or a furniture word', () => {
    const text = paged((p) => `Drones   ${p}`, [60])
      .split('\n')
      .slice(0, 140)
      .join('\n');
    expect(repeatedFurniture(linesFromText(text), 'DRONES').map((g) => g.key)).toEqual([
      'DRONES #',
    ]);
    expect(repeatedFurniture(linesFromText(text), null)).toEqual([]);
  });
});

describe('findFurniture without page breaks', () => {
  it.each([
    ['between paragraphs', 'between' as const],
    ['in the middle of a sentence', 'mid' as const],
  ])('removes running headers and footers %s, listing each', (_, at) => {
    const header = (p: number) => `DRONES: IMPACT & USE POLICY      DRAFT 01-11-2021   ${p}`;
    const footer = (p: number) => `POSTED JANUARY 11, 2021\t${p - 1}`;
    const text = paged((p) => `${footer(p)}\n${header(p)}`, [35, 60, 47], at);
    const lines = linesFromText(text);
    const { drop, removed } = findFurniture(lines, null, 'DRONES');
    const expected = lines.filter((l) => /IMPACT & USE POLICY|POSTED/.test(l.text));
    expect(expected.length).toBeGreaterThan(6);
    expect(removed.map((r) => r.text)).toEqual(expected.map((l) => l.text));
    expect([...drop].every((i) => /IMPACT|POSTED/.test(lines[i]?.text ?? ''))).toBe(true);
    expect(removed.find((r) => r.text.startsWith('POSTED'))?.reason).toBe(
      'running footer (a date and the page number)',
    );
    expect(removed.find((r) => r.text.startsWith('DRONES'))?.reason).toBe(
      'running header (the title with its status, date or page number)',
    );
  });

  it('removes a page number line that stands alone once the header beside it is gone', () => {
    const lines = linesFromText('It ends.\n\n4\nDRONES: IMPACT & USE POLICY   5\n\nNext.');
    expect(findFurniture(lines, null).removed.map((r) => [r.text, r.reason])).toEqual([
      ['4', 'page number'],
      [
        'DRONES: IMPACT & USE POLICY   5',
        'running header (the title with its status, date or page number)',
      ],
    ]);
  });

  it('keeps dated sentences and dates printed in the text', () => {
    const lines = linesFromText(
      'Posted May 1, 2020\n\nThe policy was posted on January 11, 2021 for comment.\n\nApril 11, 2023\tAn addendum.',
    );
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
