import { describe, expect, it } from 'vitest';
import { linesFromText } from './lines.ts';
import { assertImportable } from './validate.ts';

describe('assertImportable', () => {
  it.each([
    ['', /x\.txt: the document is empty/],
    ['\n \n', /x\.txt: the document is empty/],
    ['ABSTRACT\n\nOnly an abstract.', /x\.txt: not an Impact and Use Policy/],
    ['Minutes of the meeting.', /x\.txt: not an Impact and Use Policy/],
  ])('refuses %j', (text, message) => {
    expect(() => assertImportable(linesFromText(text), 'x.txt')).toThrow(message);
  });

  it('accepts text with one statutory heading', () => {
    expect(() =>
      assertImportable(linesFromText('TRAINING\nOfficers are trained.'), 'x.txt'),
    ).not.toThrow();
  });
});
