import { describe, expect, it } from 'vitest';
import {
  businessDaysBetween,
  countBusinessDays,
  describeSkipped,
  isBusinessDay,
  nextBusinessDay,
  rollForward,
} from './business-days.ts';

describe('business days', () => {
  it.each([
    ['2025-12-22', true, 'a Monday'],
    ['2025-12-25', false, 'Christmas Day'],
    ['2025-12-27', false, 'a Saturday'],
    ['2025-12-28', false, 'a Sunday'],
    ['2026-01-01', false, "New Year's Day"],
    ['2026-01-19', false, 'Martin Luther King Jr. Day'],
    ['2025-11-04', false, 'General Election Day'],
    ['2023-01-02', false, "the Monday after New Year's Day on a Sunday"],
    [
      '2021-12-31',
      true,
      "the Friday before New Year's Day on a Saturday (Saturday holidays do not move)",
    ],
  ])('%s is a business day: %s (%s)', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it('skips Christmas and a weekend to find the next business day', () => {
    expect(nextBusinessDay('2025-12-24')).toEqual({
      date: '2025-12-26',
      skipped: [{ date: '2025-12-25', reason: 'holiday', holiday: 'Christmas Day' }],
    });
    expect(nextBusinessDay('2025-12-26').date).toBe('2025-12-29');
  });

  it('moves a deadline on a weekend or holiday to the next business day (GCL § 25-a)', () => {
    expect(rollForward('2026-01-28').date).toBe('2026-01-28');
    expect(rollForward('2025-12-27').date).toBe('2025-12-29');
    // Wednesday 31 Dec 2025 is a business day; Thursday 1 Jan 2026 is not.
    expect(rollForward('2026-01-01').date).toBe('2026-01-02');
    // Saturday 17 Jan, Sunday 18 Jan and Monday 19 Jan 2026 (MLK Day) are all skipped.
    const r = rollForward('2026-01-17');
    expect(r.date).toBe('2026-01-20');
    expect(r.skipped.map((s) => s.date)).toEqual(['2026-01-17', '2026-01-18', '2026-01-19']);
  });

  it('counts five business days over Christmas and a weekend, day 1 included', () => {
    const c = countBusinessDays({ firstDay: '2025-12-22', n: 5 });
    expect(c.counted).toEqual([
      '2025-12-22',
      '2025-12-23',
      '2025-12-24',
      '2025-12-26',
      '2025-12-29',
    ]);
    expect(describeSkipped(c.skipped)).toBe(
      'Thu Dec 25 (Christmas Day), Sat Dec 27–Sun Dec 28 (weekend)',
    );
  });

  it('counts business days after a date across the year end and New Year', () => {
    // After Wed Dec 31 2025: Fri Jan 2 (1), Mon Jan 5 (2), Tue Jan 6 (3).
    const c = countBusinessDays({ after: '2025-12-31', n: 3 });
    expect(c.counted).toEqual(['2026-01-02', '2026-01-05', '2026-01-06']);
    expect(c.skipped.map((s) => s.reason)).toEqual(['holiday', 'Saturday', 'Sunday']);
  });

  it('refuses to start a count on a non-business day or with no days', () => {
    expect(() => countBusinessDays({ firstDay: '2025-12-25', n: 5 })).toThrow(
      /Day 1 must be a business day/,
    );
    expect(() => countBusinessDays({ after: '2025-12-25', n: 0 })).toThrow(/≥ 1/);
  });

  it('counts the business days of December 2025 (31 days, 8 weekend days, Christmas)', () => {
    expect(businessDaysBetween('2025-12-01', '2025-12-31')).toBe(22);
  });
});
