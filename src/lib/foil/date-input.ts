import { type IsoDate, MONTH_NAMES, daysInMonth, formatDate, isIsoDate } from '../calendar.ts';
import { ISO_DATE_SHAPE as SHAPE } from '../../schemas/dates.ts';

/**
 * Dates typed into the FOIL tools (deadline calculator, appeal and request
 * builders): the range they accept and a check that says what is wrong with
 * any other input. Pure: the browser scripts and the deadline and letter
 * functions all check dates here, so a date the tools cannot handle is
 * refused with a reason instead of throwing or being misread.
 */

/**
 * The dates the FOIL tools accept, inclusive: 1 January 1980 to 31 December
 * 2100. Every FOIL request the tools can help with falls in it (the POST Act
 * is of 2020), and a date outside it is a typing slip (0001 for 2001,
 * 9999 for "far future") whose deadlines would be nonsense. Deadlines computed
 * from the last date end in 2101, well within the calendar code's range.
 */
export const SUPPORTED_DATE_RANGE = {
  first: '1980-01-01',
  last: '2100-12-31',
} as const satisfies { first: IsoDate; last: IsoDate };

/** Why a typed date was refused. */
export type DateProblem =
  /** Nothing entered. */
  | 'empty'
  /** Not written as YYYY-MM-DD (text, a US date, a partial date). */
  | 'malformed'
  /** Written as YYYY-MM-DD but no such day (2025-02-30, month 13). */
  | 'impossible'
  /** Before SUPPORTED_DATE_RANGE.first. */
  | 'before-range'
  /** After SUPPORTED_DATE_RANGE.last. */
  | 'after-range';

/** The outcome of checking one typed date. */
export type DateCheck = { ok: true; date: IsoDate } | { ok: false; problem: DateProblem };

/**
 * Checks a typed date: the trimmed value must be a real calendar date as
 * `YYYY-MM-DD` within SUPPORTED_DATE_RANGE. Never throws.
 */
export function checkDateInput(value: string | null | undefined): DateCheck {
  const v = typeof value === 'string' ? value.trim() : '';
  if (v === '') return { ok: false, problem: 'empty' };
  if (!SHAPE.test(v)) return { ok: false, problem: 'malformed' };
  if (!isIsoDate(v)) return { ok: false, problem: 'impossible' };
  if (v < SUPPORTED_DATE_RANGE.first) return { ok: false, problem: 'before-range' };
  if (v > SUPPORTED_DATE_RANGE.last) return { ok: false, problem: 'after-range' };
  return { ok: true, date: v };
}

/** True when `value` is a date the FOIL tools accept. */
export function isSupportedDate(value: string | null | undefined): value is IsoDate {
  return checkDateInput(value).ok;
}

/** "January 1, 1980 to December 31, 2100". */
export function supportedRangeText(): string {
  return `${formatDate(SUPPORTED_DATE_RANGE.first)} to ${formatDate(SUPPORTED_DATE_RANGE.last)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Why a YYYY-MM-DD value names no day: "February 2025 has 28 days". */
function impossibleDetail(value: string): string | null {
  const m = SHAPE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const name = MONTH_NAMES[month - 1] as string;
  return `${name} ${year} has ${daysInMonth(year, month)} days`;
}

/**
 * The message shown beside a date field, saying what is wrong and how to fix it.
 * `subject` names the field as the start of a sentence ("The date the request
 * was received"); `value` is what was typed, when the page could read it (a
 * browser's date picker reports an impossible date as no value at all).
 */
export function dateProblemMessage(subject: string, problem: DateProblem, value?: string): string {
  const v = value?.trim() ?? '';
  const quoted = v ? `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”` : '';
  switch (problem) {
    case 'empty':
      return `Enter ${lowerFirst(subject)}.`;
    case 'malformed':
      return quoted
        ? `${subject} must be written as year-month-day, for example 2025-12-22; ${quoted} is not a date in that form.`
        : `${subject} must be written as year-month-day, for example 2025-12-22.`;
    case 'impossible': {
      const detail = v ? impossibleDetail(v) : null;
      return detail
        ? `${subject} is not a real date: ${detail}, so ${quoted} does not exist.`
        : `${subject} is not a real date: check that the day, month and year are all filled in and that the day exists in that month.`;
    }
    case 'before-range':
    case 'after-range': {
      const shown = v && isIsoDate(v) ? ` (${formatDate(v)})` : '';
      const side = problem === 'before-range' ? 'before' : 'after';
      return `${subject}${shown} is ${side} the dates this tool can count: enter a date from ${supportedRangeText()}. Check the year.`;
    }
  }
}
