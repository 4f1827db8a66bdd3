import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  formatLong,
  formatTime,
  isIsoDate,
  lastWeekdayOfMonth,
  nthWeekdayOfMonth,
  parseTime,
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
});
