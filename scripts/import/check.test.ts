import { describe, expect, it } from 'vitest';
import { POLICY_FILES, importKept } from './__fixtures__/load.ts';
import { checkNothingLost, wordTokens } from './check.ts';

describe('wordTokens', () => {
  it('splits on punctuation, hyphens and apostrophes and ignores superscripts', () => {
    expect(wordTokens('real-time data.¹ Officer’s (IAB)')).toEqual([
      'real',
      'time',
      'data',
      'officer',
      's',
      'iab',
    ]);
  });
});

describe.each(POLICY_FILES)('nothing is lost importing %s', (file) => {
  const { input, result } = importKept(file);

  it('accounts for every input word exactly once', () => {
    const check = checkNothingLost(input.lines, result);
    expect(check.missing).toEqual([]);
    expect(check.extra).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it('notices a word dropped from the body', () => {
    const body = result.body.replace('The NYPD', 'NYPD');
    expect(checkNothingLost(input.lines, { ...result, body }).missing).toEqual([
      { word: 'the', count: 1 },
    ]);
  });

  it('notices a word added to a footnote', () => {
    const footnotes = result.frontmatter.footnotes.map((f, i) =>
      i === 0 ? { ...f, text: `${f.text} extra` } : f,
    );
    const check = checkNothingLost(input.lines, {
      ...result,
      frontmatter: { ...result.frontmatter, footnotes },
    });
    expect(check.extra).toEqual([{ word: 'extra', count: 1 }]);
    expect(check.ok).toBe(false);
  });

  it('notices removed furniture that the report does not list', () => {
    const report = { ...result.report, removedFurniture: [] };
    expect(checkNothingLost(input.lines, { ...result, report }).ok).toBe(false);
  });
});
