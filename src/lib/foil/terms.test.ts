import { describe, expect, it } from 'vitest';
import { capitalize, numberWord, periodAdjective, periodText, sectionOf } from './terms.ts';

describe('FOIL terms in words', () => {
  it.each([
    [0, 'zero'],
    [1, 'one'],
    [5, 'five'],
    [10, 'ten'],
    [19, 'nineteen'],
    [20, 'twenty'],
    [30, 'thirty'],
    [45, 'forty-five'],
    [99, 'ninety-nine'],
    [100, '100'],
    [2.5, '2.5'],
  ])('spells %d as %s', (n, word) => {
    expect(numberWord(n)).toBe(word);
  });

  it('writes a period as the letters and explanations say it', () => {
    expect(periodText({ count: 5, unit: 'business-days' })).toBe('five business days');
    expect(periodText({ count: 30, unit: 'days' })).toBe('thirty days');
    expect(periodText({ count: 4, unit: 'months' })).toBe('four months');
    expect(periodText({ count: 1, unit: 'months' })).toBe('one month');
    expect(capitalize(periodText({ count: 20, unit: 'business-days' }))).toBe(
      'Twenty business days',
    );
    expect(periodAdjective({ count: 5, unit: 'business-days' })).toBe('five-business-day');
    expect(periodAdjective({ count: 4, unit: 'months' })).toBe('four-month');
  });

  it('shortens a citation to its section for a second mention', () => {
    expect(sectionOf('Public Officers Law § 89(3)(a)')).toBe('§ 89(3)(a)');
    expect(sectionOf('CPLR 217(1)')).toBe('CPLR 217(1)');
  });
});
