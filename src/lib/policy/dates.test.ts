import { describe, expect, it } from 'vitest';
import { formatIsoDate, lastPrintedDate } from './dates.ts';

describe('formatIsoDate', () => {
  it.each([
    ['2023-04-11', 'April 11, 2023'],
    ['2021-01-01', 'January 1, 2021'],
    ['2025-12-31', 'December 31, 2025'],
  ])('formats %s as %s', (iso, text) => {
    expect(formatIsoDate(iso)).toBe(text);
  });

  it('rejects anything but YYYY-MM-DD', () => {
    expect(() => formatIsoDate('April 11, 2023')).toThrow(/YYYY-MM-DD/);
    expect(() => formatIsoDate('2023-13-01')).toThrow(/YYYY-MM-DD/);
  });
});

describe('lastPrintedDate', () => {
  it('prefers the printed update date over the posted date', () => {
    expect(lastPrintedDate({ posted: '2021-04-11', updated: '2023-04-11' })).toEqual({
      date: '2023-04-11',
      kind: 'updated',
    });
  });

  it('returns null when the document prints no date, rather than guessing one', () => {
    expect(lastPrintedDate({})).toBeNull();
  });
});
