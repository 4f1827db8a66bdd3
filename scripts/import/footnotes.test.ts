import { describe, expect, it } from 'vitest';
import {
  extractFootnoteTexts,
  footnoteStart,
  linkMarkers,
  superscriptToNumber,
} from './footnotes.ts';
import { linesFromText } from './lines.ts';

describe('footnoteStart', () => {
  it.each([
    [
      '1See N.Y. Arts & Cult. Aff. Law',
      { n: 1, label: '1', rest: 'See N.Y. Arts & Cult. Aff. Law' },
    ],
    ['⁴ See NYC Charter 3003.', { n: 4, label: '⁴', rest: 'See NYC Charter 3003.' }],
    ['¹² For more', { n: 12, label: '¹²', rest: 'For more' }],
    ['1COs, Investigations Units', null],
    ['1 year after the case is closed.', null],
    ['2. Such disclosure', null],
  ])('%j -> %j', (text, start) => {
    expect(footnoteStart(text)).toEqual(start);
  });

  it('reads superscript numbers', () => {
    expect(superscriptToNumber('¹⁰')).toBe(10);
  });
});

describe('extractFootnoteTexts', () => {
  it('takes numbered footnotes in sequence and stops each at a page break', () => {
    const lines = linesFromText(
      'conduct\n\n1See N.Y. Law\n2See NYC Charter 3003.\n against a child',
    );
    expect(extractFootnoteTexts(lines, 0, new Set())).toEqual([
      { n: 1, label: '1', text: 'See N.Y. Law', indexes: [2] },
      { n: 2, label: '2', text: 'See NYC Charter 3003.', indexes: [3] },
    ]);
  });

  it('runs a footnote on over its following lines until a blank line', () => {
    const lines = linesFromText('¹ For additional information,\nsee the policy.\n\nBody.');
    expect(extractFootnoteTexts(lines, 0, new Set())[0]?.text).toBe(
      'For additional information, see the policy.',
    );
  });

  it('ignores a number out of sequence', () => {
    expect(extractFootnoteTexts(linesFromText('2See above.'), 0, new Set())).toEqual([]);
  });
});

describe('linkMarkers', () => {
  it('replaces superscript markers that name a footnote', () => {
    expect(linkMarkers(['data.¹ More', 'manned² and unmanned³ aircraft', 'x⁹'], [1, 2, 3])).toEqual(
      {
        texts: ['data.[^1] More', 'manned[^2] and unmanned[^3] aircraft', 'x⁹'],
        markers: [
          { n: 1, printed: '¹' },
          { n: 2, printed: '²' },
          { n: 3, printed: '³' },
        ],
      },
    );
  });

  it('reads "?" after closing punctuation as the markers extraction garbled, in order', () => {
    expect(
      linkMarkers(['disposed.? Published', 'Is it? No. requirements.?'], [1, 2]).texts,
    ).toEqual(['disposed.[^1] Published', 'Is it? No. requirements.[^2]']);
  });
});
