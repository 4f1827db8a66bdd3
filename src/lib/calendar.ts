/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings. Every computation runs on
 * UTC day numbers, so no local time zone or daylight-saving change can shift
 * a date. FOIL deadlines are counted in New York calendar days; the user
 * enters New York dates and times and nothing here converts them. The one
 * exception, `dateInTimeZone` / `todayInNewYork`, reads the calendar date of
 * an instant (a `Date` passed in, never the clock) in a given time zone.
 *
 * Which strings are dates is decided once, in src/schemas/dates.ts
 * (`isIsoDate`, re-exported here). The day arithmetic is written by hand on
 * purpose: `Date.UTC` reads years 0–99 as 1900–1999, and Intl formats dates
 * but does no calendar arithmetic. Names of months and weekdays come from Intl.
 */
import { daysInMonth, isIsoDate } from '../schemas/dates.ts';

export { daysInMonth, isIsoDate, isLeapYear } from '../schemas/dates.ts';

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/** Names in American English, read in UTC so that the instant used names its own UTC date. */
const MONTH_FORMAT = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
const WEEKDAY_FORMAT = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });

/** Month names, January first ("January" … "December"). */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, i) =>
  MONTH_FORMAT.format(Date.UTC(2001, i, 1)),
);

/** Weekday names, Sunday first (the order of `Date#getUTCDay`); 7 January 2001 was a Sunday. */
export const WEEKDAY_NAMES: readonly string[] = Array.from({ length: 7 }, (_, i) =>
  WEEKDAY_FORMAT.format(Date.UTC(2001, 0, 7 + i)),
);

/** Weekday numbers as `Date#getUTCDay` returns them. */
export const Weekday = {
  Sunday: 0,
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
} as const;

/** Splits a date into year, month (1–12) and day; throws with the bad value when invalid. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } {
  if (!isIsoDate(value)) throw new Error(`Not a calendar date as YYYY-MM-DD: "${value}"`);
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
}

/**
 * Builds `YYYY-MM-DD` from year, month (1–12) and day. Throws a RangeError for
 * a year outside 0–9999, which has no four-digit form.
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(year) || year < 0 || year > 9999)
    throw new RangeError(`Year ${year} has no YYYY-MM-DD form (0–9999 only)`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Milliseconds of midnight UTC of a date. Not `Date.UTC`, which reads years
 * 0–99 as 1900–1999 (so 0001-01-01 would silently become 1901-01-01).
 */
function utcMidnight(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** Days since 1970-01-01 (UTC day number) of a date. */
export function toDayNumber(value: IsoDate): number {
  const { year, month, day } = parseIsoDate(value);
  return utcMidnight(year, month, day) / MS_PER_DAY;
}

/** The date of a UTC day number; throws a RangeError past 9999-12-31 or before 0000-01-01. */
export function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The date `n` calendar days after (or, when negative, before) `value`. */
export function addDays(value: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(value) + n);
}

/** Calendar days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(value: IsoDate): number {
  return new Date(toDayNumber(value) * MS_PER_DAY).getUTCDay();
}

/** The `n`th (1-based) given weekday of a month, e.g. the third Monday of January. */
export function nthWeekdayOfMonth(year: number, month: number, day: number, n: number): IsoDate {
  const first = isoDate(year, month, 1);
  const offset = (day - weekday(first) + 7) % 7;
  const date = 1 + offset + (n - 1) * 7;
  if (date > daysInMonth(year, month))
    throw new Error(`There is no weekday #${n} of kind ${day} in ${year}-${month}`);
  return isoDate(year, month, date);
}

/** The last given weekday of a month, e.g. the last Monday of May. */
export function lastWeekdayOfMonth(year: number, month: number, day: number): IsoDate {
  const last = isoDate(year, month, daysInMonth(year, month));
  return addDays(last, -((weekday(last) - day + 7) % 7));
}

/**
 * The same day of the month `n` months later; when that month is shorter
 * (31 October + 4 months), the last day of that month, flagged `clamped`.
 */
export function addMonths(value: IsoDate, n: number): { date: IsoDate; clamped: boolean } {
  const { year, month, day } = parseIsoDate(value);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const max = daysInMonth(y, m);
  return { date: isoDate(y, m, Math.min(day, max)), clamped: day > max };
}

/** The time zone of every FOIL date: New York. */
export const NEW_YORK_TIME_ZONE = 'America/New_York';

/** The calendar date of the instant `at` in an IANA time zone (Intl; daylight saving included). */
export function dateInTimeZone(at: Date, timeZone: string): IsoDate {
  if (Number.isNaN(at.getTime())) throw new RangeError('Not a valid instant: Invalid Date');
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  return isoDate(part('year'), part('month'), part('day'));
}

/**
 * Today's date in New York at the instant `now`: the date FOIL deadlines are
 * compared with, whatever the user's own time zone.
 */
export function todayInNewYork(now: Date): IsoDate {
  return dateInTimeZone(now, NEW_YORK_TIME_ZONE);
}

/** "Monday, December 22, 2025". */
export function formatLong(value: IsoDate): string {
  const { year, month, day } = parseIsoDate(value);
  return `${WEEKDAY_NAMES[weekday(value)]}, ${MONTH_NAMES[month - 1]} ${day}, ${year}`;
}

/** "December 22, 2025". */
export function formatDate(value: IsoDate): string {
  const { year, month, day } = parseIsoDate(value);
  return `${MONTH_NAMES[month - 1]} ${day}, ${year}`;
}

/** "Thu Dec 25" style short form used in explanations of skipped days. */
export function formatShort(value: IsoDate): string {
  const { month, day } = parseIsoDate(value);
  return `${WEEKDAY_NAMES[weekday(value)]?.slice(0, 3)} ${MONTH_NAMES[month - 1]?.slice(0, 3)} ${day}`;
}

/** Parses a 24-hour time `HH:MM` into minutes after midnight; throws when invalid. */
export function parseTime(value: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!m) throw new Error(`Not a time as HH:MM (24-hour): "${value}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** "16:00" -> "4:00 pm". */
export function formatTime(value: string): string {
  const minutes = parseTime(value);
  const h = Math.floor(minutes / 60);
  const mm = String(minutes % 60).padStart(2, '0');
  const suffix = h < 12 ? 'am' : 'pm';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}:${mm} ${suffix}`;
}
