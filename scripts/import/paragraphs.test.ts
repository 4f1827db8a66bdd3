import { describe, expect, it } from 'vitest';
import { hyphenRule } from './hyphenation.ts';
import { linesFromText } from './lines.ts';
import { endsSentence, joinParagraphs, listNumber } from './paragraphs.ts';

const join = (text: string) =>
  joinParagraphs(linesFromText(text), hyphenRule(text), []).map((b) => [
    b.text,
    b.numbered,
    b.caps,
  ]);

describe('joinParagraphs', () => {
  it('rejoins a sentence broken by a blank line, and ends a paragraph at a finished sentence', () => {
    expect(join('uses to compare\n\npurposes. Used\ntoday.\n\nNext paragraph.')).toEqual([
      ['uses to compare purposes. Used today.', null, false],
      ['Next paragraph.', null, false],
    ]);
  });

  it('continues a paragraph over a page break unless the sentence was finished', () => {
    expect(join('Intelligence and\n Counterterrorism, will decide.\n Next page starts.')).toEqual([
      ['Intelligence and Counterterrorism, will decide.', null, false],
      ['Next page starts.', null, false],
    ]);
  });

  it('starts a block at each numbered item, also after "; and"', () => {
    expect(join('two types:\n\n1. Thermal Imaging Cameras; and\n2. Infrared Cameras.')).toEqual([
      ['two types:', null, false],
      ['1. Thermal Imaging Cameras; and', 1, false],
      ['2. Infrared Cameras.', 2, false],
    ]);
  });

  it('reads items numbered "1)" and "(1)"', () => {
    expect(join('two types:\n\n(1) Thermal Imaging Cameras; and\n(2) Infrared Cameras.')).toEqual([
      ['two types:', null, false],
      ['(1) Thermal Imaging Cameras; and', 1, false],
      ['(2) Infrared Cameras.', 2, false],
    ]);
    expect(listNumber('3) Such disclosure')).toBe(3);
    expect(listNumber('(12) Such disclosure')).toBe(12);
    expect(listNumber('(first degree), course of')).toBeNull();
  });

  it('starts a block at an item that lost its number, inside a list set without blank lines', () => {
    expect(
      join(
        'only if:\n\n1. Such a case;\nSuch another case;\nYet another; or\n4. The last case.\nAfter the list.',
      ),
    ).toEqual([
      ['only if:', null, false],
      ['1. Such a case;', 1, false],
      ['Such another case;', null, false],
      ['Yet another; or', null, false],
      ['4. The last case. After the list.', 4, false],
    ]);
  });

  it('does not split a paragraph at a capital after a semicolon outside a list', () => {
    expect(join('Passwords are never stored locally;\nUser authentication is stored.')).toEqual([
      ['Passwords are never stored locally; User authentication is stored.', null, false],
    ]);
  });

  it('does not start an item at a number inside a sentence', () => {
    expect(join('Sections 11 and\n12. of the law')).toEqual([
      ['Sections 11 and 12. of the law', null, false],
    ]);
  });

  it('keeps a line in capitals standing alone as its own block', () => {
    expect(join('Done.\nSPECIAL NOTICE\nMore text.')).toEqual([
      ['Done.', null, false],
      ['SPECIAL NOTICE', null, true],
      ['More text.', null, false],
    ]);
  });
});

describe('endsSentence', () => {
  it.each([
    ['disposed.', true],
    ['requirements.?', true],
    ['data.¹', true],
    ['basis”', false],
    ['plot).', true],
    ['the following:', true],
    ['crime;', true],
    ['missing', false],
  ])('%j -> %s', (text, ends) => {
    expect(endsSentence(text)).toBe(ends);
  });
});
