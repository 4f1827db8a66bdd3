import { describe, expect, it } from 'vitest';
import { IsoDateSchema, daysInMonth, isIsoDate, isoDateProblem } from './dates.ts';
import * as calendar from '../lib/calendar.ts';

describe('the one ISO date rule', () => {
  it.each([
    ['2024-02-29', true, 'a leap day'],
    ['2000-02-29', true, 'a leap day of a year divisible by 400'],
    ['0000-01-01', true, 'year 0000 of the proleptic Gregorian calendar (ISO 8601)'],
    ['9999-12-31', true, 'the last four-digit day'],
    ['2025-02-30', false, 'no 30 February'],
    ['2023-02-29', false, 'no leap day in 2023'],
    ['1900-02-29', false, 'no leap day in a century year not divisible by 400'],
    ['2025-13-01', false, 'no month 13'],
    ['2025-00-10', false, 'no month 0'],
    ['2025-04-31', false, 'April has 30 days'],
    ['2025-01-00', false, 'no day 0'],
    ['2025-1-01', false, 'a one-digit month'],
    ['2025-01-01T00:00', false, 'a time part'],
    ['01/02/2025', false, 'a US date'],
  ])('%s is a date: %s (%s)', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
    expect(IsoDateSchema.safeParse(value).success).toBe(ok);
  });

  it('says what is wrong, for the schema and every other caller', () => {
    expect(isoDateProblem('2025-02-30')).toBe(
      'expected a date as YYYY-MM-DD; "2025-02-30" does not exist (2025-02 has 28 days)',
    );
    expect(isoDateProblem('2025-13-01')).toMatch(/no month 13/);
    expect(isoDateProblem('April 11, 2023')).toBe('expected a date as YYYY-MM-DD');
    const r = IsoDateSchema.safeParse('2023-02-29');
    expect(r.error?.issues).toHaveLength(1);
    expect(r.error?.issues[0]?.message).toBe(
      'expected a date as YYYY-MM-DD; "2023-02-29" does not exist (2023-02 has 28 days)',
    );
  });

  it('is the function the calendar module uses and exports', () => {
    expect(calendar.isIsoDate).toBe(isIsoDate);
    expect(calendar.daysInMonth).toBe(daysInMonth);
    expect(() => calendar.formatDate('2025-02-30')).toThrow(/YYYY-MM-DD/);
  });
});
