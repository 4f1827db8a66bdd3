import { describe, expect, it } from 'vitest';
import {
  SUPPORTED_DATE_RANGE,
  checkDateInput,
  dateProblemMessage,
  isSupportedDate,
  supportedRangeText,
} from './date-input.ts';

describe('SUPPORTED_DATE_RANGE', () => {
  it('runs from 1 January 1980 to 31 December 2100, both included', () => {
    expect(SUPPORTED_DATE_RANGE).toEqual({ first: '1980-01-01', last: '2100-12-31' });
    expect(isSupportedDate('1980-01-01')).toBe(true);
    expect(isSupportedDate('2100-12-31')).toBe(true);
    expect(isSupportedDate('1979-12-31')).toBe(false);
    expect(isSupportedDate('2101-01-01')).toBe(false);
    expect(supportedRangeText()).toBe('January 1, 1980 to December 31, 2100');
  });
});

describe('checkDateInput', () => {
  it.each([
    // empty
    ['', 'empty'],
    ['   ', 'empty'],
    [undefined, 'empty'],
    [null, 'empty'],
    // malformed: not YYYY-MM-DD
    ['garbage', 'malformed'],
    ['12/22/2025', 'malformed'],
    ['2025-1-5', 'malformed'],
    ['20251222', 'malformed'],
    ['+009999-12-31', 'malformed'],
    ['2025-12-22T10:00', 'malformed'],
    // impossible calendar dates
    ['2025-02-30', 'impossible'],
    ['2025-02-29', 'impossible'],
    ['2025-13-01', 'impossible'],
    ['2025-00-10', 'impossible'],
    ['2025-04-31', 'impossible'],
    ['2025-12-00', 'impossible'],
    // outside the range
    ['0001-01-01', 'before-range'],
    ['1979-12-31', 'before-range'],
    ['9999-12-31', 'after-range'],
    ['2101-01-01', 'after-range'],
  ] as const)('refuses %j as %s', (value, problem) => {
    expect(checkDateInput(value)).toEqual({ ok: false, problem });
  });

  it.each(['2025-12-22', '2024-02-29', '2000-02-29', ' 2025-12-22 '])('accepts %j', (value) => {
    expect(checkDateInput(value)).toEqual({ ok: true, date: value.trim() });
  });
});

describe('dateProblemMessage', () => {
  const subject = 'The date the request was received';
  it('asks for a missing date', () => {
    expect(dateProblemMessage(subject, 'empty')).toBe('Enter the date the request was received.');
  });

  it('says how to write a date that is not in the expected form, quoting it', () => {
    expect(dateProblemMessage(subject, 'malformed', 'garbage')).toBe(
      'The date the request was received must be written as year-month-day, for example 2025-12-22; “garbage” is not a date in that form.',
    );
  });

  it('names the month length for a day that does not exist', () => {
    expect(dateProblemMessage(subject, 'impossible', '2025-02-30')).toBe(
      'The date the request was received is not a real date: February 2025 has 28 days, so “2025-02-30” does not exist.',
    );
    expect(dateProblemMessage(subject, 'impossible', '2025-13-01')).toContain(
      'there is no month 13',
    );
  });

  it('explains an impossible date the browser could not report (no value)', () => {
    const m = dateProblemMessage(subject, 'impossible');
    expect(m).toMatch(/^The date the request was received is not a real date: check/);
    expect(m).not.toMatch(/^Enter/);
  });

  it('names the supported range for a date outside it', () => {
    expect(dateProblemMessage(subject, 'after-range', '9999-12-31')).toBe(
      'The date the request was received (December 31, 9999) is after the dates this tool can count: enter a date from January 1, 1980 to December 31, 2100. Check the year.',
    );
    expect(dateProblemMessage(subject, 'before-range', '0001-01-01')).toContain(
      '(January 1, 1) is before the dates this tool can count',
    );
  });

  it('shortens a long quoted value', () => {
    expect(dateProblemMessage(subject, 'malformed', 'x'.repeat(100))).toContain(
      `“${'x'.repeat(40)}…”`,
    );
  });
});
