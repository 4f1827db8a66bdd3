import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dateInTimeZone,
  daysBetween,
  daysInMonth,
  MONTH_NAMES,
  WEEKDAY_NAMES,
  formatDate,
  formatLong,
  formatShort,
  formatTime,
  isIsoDate,
  lastWeekdayOfMonth,
  nthWeekdayOfMonth,
  parseTime,
  todayInNewYork,
  toDayNumber,
  weekday,
} from './calendar.ts';

describe('calendar dates', () => {
  it.each([
    ['2025-12-22', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['22/12/2025', false],
  ])('accepts %s as a real date: %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });

  it('adds days across a month end, a year end and a leap day', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2025-12-22', '2026-01-21')).toBe(30);
  });

  it('computes weekdays without any time zone (Monday 22 December 2025)', () => {
    expect(weekday('2025-12-22')).toBe(1);
    expect(formatLong('2025-12-22')).toBe('Monday, December 22, 2025');
  });

  it('finds the nth and the last weekday of a month', () => {
    expect(nthWeekdayOfMonth(2025, 1, 1, 3)).toBe('2025-01-20');
    expect(lastWeekdayOfMonth(2025, 5, 1)).toBe('2025-05-26');
    expect(() => nthWeekdayOfMonth(2025, 2, 1, 5)).toThrow(/no weekday #5/);
  });

  it('adds months and falls back to the last day of a shorter month', () => {
    expect(addMonths('2026-02-10', 4)).toEqual({ date: '2026-06-10', clamped: false });
    expect(addMonths('2025-10-31', 4)).toEqual({ date: '2026-02-28', clamped: true });
    expect(addMonths('2027-10-31', 4)).toEqual({ date: '2028-02-29', clamped: true });
    expect(addMonths('2025-11-15', 4)).toEqual({ date: '2026-03-15', clamped: false });
  });

  it('parses 24-hour times and rejects anything else', () => {
    expect(parseTime('16:30')).toBe(990);
    expect(formatTime('16:30')).toBe('4:30 pm');
    expect(formatTime('00:05')).toBe('12:05 am');
    expect(() => parseTime('4:30 pm')).toThrow(/HH:MM/);
    expect(() => parseTime('24:00')).toThrow(/HH:MM/);
  });

  it('reads years 1 to 99 as themselves, not as 1901 to 1999', () => {
    expect(formatDate('0001-01-01')).toBe('January 1, 1');
    expect(addDays('0001-01-01', 1)).toBe('0001-01-02');
    expect(weekday('0001-01-01')).toBe(1); // proleptic Gregorian: a Monday
    expect(toDayNumber('0001-01-01')).toBeLessThan(toDayNumber('1901-01-01'));
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
  });

  it('counts leap years by the Gregorian rule in every century', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(isIsoDate('0000-02-29')).toBe(true);
  });

  it('refuses to go past 9999-12-31 instead of writing a five-digit year', () => {
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addMonths('9999-12-31', 4)).toThrow(RangeError);
  });
});

describe('month and weekday names (Intl, en-US)', () => {
  it('names every month, January first, and every weekday, Sunday first', () => {
    expect(MONTH_NAMES).toEqual([
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]);
    expect(WEEKDAY_NAMES).toEqual([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]);
  });

  it('formats dates as the pages print them', () => {
    expect(formatDate('2023-04-11')).toBe('April 11, 2023');
    expect(formatLong('2023-04-11')).toBe('Tuesday, April 11, 2023');
    expect(formatShort('2025-09-04')).toBe('Thu Sep 4');
    expect(formatShort('2025-12-25')).toBe('Thu Dec 25');
  });
});

describe('dates in New York', () => {
  it('reads the New York date of an instant, across midnight and daylight saving', () => {
    // 04:59 UTC on 3 December 2026 is 23:59 on 2 December in New York (EST, UTC-5).
    expect(todayInNewYork(new Date('2026-12-03T04:59:00Z'))).toBe('2026-12-02');
    expect(todayInNewYork(new Date('2026-12-03T05:00:00Z'))).toBe('2026-12-03');
    // Summer (EDT, UTC-4).
    expect(todayInNewYork(new Date('2026-07-04T03:59:00Z'))).toBe('2026-07-03');
    expect(todayInNewYork(new Date('2026-07-04T04:00:00Z'))).toBe('2026-07-04');
  });

  it('differs from the date elsewhere at the same instant', () => {
    const at = new Date('2026-12-03T02:00:00Z');
    expect(dateInTimeZone(at, 'Asia/Tokyo')).toBe('2026-12-03');
    expect(dateInTimeZone(at, 'America/New_York')).toBe('2026-12-02');
  });

  it('refuses an invalid Date', () => {
    expect(() => todayInNewYork(new Date('nonsense'))).toThrow(RangeError);
  });
});
