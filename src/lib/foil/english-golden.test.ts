/**
 * The English the FOIL tools write, byte for byte, over a broad set of
 * inputs: deadlines with their explanations and assumptions, input problems,
 * date messages, both letters (complete and as templates), letter problems,
 * email hints and character counts. Recorded before the tools learned other
 * languages (issue 15), so that a translation can never change the English;
 * `__golden__/english.json` changes only on purpose (`vitest -u`).
 */
import { describe, expect, it } from 'vitest';
import { describeSkipped, nextBusinessDay, rollForward } from './business-days.ts';
import { certaintyFlag, certaintyText } from './channels.ts';
import { dateProblemMessage, supportedRangeText, type DateProblem } from './date-input.ts';
import {
  DEADLINE_DATE_FIELDS,
  checkDeadlineInput,
  computeDeadlines,
  deadlineTiming,
  firstCountedDay,
  keyDates,
  type DeadlineInput,
} from './deadlines.ts';
import {
  type AppealLetterInput,
  type EmailProblem,
  type RequestLetterInput,
  characterCount,
  checkAppealLetter,
  checkRequestLetter,
  composeAppealLetter,
  composeRequestLetter,
  emailHint,
} from './letters.ts';
import { terms } from './__fixtures__/legal-facts.ts';

const DEADLINE_INPUTS: DeadlineInput[] = [
  { receivedOn: '2025-12-22', channel: 'paper' },
  { receivedOn: '2025-12-24', channel: 'electronic', receivedAt: '16:30' },
  { receivedOn: '2025-12-24', channel: 'electronic', receivedAt: '10:00' },
  { receivedOn: '2025-12-24', channel: 'electronic' },
  { receivedOn: '2025-07-05', channel: 'electronic', receivedAt: '09:00' },
  { receivedOn: '2025-12-25', channel: 'paper' },
  { receivedOn: '2025-12-22', channel: 'paper', acknowledgedOn: '2025-12-23' },
  { receivedOn: '2025-12-22', channel: 'paper', acknowledgedOn: '2026-01-05' },
  { receivedOn: '2026-01-05', channel: 'paper', deniedOn: '2026-01-16' },
  {
    receivedOn: '2026-01-05',
    channel: 'paper',
    deniedOn: '2026-01-09',
    appealReceivedOn: '2026-02-07',
  },
  {
    receivedOn: '2026-01-05',
    channel: 'paper',
    deniedOn: '2026-01-09',
    appealReceivedOn: '2026-02-02',
    appealDecidedOn: '2026-10-31',
  },
  {
    receivedOn: '2100-12-31',
    channel: 'paper',
    deniedOn: '2100-12-31',
    appealReceivedOn: '2100-12-31',
    appealDecidedOn: '2100-12-31',
  },
  { receivedOn: '1980-01-01', channel: 'electronic', receivedAt: '23:59' },
];

const BAD_DEADLINE_INPUTS: DeadlineInput[] = [
  { receivedOn: '2025-02-30', channel: 'paper' },
  { receivedOn: '', channel: 'paper' },
  { receivedOn: 'garbage', channel: 'paper' },
  { receivedOn: '0001-01-01', channel: 'paper' },
  { receivedOn: '9999-12-31', channel: 'paper' },
  { receivedOn: '2025-12-22', channel: 'electronic', receivedAt: '4pm' },
  { receivedOn: '2025-12-22', channel: 'fax' as DeadlineInput['channel'] },
  { receivedOn: '2025-12-22', channel: 'paper', deniedOn: '2025-12-01' },
  {
    receivedOn: '2025-12-22',
    channel: 'paper',
    acknowledgedOn: '2025-12-01',
    deniedOn: '2025-12-02',
    appealReceivedOn: '2025-12-03',
  },
  {
    receivedOn: '2025-12-22',
    channel: 'paper',
    deniedOn: '2026-01-10',
    appealReceivedOn: '2026-01-05',
  },
  {
    receivedOn: '2025-12-22',
    channel: 'paper',
    appealReceivedOn: '2026-01-10',
    appealDecidedOn: '2026-01-05',
  },
];

const REQUEST: RequestLetterInput = {
  technology: 'Facial Recognition',
  records: [
    {
      title: 'Possible match reports',
      wording: 'All possible match reports prepared by facial recognition investigators.',
      source: 'NYPD Impact and Use Policy: Facial Recognition, Rules ¶12',
    },
    { title: 'Other records', wording: 'Records of the number of uses per month.' },
  ],
  dateFrom: '2024-01-01',
  dateTo: '2025-12-31',
  format: 'electronic',
  contact: {
    name: 'A. Requester',
    email: 'a@example.org',
    postal: '1 Main St\nNew York, NY',
    phone: '555',
  },
  date: '2025-12-22',
  recipient: ['Records Access Officer, FOIL Unit', 'New York City Police Department'],
};

const REQUEST_VARIANTS: RequestLetterInput[] = [
  REQUEST,
  { ...REQUEST, format: 'paper', dateTo: undefined, feeWaiver: true, expedited: ' a hearing ' },
  { ...REQUEST, format: 'inspection', dateFrom: undefined },
  { ...REQUEST, dateFrom: undefined, dateTo: undefined, date: '[date]' },
  {
    technology: '[technology]',
    records: [{ title: '[Kind of record]', wording: '[Describe the records]' }],
    dateFrom: '[start date]',
    dateTo: '[end date]',
    format: 'electronic',
    contact: { name: '[Your name]', postal: '[Your postal address]', email: '[Your email]' },
    date: '[date]',
    recipient: ['A', 'B'],
  },
];

const BAD_REQUESTS: RequestLetterInput[] = [
  {
    ...REQUEST,
    technology: ' ',
    records: [],
    contact: { name: '' },
    dateFrom: '2025-02-30',
    dateTo: 'x',
    date: '0001-01-01',
  },
  { ...REQUEST, dateFrom: '2025-12-31', dateTo: '2025-01-01' },
  {
    ...REQUEST,
    contact: { name: 'x'.repeat(201), email: 'e'.repeat(255), phone: '1'.repeat(41) },
    expedited: 'y'.repeat(1001),
    records: [{ title: 'Other records', wording: 'z'.repeat(3001) }],
  },
];

const APPEAL: AppealLetterInput = {
  kind: 'denial',
  requestDate: '2025-12-22',
  deniedOn: '2026-01-05',
  reference: ' 2025-PL-123 ',
  recordsDescription: 'Possible match reports.',
  reasons: 'No exemption applies.',
  contact: { name: 'A. Requester', email: 'a@example.org' },
  date: '2026-01-10',
  recipient: ['Records Access Appeals Officer', 'New York City Police Department'],
};

const APPEAL_VARIANTS: AppealLetterInput[] = [
  APPEAL,
  {
    ...APPEAL,
    kind: 'no-response',
    deniedOn: undefined,
    reference: undefined,
    reasons: undefined,
    responseDueOn: '2025-12-29',
  },
  { ...APPEAL, kind: 'no-response', deniedOn: undefined },
  {
    kind: 'denial',
    requestDate: '[date of your request]',
    deniedOn: '[date of the denial letter]',
    reference: '[request number, if any]',
    recordsDescription: '[the records]',
    reasons: '[optional]',
    contact: { name: '[Your name]', email: '[Your email address]' },
    date: '[date]',
    recipient: ['A', 'B'],
  },
];

const BAD_APPEALS: AppealLetterInput[] = [
  { ...APPEAL, requestDate: '', deniedOn: '', recordsDescription: ' ', contact: { name: '' } },
  { ...APPEAL, requestDate: '2025-13-01', deniedOn: 'yesterday', date: '2200-01-01' },
  {
    ...APPEAL,
    reference: 'r'.repeat(101),
    recordsDescription: 'd'.repeat(3001),
    reasons: 'w'.repeat(5001),
    contact: { name: 'n', postal: 'p'.repeat(501) },
  },
];

const DATE_PROBLEMS: [DateProblem, string | undefined][] = [
  ['empty', undefined],
  ['malformed', 'garbage'],
  ['malformed', undefined],
  ['malformed', 'a very long value that goes on and on and on past forty characters'],
  ['impossible', '2025-02-30'],
  ['impossible', '2024-02-30'],
  ['impossible', '2025-13-01'],
  ['impossible', undefined],
  ['before-range', '0001-01-01'],
  ['before-range', undefined],
  ['after-range', '9999-12-31'],
];

const EMAIL_PROBLEMS: EmailProblem[] = [
  'space',
  'no-at',
  'several-at',
  'no-name',
  'no-domain',
  'no-dot',
  'bad-character',
];

function englishOutputs() {
  return {
    deadlines: DEADLINE_INPUTS.map((input) => ({
      input,
      deadlines: computeDeadlines(input, terms),
    })),
    keyDates: keyDates(computeDeadlines(DEADLINE_INPUTS[0]!, terms)),
    problems: BAD_DEADLINE_INPUTS.map((input) => checkDeadlineInput(input)),
    firstCountedDay: [
      firstCountedDay('2025-12-27', 'paper', undefined, 'appeal'),
      firstCountedDay('2025-12-22', 'paper', undefined, 'appeal'),
      firstCountedDay('2025-12-24', 'electronic', '16:00'),
    ],
    timing: [
      deadlineTiming('2025-12-01', '2026-12-03'),
      deadlineTiming('2026-12-03', '2026-12-03'),
      deadlineTiming('2027-01-01', '2026-12-03'),
    ],
    skipped: [
      describeSkipped(nextBusinessDay('2025-12-24').skipped),
      describeSkipped(rollForward('2026-02-14').skipped),
      describeSkipped([{ date: '2026-06-14', reason: 'Sunday' }]),
    ],
    dateFields: DEADLINE_DATE_FIELDS,
    dateMessages: DATE_PROBLEMS.map(([problem, value]) =>
      dateProblemMessage('The date received', problem, value),
    ),
    range: supportedRangeText(),
    certainty: (['sourced', 'reported', 'assumption', 'uncertain'] as const).map((c) => [
      certaintyFlag(c),
      certaintyText(c),
    ]),
    requestLetters: REQUEST_VARIANTS.map((input) => composeRequestLetter(input, terms)),
    requestProblems: BAD_REQUESTS.map((input) => checkRequestLetter(input)),
    appealLetters: APPEAL_VARIANTS.map((input) => composeAppealLetter(input, terms)),
    appealProblems: BAD_APPEALS.map((input) => checkAppealLetter(input)),
    emailHints: EMAIL_PROBLEMS.map((p) => emailHint(p)),
    counts: [characterCount(0, 200), characterCount(2999, 3000), characterCount(12345, 100000)],
  };
}

describe('the English of the FOIL tools', () => {
  it('is byte for byte what it was before translations existed', async () => {
    await expect(`${JSON.stringify(englishOutputs(), null, 2)}\n`).toMatchFileSnapshot(
      './__golden__/english.json',
    );
  });
});
