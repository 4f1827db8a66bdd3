/**
 * The one rule for calendar dates written `YYYY-MM-DD`: the schema every
 * data file's dates go through (`IsoDateSchema`) and the check every module
 * uses (`isIsoDate`; `src/lib/calendar.ts` builds its arithmetic on it).
 *
 * The calendar is the proleptic Gregorian one of ISO 8601, years 0000–9999
 * (year 0000 is a leap year). Written by hand on purpose: `Date.UTC` reads
 * years 0–99 as 1900–1999 and rolls 2025-02-30 over to 2025-03-02.
 */
import { z } from 'astro/zod';

/** The written form of a date: four-digit year, two-digit month and day. */
export const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True in a Gregorian leap year (every 4th year, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in a month (1–12) of a year, leap years included; NaN for another month. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? Number.NaN;
}

/**
 * Why `value` is not a calendar date written `YYYY-MM-DD`, in words that say
 * how to fix it, or null when it is one (2024-02-29 yes, 2025-02-30 no).
 */
export function isoDateProblem(value: string): string | null {
  const m = ISO_DATE_SHAPE.exec(value);
  if (!m) return 'expected a date as YYYY-MM-DD';
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12)
    return `expected a date as YYYY-MM-DD; "${value}" has no month ${month} (months are 01–12)`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last)
    return `expected a date as YYYY-MM-DD; "${value}" does not exist (${m[1]}-${m[2]} has ${last} days)`;
  return null;
}

/** True when `value` is a real calendar date written as `YYYY-MM-DD` (e.g. not 2025-02-30). */
export function isIsoDate(value: string): boolean {
  return isoDateProblem(value) === null;
}

/**
 * ISO calendar date `YYYY-MM-DD`, kept as a string so no time zone can shift
 * it. Marked pure so that browser code importing only `isIsoDate` (through
 * src/lib/calendar.ts) does not bundle Zod.
 */
export const IsoDateSchema = /* @__PURE__ */ z
  .string()
  .refine(isIsoDate, {
    error: (issue) => isoDateProblem(String(issue.input)) ?? 'expected a date as YYYY-MM-DD',
  })
  .describe('Calendar date, YYYY-MM-DD');
