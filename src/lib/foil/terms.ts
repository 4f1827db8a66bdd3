/**
 * The FOIL terms the deadline calculator and the letters use: each counted
 * period and each statute they quote, as plain data read from the legal facts
 * (`data/foil/legal-facts.json`, by `foilTerms()` in `legal-facts.ts` at build
 * time; the browser scripts receive the same object from the page). Nothing
 * here restates a number of days or a citation.
 *
 * This module imports only types from the schemas, so browser code can use it.
 */
import type { LegalFactId, PERIOD_FACTS, Period, PeriodFactId } from '../../schemas/foil.ts';

/** The facts whose citation the letters and explanations quote. */
export const QUOTED_LAW_FACTS = [
  'foil-statute',
  'foil-policy-public-access',
  'fees-none',
  'foil-response-5-days',
  'foil-appeal-30-days',
  'foil-appeal-10-days',
  'gcl-25a-next-business-day',
] as const satisfies readonly LegalFactId[];

/** A fact whose citation is quoted. */
export type QuotedLawFactId = (typeof QUOTED_LAW_FACTS)[number];

/** A period in the unit its fact is counted in (e.g. `{ count: 30, unit: 'days' }`). */
export type PeriodOf<Id extends PeriodFactId> = Period & { unit: (typeof PERIOD_FACTS)[Id] };

/** The periods and citations of the legal facts, as the calculator and the letters use them. */
export interface FoilTerms {
  /** Each counted period, by the id of the fact that states it. */
  periods: { readonly [Id in PeriodFactId]: PeriodOf<Id> };
  /** The citation each quoted fact rests on, e.g. "Public Officers Law § 89(3)(a)". */
  laws: Readonly<Record<QuotedLawFactId, string>>;
}

// Spelled-out numbers are written by hand: Intl formats numbers as digits only.
const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number from 0 to 99 in words ("five", "twenty", "thirty-one"); digits otherwise. */
export function numberWord(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 20) return ONES[n] as string;
  const tens = TENS[Math.floor(n / 10)] as string;
  return n % 10 === 0 ? tens : `${tens}-${ONES[n % 10] as string}`;
}

/** "five" -> "Five". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const UNIT_WORDS: Readonly<Record<Period['unit'], [one: string, many: string]>> = {
  'business-days': ['business day', 'business days'],
  days: ['day', 'days'],
  months: ['month', 'months'],
};

/** The unit of a period in words: "business days", "days", "months" (singular for 1). */
export function unitWords(period: Period): string {
  const [one, many] = UNIT_WORDS[period.unit];
  return period.count === 1 ? one : many;
}

/** A period in words: "five business days", "thirty days", "four months". */
export function periodText(period: Period): string {
  return `${numberWord(period.count)} ${unitWords(period)}`;
}

/** A period as a compound adjective: "five-business-day" (deadline), "four-month" (period). */
export function periodAdjective(period: Period): string {
  return `${numberWord(period.count)}-${UNIT_WORDS[period.unit][0].replace(/ /g, '-')}`;
}

/**
 * The section part of a citation, for a second mention in the same text:
 * "Public Officers Law § 89(3)(a)" -> "§ 89(3)(a)". A citation without "§"
 * is returned whole.
 */
export function sectionOf(citation: string): string {
  const i = citation.indexOf('§');
  return i < 0 ? citation : citation.slice(i);
}
