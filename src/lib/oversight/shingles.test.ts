import { describe, expect, it } from 'vitest';
import {
  SHINGLE_SIZE,
  containment,
  coveredWords,
  jaccard,
  normaliseWord,
  shingleKeys,
  shingleSet,
  tokenize,
  wordCount,
} from './shingles.ts';

describe('tokenize', () => {
  it('keeps words with their offsets and ignores punctuation', () => {
    const text = 'Access, once “removed”, is gone.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['access', 'once', 'removed', 'is', 'gone']);
    for (const t of tokens) expect(normaliseWord(text.slice(t.start, t.end))).toBe(t.word);
  });

  it('splits hyphenated words so "case-by-case" matches "case by case"', () => {
    expect(tokenize('case-by-case').map((t) => t.word)).toEqual(['case', 'by', 'case']);
  });

  it('treats curly and straight apostrophes, case and accents alike', () => {
    expect(tokenize('NYPD’s Café').map((t) => t.word)).toEqual(["nypd's", 'cafe']);
    expect(tokenize("nypd's cafe").map((t) => t.word)).toEqual(["nypd's", 'cafe']);
  });

  it('counts digits as words and returns nothing for blank text', () => {
    expect(wordCount('thirty (30) days')).toBe(3);
    expect(tokenize('  — ')).toEqual([]);
  });
});

describe('shingleKeys', () => {
  it('uses eight-word shingles by default', () => {
    expect(SHINGLE_SIZE).toBe(8);
  });

  it('gives n - k + 1 shingles for n words and none for fewer than k', () => {
    const words = ['a', 'b', 'c', 'd', 'e'];
    expect(shingleKeys(words, 3)).toEqual(['a b c', 'b c d', 'c d e']);
    expect(shingleKeys(words, 6)).toEqual([]);
  });

  it('rejects a shingle size below one', () => {
    expect(() => shingleKeys(['a'], 0)).toThrow(/positive integer/);
  });
});

describe('similarity', () => {
  const a = shingleSet('one two three four five', 2); // 4 shingles
  const b = shingleSet('three four five six seven', 2); // 4 shingles, 2 in common

  it('computes Jaccard as shared over union', () => {
    expect(jaccard(a, b)).toBeCloseTo(2 / 6);
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('computes containment as shared over the first set', () => {
    expect(containment(a, b)).toBeCloseTo(2 / 4);
    expect(containment(new Set(), b)).toBe(0);
  });

  it('finds identical text regardless of punctuation, case and line breaks', () => {
    const x = shingleSet('The NYPD does not seek court authorization prior to use.');
    const y = shingleSet('the nypd does NOT seek court\nauthorization, prior to use');
    expect(jaccard(x, y)).toBe(1);
  });
});

describe('coveredWords', () => {
  it('covers every word of each matching shingle and nothing else', () => {
    const words = 'a b c d e f'.split(' ');
    const covered = coveredWords(words, (key) => key === 'b c d', 3);
    expect(covered).toEqual([false, true, true, true, false, false]);
  });

  it('merges overlapping matches', () => {
    const words = 'a b c d e f'.split(' ');
    const covered = coveredWords(words, (key) => key === 'a b c' || key === 'c d e', 3);
    expect(covered).toEqual([true, true, true, true, true, false]);
  });
});
