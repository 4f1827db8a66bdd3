import { describe, expect, it, vi } from 'vitest';
import { formatDate } from '../lib/calendar.ts';
import {
  formatDateIn,
  formatLongDateIn,
  formatNumber,
  formatPercent,
  intlTag,
  smallNumberDigits,
  useSmallNumberDigits,
  weekdayIn,
} from './format.ts';
import { LOCALES } from './locales.ts';

describe('formatting in the page language', () => {
  it('keeps the English forms the portal has always printed', () => {
    expect(formatDateIn('en', '2023-04-11')).toBe('April 11, 2023');
    expect(formatDateIn('en', '2023-04-11')).toBe(formatDate('2023-04-11'));
    expect(formatNumber('en', 12345)).toBe('12,345');
    expect(weekdayIn('en', '2023-04-11')).toBe('Tuesday');
  });
  it('formats dates and numbers in Spanish, Arabic and Chinese', () => {
    expect(formatDateIn('es', '2023-04-11')).toBe('11 de abril de 2023');
    expect(formatLongDateIn('es', '2023-04-11')).toBe('martes, 11 de abril de 2023');
    expect(formatNumber('es', 12345)).toMatch(/^12[.\u00a0\u202f]345$/);
    expect(formatDateIn('zh-hans', '2023-04-11')).toBe('2023年4月11日');
    expect(weekdayIn('ar', '2023-04-11')).toBe('الثلاثاء');
  });
  it('never shifts a date, whatever the time zone, in every language (years 1 to 9999)', () => {
    for (const l of LOCALES) {
      expect(formatDateIn(l.code, '2024-02-29')).toMatch(/29|২৯|٢٩|۲۹/);
      expect(() => formatDateIn(l.code, '9999-12-31')).not.toThrow();
    }
    expect(formatDateIn('en', '0099-01-01')).toBe('January 1, 99');
  });
  it('refuses what is not a calendar date', () => {
    expect(() => formatDateIn('es', '2023-4-11')).toThrow(/YYYY-MM-DD/);
  });
  it('formats a number as Intl does, however many times and with whatever options (kept formats)', () => {
    const options: Intl.NumberFormatOptions[] = [
      {},
      { style: 'percent' },
      { style: 'percent', maximumFractionDigits: 0 },
      { minimumFractionDigits: 2, maximumFractionDigits: 2 },
    ];
    const numbers = [0, -0, 1, -1, 0.456, 12345, 1e21, NaN, Infinity];
    // More numbers than are kept, so that some are let go and formatted again.
    for (let i = 0; i < 5000; i++) numbers.push(i / 7);
    for (const l of LOCALES)
      for (const o of options) {
        const intl = new Intl.NumberFormat(l.code === 'en' ? 'en-US' : l.tag, o);
        const wrong: string[] = [];
        for (let round = 0; round < 2; round++)
          for (const n of numbers)
            if (formatNumber(l.code, n, o) !== intl.format(n))
              wrong.push(`${l.code} ${JSON.stringify(o)} ${n}: ${formatNumber(l.code, n, o)}`);
        expect(wrong).toEqual([]);
      }
  });
  it('writes a whole percentage as the portal always did in English, and by Intl elsewhere', () => {
    expect(formatPercent('en', 46)).toBe('46%');
    expect(formatPercent('en', 1250)).toBe('1250%');
    expect(formatPercent('es', 46)).toMatch(/^46[\u00a0\u202f]%$/);
    expect(formatPercent('es', 12.6)).toBe(formatPercent('es', 13));
  });
  it("writes counts under 1,000 with the page's digits, without Intl, as Intl writes them in every language", () => {
    expect(smallNumberDigits('en')).toBe('0123456789');
    expect(smallNumberDigits('bn')).toBe('০১২৩৪৫৬৭৮৯');
    for (const { code } of LOCALES) {
      const digits = smallNumberDigits(code);
      expect(digits, `${code} writes 0 to 999 digit for digit`).not.toBeNull();
      useSmallNumberDigits(code, digits ?? '');
    }
    const intl = new Map(LOCALES.map(({ code }) => [code, new Intl.NumberFormat(intlTag(code))]));
    const want = (code: string, n: number) => intl.get(code as never)?.format(n);
    const expected = LOCALES.map(({ code }) =>
      Array.from({ length: 1000 }, (_, n) => [code, n, want(code, n)] as const),
    ).flat();
    // From here no Intl.NumberFormat writes a count under 1,000.
    // `format` is a getter (returning a bound function) on Intl.NumberFormat.prototype.
    const proto = Intl.NumberFormat.prototype as unknown as { readonly format: unknown };
    const uses = vi.spyOn(proto, 'format', 'get');
    try {
      for (const [code, n, text] of expected) expect(formatNumber(code, n)).toBe(text);
      expect(uses).not.toHaveBeenCalled();
    } finally {
      uses.mockRestore();
    }
    // Anything else is Intl's: 1,000 and up, fractions, negatives, options.
    for (const { code } of LOCALES) {
      for (const n of [1000, 12345, 2.5, -3]) expect(formatNumber(code, n)).toBe(want(code, n));
      expect(formatNumber(code, 0.5, { style: 'percent' })).toBe(
        new Intl.NumberFormat(intlTag(code), { style: 'percent' }).format(0.5),
      );
    }
    expect(() => useSmallNumberDigits('en', '012345678')).toThrow(/not ten digits/);
  });
});
