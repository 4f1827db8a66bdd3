// Hand-written on purpose: no library or Intl API knows New York's GCL § 24 holiday rules.
import {
  MONTH_NAMES,
  type IsoDate,
  Weekday,
  isoDate,
  lastWeekdayOfMonth,
  nthWeekdayOfMonth,
  parseIsoDate,
  weekday,
  addDays,
} from '../calendar.ts';

/**
 * New York public holidays by rule, per General Construction Law § 24 as
 * amended (Juneteenth added by ch. 249 of the Laws of 2020).
 * Source: https://www.nysenate.gov/legislation/bills/2025/S6144
 *
 * Days "appointed by the President or the Governor" as days of thanksgiving,
 * fasting or prayer are also public holidays under § 24; they are declared ad
 * hoc and cannot be computed, so they are not included.
 */

/** One public holiday of a given year. */
export interface Holiday {
  /** The date on which it is a public holiday (the observed Monday when moved). */
  date: IsoDate;
  /** Name, e.g. "Christmas Day". */
  name: string;
  /** The rule of GCL § 24 that fixes it, e.g. "December 25 (next day if Sunday)". */
  rule: string;
  /** For a fixed-date holiday that fell on a Sunday: that Sunday (the holiday is the Monday after). */
  movedFrom?: IsoDate;
}

interface FixedRule {
  name: string;
  month: number;
  day: number;
  /** False only for Flag Day, which § 24 excepts from the Sunday rule. */
  sundayMoves: boolean;
}

const FIXED: readonly FixedRule[] = [
  { name: "New Year's Day", month: 1, day: 1, sundayMoves: true },
  { name: "Lincoln's Birthday", month: 2, day: 12, sundayMoves: true },
  { name: 'Juneteenth', month: 6, day: 19, sundayMoves: true },
  { name: 'Independence Day', month: 7, day: 4, sundayMoves: true },
  { name: "Veterans' Day", month: 11, day: 11, sundayMoves: true },
  { name: 'Christmas Day', month: 12, day: 25, sundayMoves: true },
];

/** Every computable public holiday of `year` under GCL § 24, in date order. */
export function nyPublicHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999)
    throw new Error(`Year out of range: ${year}`);
  const out: Holiday[] = [];
  for (const f of FIXED) {
    const actual = isoDate(year, f.month, f.day);
    const rule = `${MONTH_NAMES[f.month - 1]} ${f.day} (next day if Sunday)`;
    if (f.sundayMoves && weekday(actual) === Weekday.Sunday)
      out.push({ date: addDays(actual, 1), name: f.name, rule, movedFrom: actual });
    else out.push({ date: actual, name: f.name, rule });
  }
  const firstMondayNov = nthWeekdayOfMonth(year, 11, Weekday.Monday, 1);
  out.push(
    {
      date: nthWeekdayOfMonth(year, 1, Weekday.Monday, 3),
      name: 'Dr. Martin Luther King Jr. Day',
      rule: 'third Monday in January',
    },
    {
      date: nthWeekdayOfMonth(year, 2, Weekday.Monday, 3),
      name: "Washington's Birthday",
      rule: 'third Monday in February',
    },
    {
      date: lastWeekdayOfMonth(year, 5, Weekday.Monday),
      name: 'Memorial Day',
      rule: 'last Monday in May',
    },
    {
      // § 24: "the second Sunday in June, known as Flag day" — never moved to Monday.
      date: nthWeekdayOfMonth(year, 6, Weekday.Sunday, 2),
      name: 'Flag Day',
      rule: 'second Sunday in June (never moved)',
    },
    {
      date: nthWeekdayOfMonth(year, 9, Weekday.Monday, 1),
      name: 'Labor Day',
      rule: 'first Monday in September',
    },
    {
      date: nthWeekdayOfMonth(year, 10, Weekday.Monday, 2),
      name: 'Columbus Day',
      rule: 'second Monday in October',
    },
    {
      date: addDays(firstMondayNov, 1),
      name: 'General Election Day',
      rule: 'Tuesday after the first Monday in November',
    },
    {
      date: nthWeekdayOfMonth(year, 11, Weekday.Thursday, 4),
      name: 'Thanksgiving Day',
      rule: 'fourth Thursday in November',
    },
  );
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const cache = new Map<number, Map<IsoDate, Holiday>>();

/** The public holiday on `date`, or undefined. Results are cached per year. */
export function holidayOn(date: IsoDate): Holiday | undefined {
  const { year } = parseIsoDate(date);
  let byDate = cache.get(year);
  if (!byDate) {
    byDate = new Map(nyPublicHolidays(year).map((h) => [h.date, h]));
    cache.set(year, byDate);
  }
  return byDate.get(date);
}
