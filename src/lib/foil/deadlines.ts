import {
  type IsoDate,
  addDays,
  addMonths,
  formatDate,
  formatLong,
  formatShort,
  formatTime,
  parseTime,
} from '../calendar.ts';
import { type DateProblem, checkDateInput, dateProblemMessage } from './date-input.ts';
import {
  type SkippedDay,
  countBusinessDays,
  describeSkipped,
  nextBusinessDay,
  nonBusinessReason,
  rollForward,
} from './business-days.ts';
import type { LegalFactId } from '../../schemas/foil.ts';
import { type FoilTerms, capitalize, numberWord, periodAdjective, periodText } from './terms.ts';

/**
 * FOIL deadlines for a request to the NYPD, counted in New York business days.
 * Every period and citation comes from the legal facts (`FoilTerms`, read
 * from data/foil/legal-facts.json); the fact ids below name where:
 *
 * - `foil-response-5-days`: grant, deny or acknowledge within the period of
 *   receipt; `foil-approximate-20-days`: an acknowledgment gives an
 *   approximate date, ordinarily within the period after it;
 *   `foil-constructive-denial`: a missed deadline is a denial.
 * - `foil-appeal-30-days`: appeal within the period of a denial;
 *   `foil-appeal-10-days`: the appeals officer's period from receipt of the appeal.
 * - `cplr-217-four-months`: an Article 78 proceeding within the period after
 *   the determination becomes final.
 * - `gcl-25a-next-business-day`: a period ending on a Saturday, Sunday or
 *   public holiday ends on the next business day.
 * - Counting "within N business days of receipt" (`coog-day-of-receipt`,
 *   `coog-email-late-in-day`): the Committee on Open Government's staff treat
 *   the day of receipt as the first business day when the request arrives in
 *   business hours, and the next business day when it arrives late in the day
 *   (their example: 4 p.m.).
 */

/** How the request reached the NYPD. */
export type Channel = 'electronic' | 'paper';

/**
 * Assumed cut-off for "late in the day": an email or online request received
 * at or after this New York time counts from the next business day. FOIL-AO-17063
 * gives 4 p.m. as a late arrival and 10 a.m. as a same-day one.
 */
export const LATE_CUTOFF = '16:00';

/** What the calculator is told. Only `receivedOn` and `channel` are required. */
export interface DeadlineInput {
  /** Date the NYPD received the request (New York date). */
  receivedOn: IsoDate;
  channel: Channel;
  /** For electronic requests: New York time of receipt, `HH:MM` (24-hour). */
  receivedAt?: string | undefined;
  /** Date of the NYPD's acknowledgment, when one came. */
  acknowledgedOn?: IsoDate | undefined;
  /** Date of a written denial, when one came. */
  deniedOn?: IsoDate | undefined;
  /** Date the NYPD received your appeal, when you have sent one. */
  appealReceivedOn?: IsoDate | undefined;
  /** Date of the appeal determination, when one came. */
  appealDecidedOn?: IsoDate | undefined;
}

/** Identifiers of the computed dates, in the order they occur. */
export type DeadlineId =
  'day-one' | 'response' | 'approximate' | 'appeal' | 'appeal-decision' | 'article-78';

/** One computed date with the reasoning behind it. */
export interface Deadline {
  id: DeadlineId;
  /** What is due, e.g. "NYPD must grant, deny or acknowledge the request". */
  label: string;
  date: IsoDate;
  /** Sentences explaining how the date was counted (skipped days named). */
  explanation: string[];
  /** Assumptions made because a later event has not happened (or was not entered). */
  assumptions: string[];
  /** Weekends and holidays passed over while counting. */
  skipped: SkippedDay[];
  /** Ids of the legal facts (data/foil/legal-facts.json) this date rests on. */
  facts: LegalFactId[];
}

/** Why the calculator refused its input: a date problem, a bad time or channel, or dates out of order. */
export type DeadlineProblemReason = DateProblem | 'time' | 'channel' | 'order';

/** One problem with the calculator's input, naming the field. */
export interface DeadlineProblem {
  field: keyof DeadlineInput;
  reason: DeadlineProblemReason;
  message: string;
}

/** A problem with the calculator's input, naming the field and the reason. */
export class DeadlineInputError extends Error {
  /** The input field at fault. */
  readonly field: keyof DeadlineInput;
  /** What is wrong with it. */
  readonly reason: DeadlineProblemReason;
  constructor(field: keyof DeadlineInput, message: string, reason: DeadlineProblemReason) {
    super(message);
    this.name = 'DeadlineInputError';
    this.field = field;
    this.reason = reason;
  }
}

/** The date fields, with the words that start a sentence about each. */
export const DEADLINE_DATE_FIELDS = {
  receivedOn: 'The date the request was received',
  acknowledgedOn: 'The acknowledgment date',
  deniedOn: 'The denial date',
  appealReceivedOn: 'The date your appeal was received',
  appealDecidedOn: 'The appeal determination date',
} as const satisfies Partial<Record<keyof DeadlineInput, string>>;

/** A date field of the calculator. */
export type DeadlineDateField = keyof typeof DEADLINE_DATE_FIELDS;

function dateProblems(input: DeadlineInput): DeadlineProblem[] {
  const out: DeadlineProblem[] = [];
  for (const [field, subject] of Object.entries(DEADLINE_DATE_FIELDS) as [
    DeadlineDateField,
    string,
  ][]) {
    const v: unknown = input[field];
    const text = typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v);
    // Optional dates may be left out; the date received may not.
    if (field !== 'receivedOn' && text.trim() === '') continue;
    const check = checkDateInput(text);
    if (!check.ok)
      out.push({
        field,
        reason: check.problem,
        message: dateProblemMessage(subject, check.problem, text),
      });
  }
  return out;
}

function orderProblem(
  input: DeadlineInput,
  field: DeadlineDateField,
  earlier: IsoDate,
  earlierLabel: string,
): DeadlineProblem[] {
  const v = input[field];
  if (typeof v === 'string' && v < earlier)
    return [
      {
        field,
        reason: 'order',
        message: `${DEADLINE_DATE_FIELDS[field]} (${v}) cannot be before ${earlierLabel} (${earlier}).`,
      },
    ];
  return [];
}

/**
 * Every problem with the calculator's input, in form order, or an empty list.
 * Never throws: any value of any field gets a reason (`DeadlineProblemReason`).
 */
export function checkDeadlineInput(input: DeadlineInput): DeadlineProblem[] {
  const out = dateProblems(input);
  if (input.channel !== 'electronic' && input.channel !== 'paper')
    out.push({
      field: 'channel',
      reason: 'channel',
      message: `Unknown channel "${String(input.channel)}".`,
    });
  if (input.receivedAt !== undefined && input.receivedAt !== '') {
    let ok = typeof input.receivedAt === 'string';
    try {
      if (ok) parseTime(input.receivedAt);
    } catch {
      ok = false;
    }
    if (!ok)
      out.push({
        field: 'receivedAt',
        reason: 'time',
        message: `The time received must be HH:MM in 24-hour form (e.g. 16:30); got "${String(input.receivedAt)}".`,
      });
  }
  // Order checks only between dates that are themselves fine.
  if (out.length) return out;
  const r = input.receivedOn;
  out.push(
    ...orderProblem(input, 'acknowledgedOn', r, 'the date received'),
    ...orderProblem(input, 'deniedOn', r, 'the date received'),
    ...orderProblem(input, 'appealReceivedOn', r, 'the date received'),
  );
  if (input.deniedOn && !out.some((p) => p.field === 'appealReceivedOn'))
    out.push(...orderProblem(input, 'appealReceivedOn', input.deniedOn, 'the denial date'));
  if (input.appealReceivedOn)
    out.push(
      ...orderProblem(
        input,
        'appealDecidedOn',
        input.appealReceivedOn,
        'the date your appeal was received',
      ),
    );
  return out;
}

/** Trims every text field; an empty optional field becomes undefined. */
function trimInput(input: DeadlineInput): DeadlineInput {
  const t = (v: string | undefined) => (typeof v === 'string' ? v.trim() || undefined : v);
  return {
    ...input,
    receivedOn: typeof input.receivedOn === 'string' ? input.receivedOn.trim() : input.receivedOn,
    receivedAt: t(input.receivedAt),
    acknowledgedOn: t(input.acknowledgedOn),
    deniedOn: t(input.deniedOn),
    appealReceivedOn: t(input.appealReceivedOn),
    appealDecidedOn: t(input.appealDecidedOn),
  };
}

function validate(input: DeadlineInput): void {
  const [first] = checkDeadlineInput(input);
  if (first) throw new DeadlineInputError(first.field, first.message, first.reason);
}

function listCounted(counted: readonly IsoDate[]): string {
  return counted.map((d, i) => `${formatShort(d)} (${i + 1})`).join(', ');
}

function skippedSentence(skipped: readonly SkippedDay[]): string {
  return skipped.length
    ? `Not counted: ${describeSkipped(skipped)}.`
    : 'No weekend or public holiday falls in this period.';
}

/** Day 1 of the count for a request or appeal received on `date` (FOIL-AO-17063). */
export function firstCountedDay(
  date: IsoDate,
  channel: Channel,
  time?: string,
  what: 'request' | 'appeal' = 'request',
): { date: IsoDate; explanation: string[]; skipped: SkippedDay[] } {
  const field = what === 'appeal' ? 'appealReceivedOn' : 'receivedOn';
  const check = checkDateInput(date);
  if (!check.ok)
    throw new DeadlineInputError(
      field,
      dateProblemMessage(DEADLINE_DATE_FIELDS[field], check.problem, date),
      check.problem,
    );
  const problem = checkDeadlineInput({ receivedOn: date, channel, receivedAt: time }).find(
    (p) => p.field !== 'receivedOn',
  );
  if (problem) throw new DeadlineInputError(problem.field, problem.message, problem.reason);
  const why = nonBusinessReason(date);
  if (why) {
    const next = nextBusinessDay(date);
    const reason =
      why.reason === 'holiday' ? (why.holiday ?? 'a public holiday') : `a ${why.reason}`;
    return {
      date: next.date,
      skipped: [why, ...next.skipped],
      explanation: [
        `${formatLong(date)} is ${reason}, not a business day, so the count starts on the next business day, ${formatLong(next.date)}.`,
      ],
    };
  }
  if (channel === 'electronic' && time && parseTime(time) >= parseTime(LATE_CUTOFF)) {
    const next = nextBusinessDay(date);
    return {
      date: next.date,
      skipped: next.skipped,
      explanation: [
        `Received at ${formatTime(time)}, late in the day (at or after ${formatTime(LATE_CUTOFF)}, our cut-off), so the next business day, ${formatLong(next.date)}, is day 1.` +
          (next.skipped.length ? ` ${skippedSentence(next.skipped)}` : ''),
      ],
    };
  }
  const how =
    channel === 'electronic' && time
      ? `Received at ${formatTime(time)}, before our ${formatTime(LATE_CUTOFF)} cut-off`
      : channel === 'electronic'
        ? 'No time of receipt entered, so we assume it arrived during business hours'
        : what === 'appeal'
          ? 'We take the appeal as received during business hours'
          : 'A paper request is taken as received during business hours';
  return {
    date,
    skipped: [],
    explanation: [`${how}: the day of receipt, ${formatLong(date)}, is day 1.`],
  };
}

/**
 * Every FOIL date for a request, in order: day 1, the response deadline, the
 * approximate date after an acknowledgment, the appeal deadline, the appeals
 * officer's deadline and the Article 78 deadline, each period as `terms`
 * (the legal facts) states it. Dates not yet known (no acknowledgment, no
 * denial, ...) are assumed at their latest and the assumption is stated.
 * Throws `DeadlineInputError` on bad input.
 */
export function computeDeadlines(given: DeadlineInput, terms: FoilTerms): Deadline[] {
  const input = trimInput(given);
  validate(input);
  const out: Deadline[] = [];
  const { periods, laws } = terms;
  const responsePeriod = periods['foil-response-5-days'];
  const approximatePeriod = periods['foil-approximate-20-days'];
  const appealPeriod = periods['foil-appeal-30-days'];
  const decisionPeriod = periods['foil-appeal-10-days'];
  const courtPeriod = periods['cplr-217-four-months'];
  const nextBusinessDayLaw = laws['gcl-25a-next-business-day'];

  // Day 1 and the response deadline (foil-response-5-days; FOIL-AO-17063).
  const first = firstCountedDay(input.receivedOn, input.channel, input.receivedAt || undefined);
  out.push({
    id: 'day-one',
    label: 'Day 1 of the count',
    date: first.date,
    explanation: first.explanation,
    assumptions: [],
    skipped: first.skipped,
    facts: input.channel === 'electronic' ? ['coog-email-late-in-day'] : ['coog-day-of-receipt'],
  });
  const respond = countBusinessDays({ firstDay: first.date, n: responsePeriod.count });
  out.push({
    id: 'response',
    label: 'The NYPD must grant, deny, or acknowledge the request in writing by',
    date: respond.date,
    explanation: [
      `${capitalize(periodText(responsePeriod))} counted from day 1: ${listCounted(respond.counted)}.`,
      skippedSentence(respond.skipped),
      'If nothing comes by the end of this day, the request is constructively denied and you may appeal.',
    ],
    assumptions: [],
    skipped: respond.skipped,
    facts: ['foil-response-5-days', 'foil-constructive-denial', 'gcl-24-holidays'],
  });

  // Approximate date: ordinarily within the period after the acknowledgment (foil-approximate-20-days).
  const ackAssumed = !input.acknowledgedOn;
  const ack = input.acknowledgedOn ?? respond.date;
  const approx = countBusinessDays({ after: ack, n: approximatePeriod.count });
  const ackNotes: string[] = [];
  if (!ackAssumed && ack > respond.date)
    ackNotes.push(
      `The acknowledgment (${formatLong(ack)}) came after the ${periodAdjective(responsePeriod)} deadline of ${formatLong(respond.date)}; the request was already constructively denied then, and you could have appealed from that date.`,
    );
  out.push({
    id: 'approximate',
    label:
      'After an acknowledgment, the approximate date for a decision should ordinarily be no later than',
    date: approx.date,
    explanation: [
      `${capitalize(periodText(approximatePeriod))} after the acknowledgment of ${formatLong(ack)}: ${listCounted(approx.counted)}.`,
      skippedSentence(approx.skipped),
      'A later date is allowed only with a written explanation of the delay and a "date certain"; a missed date is a constructive denial.',
      ...ackNotes,
    ],
    assumptions: ackAssumed
      ? [
          `No acknowledgment date entered: we assume the NYPD acknowledges on the last allowed day, ${formatLong(respond.date)}.`,
        ]
      : [],
    skipped: approx.skipped,
    facts: ['foil-approximate-20-days', 'foil-date-certain', 'foil-constructive-denial'],
  });

  // Appeal within the period of a denial (foil-appeal-30-days), § 25-a applied.
  let denial: IsoDate;
  let denialWhy: string;
  const appealAssumptions: string[] = [];
  if (input.deniedOn) {
    denial = input.deniedOn;
    denialWhy = `the written denial dated ${formatLong(denial)}`;
  } else if (input.acknowledgedOn) {
    denial = approx.date;
    denialWhy = `the constructive denial if no decision comes by the approximate date, ${formatLong(denial)}`;
    appealAssumptions.push(
      'No denial date entered: we assume no decision arrives by the approximate date. If the NYPD gave a later date certain with reasons, count from that date instead.',
    );
  } else {
    denial = respond.date;
    denialWhy = `the constructive denial if there is no response by ${formatLong(denial)}`;
    appealAssumptions.push(
      `No acknowledgment or denial date entered: we assume no response at all by the ${periodAdjective(responsePeriod)} deadline.`,
    );
  }
  appealAssumptions.push(
    `We count the ${appealPeriod.count} days from the denial date itself (not from when you learn of it), the earliest reading, so that you are not late under any reading.`,
  );
  const rawAppeal = addDays(denial, appealPeriod.count);
  const appeal = rollForward(rawAppeal);
  out.push({
    id: 'appeal',
    label: 'Your written appeal to the Records Access Appeals Officer is due by',
    date: appeal.date,
    explanation: [
      `${capitalize(numberWord(appealPeriod.count))} calendar days after ${denialWhy}: ${formatLong(rawAppeal)}.`,
      appeal.date === rawAppeal
        ? 'That is a business day, so it stands.'
        : `That day is not a business day (${describeSkipped(appeal.skipped)}), so under ${nextBusinessDayLaw} the deadline moves to the next business day, ${formatLong(appeal.date)}.`,
    ],
    assumptions: appealAssumptions,
    skipped: appeal.skipped,
    facts: ['foil-appeal-30-days', 'gcl-25a-next-business-day'],
  });

  // Appeals officer: the period from receipt of the appeal (foil-appeal-10-days).
  const appealReceived = input.appealReceivedOn ?? appeal.date;
  const appealFirst = firstCountedDay(appealReceived, 'paper', undefined, 'appeal');
  const decide = countBusinessDays({ firstDay: appealFirst.date, n: decisionPeriod.count });
  out.push({
    id: 'appeal-decision',
    label: 'The appeals officer must grant access or explain the denial in writing by',
    date: decide.date,
    explanation: [
      ...appealFirst.explanation,
      `${capitalize(periodText(decisionPeriod))}: ${listCounted(decide.counted)}.`,
      skippedSentence([...appealFirst.skipped, ...decide.skipped]),
    ],
    assumptions: input.appealReceivedOn
      ? []
      : [
          `No appeal date entered: we assume your appeal reaches the NYPD on the last day, ${formatLong(appeal.date)}. Appealing earlier brings this date forward.`,
        ],
    skipped: [...appealFirst.skipped, ...decide.skipped],
    facts: ['foil-appeal-10-days'],
  });

  // Article 78: within the period after the determination becomes final (cplr-217-four-months).
  const decided = input.appealDecidedOn ?? decide.date;
  const months = addMonths(decided, courtPeriod.count);
  const art78 = rollForward(months.date);
  out.push({
    id: 'article-78',
    label: 'An Article 78 proceeding must be started by',
    date: art78.date,
    explanation: [
      `${capitalize(periodText(courtPeriod))} after the appeal determination of ${formatLong(decided)}: ${formatLong(months.date)}` +
        (months.clamped ? ' (that month has no such day, so its last day).' : '.'),
      art78.date === months.date
        ? 'That is a business day, so it stands.'
        : `That day is not a business day (${describeSkipped(art78.skipped)}), so under ${nextBusinessDayLaw} the deadline moves to ${formatLong(art78.date)}.`,
    ],
    assumptions: input.appealDecidedOn
      ? []
      : [
          `No determination date entered: we assume the appeals officer decides (or fails to answer) on the last allowed day, ${formatLong(decide.date)}.`,
        ],
    skipped: art78.skipped,
    facts: ['cplr-217-four-months', 'gcl-25a-next-business-day'],
  });
  return out;
}

/**
 * What to say next to a computed deadline, given today's date in New York
 * (`todayInNewYork(new Date())` in the browser): null while it is still ahead.
 */
export function deadlineTiming(date: IsoDate, today: IsoDate): string | null {
  if (date < today) return `This date has passed (today is ${formatDate(today)} in New York).`;
  if (date === today) return `This date is today (${formatDate(today)} in New York).`;
  return null;
}

/** One of the three dates a requester acts on, for the summary above the full table. */
export interface KeyDate {
  id: 'response' | 'appeal' | 'article-78';
  /** Short label, e.g. "Response due". */
  label: string;
  date: IsoDate;
  /** One line: what happens on or after that date. */
  note: string;
}

const KEY_DATES: readonly { id: KeyDate['id']; label: string; note: string }[] = [
  {
    id: 'response',
    label: 'Response due',
    note: 'The NYPD must grant, deny or acknowledge your request in writing by this day.',
  },
  {
    id: 'appeal',
    label: 'Appeal by',
    note: 'If the answer is a denial, or no answer comes, send your written appeal by this day.',
  },
  {
    id: 'article-78',
    label: 'Court by',
    note: 'If the appeal fails, start an Article 78 proceeding in court by this day.',
  },
];

/**
 * The key dates of a computed list, in order: response due, appeal by, court
 * by. Throws when `computeDeadlines` did not produce one of them (a bug).
 */
export function keyDates(deadlines: readonly Deadline[]): KeyDate[] {
  return KEY_DATES.map((k) => {
    const d = deadlines.find((x) => x.id === k.id);
    if (!d) throw new Error(`keyDates: the computed deadlines lack "${k.id}"`);
    return { ...k, date: d.date };
  });
}

/** The legal facts the dates rest on, each once, in the order the dates first cite them. */
export function factsUsed(deadlines: readonly Deadline[]): LegalFactId[] {
  return [...new Set(deadlines.flatMap((d) => d.facts))];
}
