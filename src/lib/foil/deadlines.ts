import { type IsoDate, addDays, addMonths, parseTime } from '../calendar.ts';
import {
  DATE_MESSAGES_EN,
  type DateMessages,
  type DateProblem,
  checkDateInput,
  dateProblemMessage,
} from './date-input.ts';
import {
  SKIPPED_DAY_WORDS_EN,
  type SkippedDay,
  type SkippedDayWords,
  countBusinessDays,
  describeSkipped,
  nextBusinessDay,
  nonBusinessReason,
  rollForward,
} from './business-days.ts';
import type { LegalFactId } from '../../schemas/foil.ts';
import type { FoilTerms } from './terms.ts';
import {
  type ProseLocale,
  type Text,
  capitalize,
  dateIn,
  fill,
  longDateIn,
  numberIn,
  numberWordIn,
  periodAdjectiveIn,
  periodIn,
  shortDateIn,
  timeIn,
} from './text.ts';

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

/** The date fields, with the words that start a sentence about each (English). */
export const DEADLINE_DATE_FIELDS = {
  receivedOn: 'The date the request was received',
  acknowledgedOn: 'The acknowledgment date',
  deniedOn: 'The denial date',
  appealReceivedOn: 'The date your appeal was received',
  appealDecidedOn: 'The appeal determination date',
} as const satisfies Partial<Record<keyof DeadlineInput, string>>;

/** A date field of the calculator. */
export type DeadlineDateField = keyof typeof DEADLINE_DATE_FIELDS;

/**
 * The calculator's interface words in English (labels, key dates, input
 * problems; the date messages are DATE_MESSAGES_EN): every language has them
 * (src/i18n/messages/foil-tools.ts).
 */
export const DEADLINE_LABELS_EN = {
  dlSubjectReceivedOn: DEADLINE_DATE_FIELDS.receivedOn,
  dlSubjectAcknowledgedOn: DEADLINE_DATE_FIELDS.acknowledgedOn,
  dlSubjectDeniedOn: DEADLINE_DATE_FIELDS.deniedOn,
  dlSubjectAppealReceivedOn: DEADLINE_DATE_FIELDS.appealReceivedOn,
  dlSubjectAppealDecidedOn: DEADLINE_DATE_FIELDS.appealDecidedOn,
  dlOrder: '{subject} ({value}) cannot be before {earlier} ({earlierValue}).',
  dlEarlierReceived: 'the date received',
  dlEarlierDenied: 'the denial date',
  dlEarlierAppealReceived: 'the date your appeal was received',
  dlUnknownChannel: 'Unknown channel "{value}".',
  dlBadTime: 'The time received must be HH:MM in 24-hour form (e.g. 16:30); got "{value}".',
  dlLabelDayOne: 'Day 1 of the count',
  dlLabelResponse: 'The NYPD must grant, deny, or acknowledge the request in writing by',
  dlLabelApproximate:
    'After an acknowledgment, the approximate date for a decision should ordinarily be no later than',
  dlLabelAppeal: 'Your written appeal to the Records Access Appeals Officer is due by',
  dlLabelAppealDecision:
    'The appeals officer must grant access or explain the denial in writing by',
  dlLabelArticle78: 'An Article 78 proceeding must be started by',
  dlKeyResponse: 'Response due',
  dlKeyResponseNote:
    'The NYPD must grant, deny or acknowledge your request in writing by this day.',
  dlKeyAppeal: 'Appeal by',
  dlKeyAppealNote:
    'If the answer is a denial, or no answer comes, send your written appeal by this day.',
  dlKeyCourt: 'Court by',
  dlKeyCourtNote: 'If the appeal fails, start an Article 78 proceeding in court by this day.',
  dlPassed: 'This date has passed (today is {today} in New York).',
  dlToday: 'This date is today ({today} in New York).',
} as const;

/** The calculator's interface words in a language. */
export type DeadlineLabels = { readonly [K in keyof typeof DEADLINE_LABELS_EN]: string };

/**
 * The English names of the GCL § 24 holidays (holidays.ts) and the key of
 * each in the explanations, so that another language can name them.
 */
export const HOLIDAY_KEYS = {
  "New Year's Day": 'exHolidayNewYear',
  "Lincoln's Birthday": 'exHolidayLincoln',
  Juneteenth: 'exHolidayJuneteenth',
  'Independence Day': 'exHolidayIndependence',
  "Veterans' Day": 'exHolidayVeterans',
  'Christmas Day': 'exHolidayChristmas',
  'Dr. Martin Luther King Jr. Day': 'exHolidayMlk',
  "Washington's Birthday": 'exHolidayWashington',
  'Memorial Day': 'exHolidayMemorial',
  'Flag Day': 'exHolidayFlag',
  'Labor Day': 'exHolidayLabor',
  'Columbus Day': 'exHolidayColumbus',
  'General Election Day': 'exHolidayElection',
  'Thanksgiving Day': 'exHolidayThanksgiving',
} as const;

type HolidayKey = (typeof HOLIDAY_KEYS)[keyof typeof HOLIDAY_KEYS];

/**
 * How each date was counted, in English (explanations and assumptions):
 * English and Spanish have them (src/i18n/messages/foil-explanations.ts);
 * a page in another language shows them in English.
 */
export const DEADLINE_PROSE_EN = {
  ...SKIPPED_DAY_WORDS_EN,
  exNonBusiness:
    '{date} is {reason}, not a business day, so the count starts on the next business day, {next}.',
  exSaturday: 'a Saturday',
  exSunday: 'a Sunday',
  exPublicHoliday: 'a public holiday',
  exLate:
    'Received at {time}, late in the day (at or after {cutoff}, our cut-off), so the next business day, {next}, is day 1.',
  exBeforeCutoff: 'Received at {time}, before our {cutoff} cut-off',
  exNoTime: 'No time of receipt entered, so we assume it arrived during business hours',
  exAppealHours: 'We take the appeal as received during business hours',
  exPaperHours: 'A paper request is taken as received during business hours',
  exDayOfReceipt: '{how}: the day of receipt, {date}, is day 1.',
  exCountedDay: '{date} ({n})',
  exNotCounted: 'Not counted: {days}.',
  exNoneSkipped: 'No weekend or public holiday falls in this period.',
  exCountedFromDayOne: '{Period} counted from day 1: {counted}.',
  exConstructive:
    'If nothing comes by the end of this day, the request is constructively denied and you may appeal.',
  exAckLate:
    'The acknowledgment ({ack}) came after the {periodAdjective} deadline of {due}; the request was already constructively denied then, and you could have appealed from that date.',
  exAfterAck: '{Period} after the acknowledgment of {ack}: {counted}.',
  exDateCertain:
    'A later date is allowed only with a written explanation of the delay and a "date certain"; a missed date is a constructive denial.',
  exAssumeAck:
    'No acknowledgment date entered: we assume the NYPD acknowledges on the last allowed day, {date}.',
  exDenialWritten: 'the written denial dated {date}',
  exDenialApproximate:
    'the constructive denial if no decision comes by the approximate date, {date}',
  exDenialNoResponse: 'the constructive denial if there is no response by {date}',
  exAssumeNoDecision:
    'No denial date entered: we assume no decision arrives by the approximate date. If the NYPD gave a later date certain with reasons, count from that date instead.',
  exAssumeNoResponse:
    'No acknowledgment or denial date entered: we assume no response at all by the {periodAdjective} deadline.',
  exFromDenialDate:
    'We count the {count} days from the denial date itself (not from when you learn of it), the earliest reading, so that you are not late under any reading.',
  exCalendarDays: '{Count} calendar days after {denial}: {date}.',
  exStands: 'That is a business day, so it stands.',
  exMovesNext:
    'That day is not a business day ({skipped}), so under {law} the deadline moves to the next business day, {date}.',
  exPeriodCounted: '{Period}: {counted}.',
  exAssumeAppealLast:
    'No appeal date entered: we assume your appeal reaches the NYPD on the last day, {date}. Appealing earlier brings this date forward.',
  exMonthsAfter: '{Period} after the appeal determination of {decided}: {date}.',
  exMonthsAfterClamped:
    '{Period} after the appeal determination of {decided}: {date} (that month has no such day, so its last day).',
  exMovesTo:
    'That day is not a business day ({skipped}), so under {law} the deadline moves to {date}.',
  exAssumeDecision:
    'No determination date entered: we assume the appeals officer decides (or fails to answer) on the last allowed day, {date}.',
  ...(Object.fromEntries(Object.entries(HOLIDAY_KEYS).map(([name, key]) => [key, name])) as Record<
    HolidayKey,
    string
  >),
} as const;

/** The explanations in a language. */
export type DeadlineProse = {
  readonly [K in keyof typeof DEADLINE_PROSE_EN]: string;
} & SkippedDayWords;

/**
 * The words of the calculator in a language: its interface (`ui`: labels,
 * key dates, input problems, date messages) and its explanations (`prose`),
 * which are in English where the page's language has none yet.
 */
export interface DeadlineText {
  ui: Text<DeadlineLabels & DateMessages>;
  prose: Text<DeadlineProse> & { locale: ProseLocale };
}

/** The calculator's words in English. */
export const DEADLINE_TEXT_EN: DeadlineText = {
  ui: { locale: 'en', m: { ...DEADLINE_LABELS_EN, ...DATE_MESSAGES_EN } },
  prose: { locale: 'en', m: DEADLINE_PROSE_EN },
};

const SUBJECT_KEYS = {
  receivedOn: 'dlSubjectReceivedOn',
  acknowledgedOn: 'dlSubjectAcknowledgedOn',
  deniedOn: 'dlSubjectDeniedOn',
  appealReceivedOn: 'dlSubjectAppealReceivedOn',
  appealDecidedOn: 'dlSubjectAppealDecidedOn',
} as const satisfies Record<DeadlineDateField, keyof DeadlineLabels>;

/** The words that start a sentence about a date field, in the language of `text`. */
export function dateFieldSubject(
  field: DeadlineDateField,
  text: Pick<DeadlineText, 'ui'> = DEADLINE_TEXT_EN,
): string {
  return text.ui.m[SUBJECT_KEYS[field]];
}

function dateProblems(input: DeadlineInput, text: Pick<DeadlineText, 'ui'>): DeadlineProblem[] {
  const out: DeadlineProblem[] = [];
  for (const field of Object.keys(DEADLINE_DATE_FIELDS) as DeadlineDateField[]) {
    const v: unknown = input[field];
    const value =
      typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v);
    // Optional dates may be left out; the date received may not.
    if (field !== 'receivedOn' && value.trim() === '') continue;
    const check = checkDateInput(value);
    if (!check.ok)
      out.push({
        field,
        reason: check.problem,
        message: dateProblemMessage(dateFieldSubject(field, text), check.problem, value, text.ui),
      });
  }
  return out;
}

function orderProblem(
  input: DeadlineInput,
  field: DeadlineDateField,
  earlier: IsoDate,
  earlierLabel: string,
  text: Pick<DeadlineText, 'ui'>,
): DeadlineProblem[] {
  const v = input[field];
  if (typeof v === 'string' && v < earlier)
    return [
      {
        field,
        reason: 'order',
        message: fill(text.ui.m.dlOrder, {
          subject: dateFieldSubject(field, text),
          value: v,
          earlier: earlierLabel,
          earlierValue: earlier,
        }),
      },
    ];
  return [];
}

/**
 * Every problem with the calculator's input, in form order, or an empty list.
 * Never throws: any value of any field gets a reason (`DeadlineProblemReason`).
 * The messages are in the language of `text` (English by default).
 */
export function checkDeadlineInput(
  input: DeadlineInput,
  text: Pick<DeadlineText, 'ui'> = DEADLINE_TEXT_EN,
): DeadlineProblem[] {
  const { m } = text.ui;
  const out = dateProblems(input, text);
  if (input.channel !== 'electronic' && input.channel !== 'paper')
    out.push({
      field: 'channel',
      reason: 'channel',
      message: fill(m.dlUnknownChannel, { value: String(input.channel) }),
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
        message: fill(m.dlBadTime, { value: String(input.receivedAt) }),
      });
  }
  // Order checks only between dates that are themselves fine.
  if (out.length) return out;
  const r = input.receivedOn;
  out.push(
    ...orderProblem(input, 'acknowledgedOn', r, m.dlEarlierReceived, text),
    ...orderProblem(input, 'deniedOn', r, m.dlEarlierReceived, text),
    ...orderProblem(input, 'appealReceivedOn', r, m.dlEarlierReceived, text),
  );
  if (input.deniedOn && !out.some((p) => p.field === 'appealReceivedOn'))
    out.push(...orderProblem(input, 'appealReceivedOn', input.deniedOn, m.dlEarlierDenied, text));
  if (input.appealReceivedOn)
    out.push(
      ...orderProblem(
        input,
        'appealDecidedOn',
        input.appealReceivedOn,
        m.dlEarlierAppealReceived,
        text,
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

function validate(input: DeadlineInput, text: DeadlineText): void {
  const [first] = checkDeadlineInput(input, text);
  if (first) throw new DeadlineInputError(first.field, first.message, first.reason);
}

/** The explanations' helpers in their language: dates, lists of days, holiday names. */
function proseWords(text: DeadlineText) {
  const { locale, m } = text.prose;
  const holidayName = (name: string): string => {
    const key = (HOLIDAY_KEYS as Record<string, HolidayKey | undefined>)[name];
    return key ? m[key] : name;
  };
  const skipped = (days: readonly SkippedDay[]) => describeSkipped(days, text.prose, holidayName);
  return {
    m,
    long: (d: IsoDate) => longDateIn(locale, d),
    time: (t: string) => timeIn(locale, t),
    holidayName,
    skipped,
    listCounted: (counted: readonly IsoDate[]) =>
      counted
        .map((d, i) =>
          fill(m.exCountedDay, { date: shortDateIn(locale, d), n: numberIn(locale, i + 1) }),
        )
        .join(m.exListSeparator),
    skippedSentence: (days: readonly SkippedDay[]) =>
      days.length ? fill(m.exNotCounted, { days: skipped(days) }) : m.exNoneSkipped,
    period: (p: { count: number; unit: 'business-days' | 'days' | 'months' }) => {
      const words = periodIn(locale, p);
      return {
        period: words,
        Period: capitalize(words),
        periodAdjective: periodAdjectiveIn(locale, p),
      };
    },
    count: (n: number) => numberIn(locale, n),
    countWord: (n: number) => capitalize(numberWordIn(locale, n)),
  };
}

/**
 * Day 1 of the count for a request or appeal received on `date` (FOIL-AO-17063).
 * Explanations in the language of `text` (English by default).
 */
export function firstCountedDay(
  date: IsoDate,
  channel: Channel,
  time?: string,
  what: 'request' | 'appeal' = 'request',
  text: DeadlineText = DEADLINE_TEXT_EN,
): { date: IsoDate; explanation: string[]; skipped: SkippedDay[] } {
  const field = what === 'appeal' ? 'appealReceivedOn' : 'receivedOn';
  const check = checkDateInput(date);
  if (!check.ok)
    throw new DeadlineInputError(
      field,
      dateProblemMessage(dateFieldSubject(field, text), check.problem, date, text.ui),
      check.problem,
    );
  const problem = checkDeadlineInput({ receivedOn: date, channel, receivedAt: time }, text).find(
    (p) => p.field !== 'receivedOn',
  );
  if (problem) throw new DeadlineInputError(problem.field, problem.message, problem.reason);
  const w = proseWords(text);
  const { m } = w;
  const why = nonBusinessReason(date);
  if (why) {
    const next = nextBusinessDay(date);
    const reason =
      why.reason === 'holiday'
        ? why.holiday
          ? w.holidayName(why.holiday)
          : m.exPublicHoliday
        : why.reason === 'Saturday'
          ? m.exSaturday
          : m.exSunday;
    return {
      date: next.date,
      skipped: [why, ...next.skipped],
      explanation: [fill(m.exNonBusiness, { date: w.long(date), reason, next: w.long(next.date) })],
    };
  }
  if (channel === 'electronic' && time && parseTime(time) >= parseTime(LATE_CUTOFF)) {
    const next = nextBusinessDay(date);
    return {
      date: next.date,
      skipped: next.skipped,
      explanation: [
        fill(m.exLate, {
          time: w.time(time),
          cutoff: w.time(LATE_CUTOFF),
          next: w.long(next.date),
        }) + (next.skipped.length ? ` ${w.skippedSentence(next.skipped)}` : ''),
      ],
    };
  }
  const how =
    channel === 'electronic' && time
      ? fill(m.exBeforeCutoff, { time: w.time(time), cutoff: w.time(LATE_CUTOFF) })
      : channel === 'electronic'
        ? m.exNoTime
        : what === 'appeal'
          ? m.exAppealHours
          : m.exPaperHours;
  return {
    date,
    skipped: [],
    explanation: [fill(m.exDayOfReceipt, { how, date: w.long(date) })],
  };
}

/**
 * Every FOIL date for a request, in order: day 1, the response deadline, the
 * approximate date after an acknowledgment, the appeal deadline, the appeals
 * officer's deadline and the Article 78 deadline, each period as `terms`
 * (the legal facts) states it. Dates not yet known (no acknowledgment, no
 * denial, ...) are assumed at their latest and the assumption is stated.
 * Labels and messages are in the language of `text.ui`, explanations in that
 * of `text.prose` (English by default). Throws `DeadlineInputError` on bad input.
 */
export function computeDeadlines(
  given: DeadlineInput,
  terms: FoilTerms,
  text: DeadlineText = DEADLINE_TEXT_EN,
): Deadline[] {
  const input = trimInput(given);
  validate(input, text);
  const out: Deadline[] = [];
  const { periods, laws } = terms;
  const responsePeriod = periods['foil-response-5-days'];
  const approximatePeriod = periods['foil-approximate-20-days'];
  const appealPeriod = periods['foil-appeal-30-days'];
  const decisionPeriod = periods['foil-appeal-10-days'];
  const courtPeriod = periods['cplr-217-four-months'];
  const nextBusinessDayLaw = laws['gcl-25a-next-business-day'];
  const labels = text.ui.m;
  const w = proseWords(text);
  const { m } = w;

  // Day 1 and the response deadline (foil-response-5-days; FOIL-AO-17063).
  const first = firstCountedDay(
    input.receivedOn,
    input.channel,
    input.receivedAt || undefined,
    'request',
    text,
  );
  out.push({
    id: 'day-one',
    label: labels.dlLabelDayOne,
    date: first.date,
    explanation: first.explanation,
    assumptions: [],
    skipped: first.skipped,
    facts: input.channel === 'electronic' ? ['coog-email-late-in-day'] : ['coog-day-of-receipt'],
  });
  const respond = countBusinessDays({ firstDay: first.date, n: responsePeriod.count });
  out.push({
    id: 'response',
    label: labels.dlLabelResponse,
    date: respond.date,
    explanation: [
      fill(m.exCountedFromDayOne, {
        ...w.period(responsePeriod),
        counted: w.listCounted(respond.counted),
      }),
      w.skippedSentence(respond.skipped),
      m.exConstructive,
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
      fill(m.exAckLate, {
        ...w.period(responsePeriod),
        ack: w.long(ack),
        due: w.long(respond.date),
      }),
    );
  out.push({
    id: 'approximate',
    label: labels.dlLabelApproximate,
    date: approx.date,
    explanation: [
      fill(m.exAfterAck, {
        ...w.period(approximatePeriod),
        ack: w.long(ack),
        counted: w.listCounted(approx.counted),
      }),
      w.skippedSentence(approx.skipped),
      m.exDateCertain,
      ...ackNotes,
    ],
    assumptions: ackAssumed ? [fill(m.exAssumeAck, { date: w.long(respond.date) })] : [],
    skipped: approx.skipped,
    facts: ['foil-approximate-20-days', 'foil-date-certain', 'foil-constructive-denial'],
  });

  // Appeal within the period of a denial (foil-appeal-30-days), § 25-a applied.
  let denial: IsoDate;
  let denialWhy: string;
  const appealAssumptions: string[] = [];
  if (input.deniedOn) {
    denial = input.deniedOn;
    denialWhy = fill(m.exDenialWritten, { date: w.long(denial) });
  } else if (input.acknowledgedOn) {
    denial = approx.date;
    denialWhy = fill(m.exDenialApproximate, { date: w.long(denial) });
    appealAssumptions.push(m.exAssumeNoDecision);
  } else {
    denial = respond.date;
    denialWhy = fill(m.exDenialNoResponse, { date: w.long(denial) });
    appealAssumptions.push(fill(m.exAssumeNoResponse, w.period(responsePeriod)));
  }
  appealAssumptions.push(fill(m.exFromDenialDate, { count: w.count(appealPeriod.count) }));
  const rawAppeal = addDays(denial, appealPeriod.count);
  const appeal = rollForward(rawAppeal);
  out.push({
    id: 'appeal',
    label: labels.dlLabelAppeal,
    date: appeal.date,
    explanation: [
      fill(m.exCalendarDays, {
        Count: w.countWord(appealPeriod.count),
        denial: denialWhy,
        date: w.long(rawAppeal),
      }),
      appeal.date === rawAppeal
        ? m.exStands
        : fill(m.exMovesNext, {
            skipped: w.skipped(appeal.skipped),
            law: nextBusinessDayLaw,
            date: w.long(appeal.date),
          }),
    ],
    assumptions: appealAssumptions,
    skipped: appeal.skipped,
    facts: ['foil-appeal-30-days', 'gcl-25a-next-business-day'],
  });

  // Appeals officer: the period from receipt of the appeal (foil-appeal-10-days).
  const appealReceived = input.appealReceivedOn ?? appeal.date;
  const appealFirst = firstCountedDay(appealReceived, 'paper', undefined, 'appeal', text);
  const decide = countBusinessDays({ firstDay: appealFirst.date, n: decisionPeriod.count });
  out.push({
    id: 'appeal-decision',
    label: labels.dlLabelAppealDecision,
    date: decide.date,
    explanation: [
      ...appealFirst.explanation,
      fill(m.exPeriodCounted, {
        ...w.period(decisionPeriod),
        counted: w.listCounted(decide.counted),
      }),
      w.skippedSentence([...appealFirst.skipped, ...decide.skipped]),
    ],
    assumptions: input.appealReceivedOn
      ? []
      : [fill(m.exAssumeAppealLast, { date: w.long(appeal.date) })],
    skipped: [...appealFirst.skipped, ...decide.skipped],
    facts: ['foil-appeal-10-days'],
  });

  // Article 78: within the period after the determination becomes final (cplr-217-four-months).
  const decided = input.appealDecidedOn ?? decide.date;
  const months = addMonths(decided, courtPeriod.count);
  const art78 = rollForward(months.date);
  out.push({
    id: 'article-78',
    label: labels.dlLabelArticle78,
    date: art78.date,
    explanation: [
      fill(months.clamped ? m.exMonthsAfterClamped : m.exMonthsAfter, {
        ...w.period(courtPeriod),
        decided: w.long(decided),
        date: w.long(months.date),
      }),
      art78.date === months.date
        ? m.exStands
        : fill(m.exMovesTo, {
            skipped: w.skipped(art78.skipped),
            law: nextBusinessDayLaw,
            date: w.long(art78.date),
          }),
    ],
    assumptions: input.appealDecidedOn
      ? []
      : [fill(m.exAssumeDecision, { date: w.long(decide.date) })],
    skipped: art78.skipped,
    facts: ['cplr-217-four-months', 'gcl-25a-next-business-day'],
  });
  return out;
}

/**
 * What to say next to a computed deadline, given today's date in New York
 * (`todayInNewYork(new Date())` in the browser): null while it is still ahead.
 */
export function deadlineTiming(
  date: IsoDate,
  today: IsoDate,
  text: Pick<DeadlineText, 'ui'> = DEADLINE_TEXT_EN,
): string | null {
  const { locale, m } = text.ui;
  if (date < today) return fill(m.dlPassed, { today: dateIn(locale, today) });
  if (date === today) return fill(m.dlToday, { today: dateIn(locale, today) });
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

const KEY_DATES: readonly {
  id: KeyDate['id'];
  label: keyof DeadlineLabels;
  note: keyof DeadlineLabels;
}[] = [
  { id: 'response', label: 'dlKeyResponse', note: 'dlKeyResponseNote' },
  { id: 'appeal', label: 'dlKeyAppeal', note: 'dlKeyAppealNote' },
  { id: 'article-78', label: 'dlKeyCourt', note: 'dlKeyCourtNote' },
];

/**
 * The key dates of a computed list, in order: response due, appeal by, court
 * by. Throws when `computeDeadlines` did not produce one of them (a bug).
 */
export function keyDates(
  deadlines: readonly Deadline[],
  text: Pick<DeadlineText, 'ui'> = DEADLINE_TEXT_EN,
): KeyDate[] {
  return KEY_DATES.map((k) => {
    const d = deadlines.find((x) => x.id === k.id);
    if (!d) throw new Error(`keyDates: the computed deadlines lack "${k.id}"`);
    return { id: k.id, label: text.ui.m[k.label], note: text.ui.m[k.note], date: d.date };
  });
}

/** The legal facts the dates rest on, each once, in the order the dates first cite them. */
export function factsUsed(deadlines: readonly Deadline[]): LegalFactId[] {
  return [...new Set(deadlines.flatMap((d) => d.facts))];
}
