import { describe, expect, it } from 'vitest';
import { buildLists } from './lists.ts';
import type { RawBlock } from './paragraphs.ts';

const block = (text: string, line = 1): RawBlock => ({
  text,
  line,
  numbered: /^(\d+)\. /.exec(text) ? Number(/^(\d+)\. /.exec(text)?.[1]) : null,
  caps: false,
});

describe('buildLists', () => {
  it('gathers consecutive numbered items into one ordered list', () => {
    const { blocks, warnings } = buildLists([
      block('Intro:'),
      block('1. One;'),
      block('2. Two.'),
      block('After.'),
    ]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Intro:', line: 1 },
      {
        kind: 'list',
        line: 1,
        items: [
          { n: 1, text: 'One;', inferred: false },
          { n: 2, text: 'Two.', inferred: false },
        ],
      },
      { kind: 'paragraph', text: 'After.', line: 1 },
    ]);
    expect(warnings).toEqual([]);
  });

  it('numbers items whose numbers extraction lost when they fill the gap exactly', () => {
    const { blocks, warnings } = buildLists([
      block('1. To identify a;'),
      block('2. To identify b;'),
      block('To identify c;', 5),
      block('To identify d;', 6),
      block('To identify e; or', 7),
      block('6. To mitigate f.'),
    ]);
    const list = blocks[0];
    expect(list?.kind === 'list' ? list.items.map((i) => [i.n, i.inferred]) : null).toEqual([
      [1, false],
      [2, false],
      [3, true],
      [4, true],
      [5, true],
      [6, false],
    ]);
    expect(warnings).toEqual([
      'list at line 1: items 3–5 had lost their numbers in extraction; numbered by position (lines 5, 6, 7)',
    ]);
  });

  it('does not fill a gap the unnumbered blocks do not match', () => {
    const { blocks } = buildLists([block('1. A;'), block('Some paragraph.'), block('4. D.')]);
    expect(blocks.map((b) => b.kind)).toEqual(['list', 'paragraph', 'paragraph']);
  });

  it('leaves a lone number other than 1 as a paragraph', () => {
    expect(buildLists([block('3. Out of the blue.')]).blocks[0]?.kind).toBe('paragraph');
  });
});
