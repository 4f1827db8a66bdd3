import { type IsoDate, MONTH_NAMES, daysInMonth, isIsoDate } from '../calendar.ts';
import { type Text, dateIn, fill, monthYearIn, numberIn } from './text.ts';
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

/**
 * The date messages in English: templates with `{name}` placeholders (see
 * text.ts); the other languages are in src/i18n/messages/foil-tools.ts.
 */
export const DATE_MESSAGES_EN = {
  dateEmpty: 'Enter {subjectLower}.',
  dateMalformedQuoted:
    '{subject} must be written as year-month-day, for example 2025-12-22; {quoted} is not a date in that form.',
  dateMalformed: '{subject} must be written as year-month-day, for example 2025-12-22.',
  dateImpossibleDetail: '{subject} is not a real date: {detail}, so {quoted} does not exist.',
  dateImpossible:
    '{subject} is not a real date: check that the day, month and year are all filled in and that the day exists in that month.',
  dateNoMonth: 'there is no month {month}',
  dateMonthDays: '{monthYear} has {days} days',
  dateBeforeRange:
    '{subject}{shown} is before the dates this tool can count: enter a date from {range}. Check the year.',
  dateAfterRange:
    '{subject}{shown} is after the dates this tool can count: enter a date from {range}. Check the year.',
  dateShown: ' ({date})',
  dateRange: '{first} to {last}',
  dateQuoted: '“{value}”',
} as const;

/** The date messages of a language. */
export type DateMessages = { readonly [K in keyof typeof DATE_MESSAGES_EN]: string };

/** The date messages in English. */
export const DATE_TEXT_EN: Text<DateMessages> = { locale: 'en', m: DATE_MESSAGES_EN };

/** "January 1, 1980 to December 31, 2100" (in the language of `text`). */
export function supportedRangeText(text: Text<DateMessages> = DATE_TEXT_EN): string {
  return fill(text.m.dateRange, {
    first: dateIn(text.locale, SUPPORTED_DATE_RANGE.first),
    last: dateIn(text.locale, SUPPORTED_DATE_RANGE.last),
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Why a YYYY-MM-DD value names no day: "February 2025 has 28 days". */
function impossibleDetail(value: string, text: Text<DateMessages>): string | null {
  const m = SHAPE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12)
    return fill(text.m.dateNoMonth, { month: numberIn(text.locale, month) });
  const monthYear =
    text.locale === 'en'
      ? `${MONTH_NAMES[month - 1] as string} ${year}`
      : monthYearIn(text.locale, year, month);
  return fill(text.m.dateMonthDays, {
    monthYear,
    days: numberIn(text.locale, daysInMonth(year, month)),
  });
}

/**
 * The message shown beside a date field, saying what is wrong and how to fix it.
 * `subject` names the field as the start of a sentence ("The date the request
 * was received"); `value` is what was typed, when the page could read it (a
 * browser's date picker reports an impossible date as no value at all).
 * `text` gives the language (English by default).
 */
export function dateProblemMessage(
  subject: string,
  problem: DateProblem,
  value?: string,
  text: Text<DateMessages> = DATE_TEXT_EN,
): string {
  const { m, locale } = text;
  const v = value?.trim() ?? '';
  const quoted = v ? fill(m.dateQuoted, { value: v.length > 40 ? `${v.slice(0, 40)}…` : v }) : '';
  switch (problem) {
    case 'empty':
      return fill(m.dateEmpty, { subject, subjectLower: lowerFirst(subject) });
    case 'malformed':
      return quoted
        ? fill(m.dateMalformedQuoted, { subject, quoted })
        : fill(m.dateMalformed, { subject });
    case 'impossible': {
      const detail = v ? impossibleDetail(v, text) : null;
      return detail
        ? fill(m.dateImpossibleDetail, { subject, detail, quoted })
        : fill(m.dateImpossible, { subject });
    }
    case 'before-range':
    case 'after-range': {
      const shown = v && isIsoDate(v) ? fill(m.dateShown, { date: dateIn(locale, v) }) : '';
      return fill(problem === 'before-range' ? m.dateBeforeRange : m.dateAfterRange, {
        subject,
        shown,
        range: supportedRangeText(text),
      });
    }
  }
}
