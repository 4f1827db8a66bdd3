// Hand-written on purpose: Intl has no business-day arithmetic, and ours must skip GCL § 24 holidays.
import { type IsoDate, Weekday, addDays, weekday } from '../calendar.ts';
import { holidayOn } from './holidays.ts';
import { type Text, fill, shortDateIn } from './text.ts';

/**
 * New York business days: every day except Saturdays, Sundays and the public
 * holidays of General Construction Law § 24 (see `holidays.ts`).
 */

/** A day skipped while counting, and why. */
export interface SkippedDay {
  date: IsoDate;
  reason: 'Saturday' | 'Sunday' | 'holiday';
  /** Holiday name when `reason` is `holiday`. */
  holiday?: string;
}

/** Why `date` is not a business day, or null when it is one. */
export function nonBusinessReason(date: IsoDate): SkippedDay | null {
  const h = holidayOn(date);
  if (h) return { date, reason: 'holiday', holiday: h.name };
  const wd = weekday(date);
  if (wd === Weekday.Saturday) return { date, reason: 'Saturday' };
  if (wd === Weekday.Sunday) return { date, reason: 'Sunday' };
  return null;
}

/** True on Monday–Friday when the day is not a GCL § 24 public holiday. */
export function isBusinessDay(date: IsoDate): boolean {
  return nonBusinessReason(date) === null;
}

/** The first business day strictly after `date`, with the days skipped on the way. */
export function nextBusinessDay(date: IsoDate): { date: IsoDate; skipped: SkippedDay[] } {
  const skipped: SkippedDay[] = [];
  let d = addDays(date, 1);
  for (let why = nonBusinessReason(d); why; why = nonBusinessReason(d)) {
    skipped.push(why);
    d = addDays(d, 1);
  }
  return { date: d, skipped };
}

/**
 * GCL § 25-a: when a period ends on a Saturday, Sunday or public holiday, the
 * act may be done on the next succeeding business day. Returns `date` itself
 * when it is a business day.
 */
export function rollForward(date: IsoDate): { date: IsoDate; skipped: SkippedDay[] } {
  const why = nonBusinessReason(date);
  if (!why) return { date, skipped: [] };
  const next = nextBusinessDay(date);
  return { date: next.date, skipped: [why, ...next.skipped] };
}

/** The result of counting business days. */
export interface BusinessDayCount {
  /** The `n`th business day. */
  date: IsoDate;
  /** The business days counted, day 1 first. */
  counted: IsoDate[];
  /** Weekends and holidays passed over between day 1 and day n. */
  skipped: SkippedDay[];
}

/**
 * Counts `n` business days. With `firstDay` given, that date is day 1 (it must
 * be a business day); otherwise day 1 is the first business day after `after`.
 */
export function countBusinessDays(
  options: { firstDay: IsoDate; n: number } | { after: IsoDate; n: number },
): BusinessDayCount {
  const { n } = options;
  if (!Number.isInteger(n) || n < 1) throw new Error(`Business days to count must be ≥ 1: ${n}`);
  const skipped: SkippedDay[] = [];
  let day: IsoDate;
  if ('firstDay' in options) {
    if (!isBusinessDay(options.firstDay))
      throw new Error(`Day 1 must be a business day: ${options.firstDay}`);
    day = options.firstDay;
  } else {
    const next = nextBusinessDay(options.after);
    skipped.push(...next.skipped);
    day = next.date;
  }
  const counted = [day];
  while (counted.length < n) {
    const next = nextBusinessDay(day);
    skipped.push(...next.skipped);
    day = next.date;
    counted.push(day);
  }
  return { date: day, counted, skipped };
}

/** Business days in the inclusive range from `from` to `to`. */
export function businessDaysBetween(from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (isBusinessDay(d)) count += 1;
  return count;
}

/** The words used to name skipped days (part of the deadline explanations, `DeadlineProse`). */
export interface SkippedDayWords {
  /** "{from}–{to} (weekend)" */
  exWeekend: string;
  /** "{date} ({reason})": a holiday or a lone Saturday or Sunday. */
  exSkippedDay: string;
  /** What is named for a Saturday or a Sunday alone: "Saturday", "Sunday". */
  exSaturdayName: string;
  exSundayName: string;
  /** A holiday with no name. */
  exHolidayUnnamed: string;
  /** Between the days of a list: ", ". */
  exListSeparator: string;
}

/** The words naming skipped days in English. */
export const SKIPPED_DAY_WORDS_EN = {
  exWeekend: '{from}–{to} (weekend)',
  exSkippedDay: '{date} ({reason})',
  exSaturdayName: 'Saturday',
  exSundayName: 'Sunday',
  exHolidayUnnamed: 'public holiday',
  exListSeparator: ', ',
} as const satisfies SkippedDayWords;

/**
 * Describes skipped days for an explanation, grouping weekends:
 * "Thu Dec 25 (Christmas Day), Sat Dec 27–Sun Dec 28 (weekend)". In another
 * language, `text` gives its words and `holidayName` the holiday's name in it.
 */
export function describeSkipped(
  skipped: readonly SkippedDay[],
  text: Text<SkippedDayWords> = { locale: 'en', m: SKIPPED_DAY_WORDS_EN },
  holidayName: (englishName: string) => string = (name) => name,
): string {
  const { locale, m } = text;
  const day = (d: IsoDate) => shortDateIn(locale, d);
  const parts: string[] = [];
  for (let i = 0; i < skipped.length; i += 1) {
    const s = skipped[i] as SkippedDay;
    const next = skipped[i + 1];
    if (s.reason === 'Saturday' && next?.reason === 'Sunday' && next.date === addDays(s.date, 1)) {
      parts.push(fill(m.exWeekend, { from: day(s.date), to: day(next.date) }));
      i += 1;
    } else if (s.reason === 'holiday') {
      parts.push(
        fill(m.exSkippedDay, {
          date: day(s.date),
          reason: s.holiday ? holidayName(s.holiday) : m.exHolidayUnnamed,
        }),
      );
    } else {
      parts.push(
        fill(m.exSkippedDay, {
          date: day(s.date),
          reason: s.reason === 'Saturday' ? m.exSaturdayName : m.exSundayName,
        }),
      );
    }
  }
  return parts.join(m.exListSeparator);
}
