import { type IsoDate, isIsoDate } from '../calendar.ts';
import {
  DATE_MESSAGES_EN,
  type DateMessages,
  checkDateInput,
  dateProblemMessage,
} from './date-input.ts';
import { type FoilTerms, sectionOf } from './terms.ts';
import type { Locale } from '../../i18n/locales.ts';
import { formatNumber } from '../../i18n/format.ts';
import { type ProseLocale, type Text, dateIn, fill, periodIn } from './text.ts';

/**
 * Plain-text FOIL request and appeal letters. Pure functions: the page's
 * script fills them from the form, the no-JavaScript template is built from
 * the same functions with bracketed blanks, and nothing leaves the browser.
 * Every period and citation in the letters comes from the legal facts
 * (`FoilTerms`): the response period (`foil-response-5-days`), the appeal
 * and the appeals officer's period (`foil-appeal-30-days`,
 * `foil-appeal-10-days`), fees (`fees-none`), the statute (`foil-statute`)
 * and the POST Act (`foil-policy-public-access`).
 *
 * The letter to the NYPD is always in English (LETTER_PROSE_EN). The same
 * functions, given another language's templates, write a reading copy of it
 * in that language, for the requester to understand what they send; the
 * checks' messages and hints come in every language (LETTER_CHECKS_EN and
 * src/i18n/messages/foil-tools.ts).
 */

/** One record to ask for. */
export interface LetterRecord {
  /** Short name, e.g. "Possible match reports". */
  title: string;
  /** The request wording. */
  wording: string;
  /** Where the policy says it exists, e.g. "NYPD Impact and Use Policy: …, Rules ¶8". */
  source?: string | undefined;
}

/** The requester's contact details; only the name is required. */
export interface Contact {
  name: string;
  postal?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
}

/** Everything a request letter needs. */
export interface RequestLetterInput {
  technology: string;
  records: readonly LetterRecord[];
  /** Optional period the records were created in. */
  dateFrom?: IsoDate | undefined;
  dateTo?: IsoDate | undefined;
  format: 'electronic' | 'paper' | 'inspection';
  contact: Contact;
  /** Ask the NYPD to waive fees (a request it may decline). */
  feeWaiver?: boolean | undefined;
  /** Ask for prompt handling, with the reason. */
  expedited?: string | undefined;
  /** Letter date. */
  date: IsoDate;
  /** Recipient address lines. */
  recipient: readonly string[];
}

/** Everything an appeal letter needs. */
export interface AppealLetterInput {
  /** A written denial, or no response in time (constructive denial). */
  kind: 'denial' | 'no-response';
  /** Your request's date or the date the NYPD received it. */
  requestDate: IsoDate;
  /** The NYPD's reference or OpenRecords number, if any. */
  reference?: string | undefined;
  /** The denial letter's date (kind `denial`). */
  deniedOn?: IsoDate | undefined;
  /** The missed response deadline (kind `no-response`). */
  responseDueOn?: IsoDate | undefined;
  /** What you asked for. */
  recordsDescription: string;
  /** Why the denial is wrong, in your words (optional). */
  reasons?: string | undefined;
  contact: Contact;
  date: IsoDate;
  recipient: readonly string[];
}

/** A field-level problem with letter input. */
export interface LetterProblem {
  field: string;
  message: string;
}

/** The letter date used when none is entered (the template's blank). */
export const UNDATED = '[date]';

/**
 * Longest text accepted in each free-text field of the builders (the form's
 * `maxlength`, shown beside the field). Generous for any real letter; they
 * keep a pasted document from producing a letter no one can send.
 */
export const LETTER_FIELD_LIMITS = {
  name: 200,
  email: 254,
  phone: 40,
  postal: 500,
  reference: 100,
  other: 3000,
  expedited: 1000,
  recordsDescription: 3000,
  reasons: 5000,
} as const;

/** A field with a length limit. */
export type LimitedField = keyof typeof LETTER_FIELD_LIMITS;

/**
 * The messages of the letter checks, email hints and character counts in
 * English; every language has them (src/i18n/messages/foil-tools.ts).
 */
export const LETTER_CHECKS_EN = {
  ltFieldName: 'Your name',
  ltFieldEmail: 'The email address',
  ltFieldPhone: 'The phone number',
  ltFieldPostal: 'The postal address',
  ltFieldReference: 'The request number',
  ltFieldOther: 'The description of other records',
  ltFieldExpedited: 'The reason for prompt handling',
  ltFieldRecordsDescription: 'The description of the records',
  ltFieldReasons: 'The reasons for release',
  ltTooLong: '{field} is {length} characters long; the limit is {limit}.',
  ltChooseTechnology: 'Choose a technology.',
  ltChooseRecords:
    'Choose at least one record to request, or describe the records in your own words.',
  ltEnterName: 'Enter your name.',
  ltEnterContact: 'Enter an email address or a postal address so that the NYPD can reply.',
  ltSubjectStart: 'The start date',
  ltSubjectEnd: 'The end date',
  ltSubjectLetterDate: 'The date of the letter',
  ltEndBeforeStart: 'The end date must be on or after the start date.',
  ltEnterRequestDate: 'Enter the date of your request.',
  ltSubjectRequestDate: 'The date of your request',
  ltEnterDeniedOn: 'Enter the date of the denial letter.',
  ltSubjectDeniedOn: 'The date of the denial letter',
  ltDescribeRecords: 'Describe the records you asked for.',
  ltEmailHint:
    'Check this email address: {problem}. An address looks like name@example.org. The letter is still built with what you typed.',
  ltEmailSpace: 'it contains a space',
  ltEmailNoAt: 'it has no @',
  ltEmailSeveralAt: 'it has more than one @',
  ltEmailNoName: 'nothing comes before the @',
  ltEmailNoDomain: 'nothing comes after the @',
  ltEmailNoDot: 'the part after the @ should be a domain such as example.org',
  ltEmailBadCharacter: 'it contains a character email addresses do not use',
  ltCount: '{n} of {limit} characters',
} as const;

/** The letter checks' messages in a language. */
export type LetterChecks = { readonly [K in keyof typeof LETTER_CHECKS_EN]: string };

/** The words of the letter checks in a language, with the date messages. */
export type LetterChecksText = Text<LetterChecks & DateMessages>;

/** The letter checks' words in English. */
export const LETTER_CHECKS_TEXT_EN: LetterChecksText = {
  locale: 'en',
  m: { ...LETTER_CHECKS_EN, ...DATE_MESSAGES_EN },
};

/** "2,000" (thousands separated, as the form shows limits), in the language given. */
export function formatCount(n: number, locale: Locale = 'en'): string {
  return locale === 'en' ? n.toLocaleString('en-US') : formatNumber(locale, n);
}

/** "12 of 3,000 characters": the count shown under a limited field. */
export function characterCount(
  length: number,
  limit: number,
  text: Text<Pick<LetterChecks, 'ltCount'>> = LETTER_CHECKS_TEXT_EN,
): string {
  return fill(text.m.ltCount, {
    n: formatCount(length, text.locale),
    limit: formatCount(limit, text.locale),
  });
}

function dateProblem(
  field: string,
  subject: string,
  value: string | undefined,
  text: LetterChecksText,
): LetterProblem[] {
  if (value === undefined || value.trim() === '') return [];
  const check = checkDateInput(value);
  return check.ok
    ? []
    : [{ field, message: dateProblemMessage(subject, check.problem, value, text) }];
}

function letterDateProblem(date: string, text: LetterChecksText): LetterProblem[] {
  return date === UNDATED ? [] : dateProblem('date', text.m.ltSubjectLetterDate, date, text);
}

const FIELD_NAMES: Readonly<Record<LimitedField, keyof LetterChecks>> = {
  name: 'ltFieldName',
  email: 'ltFieldEmail',
  phone: 'ltFieldPhone',
  postal: 'ltFieldPostal',
  reference: 'ltFieldReference',
  other: 'ltFieldOther',
  expedited: 'ltFieldExpedited',
  recordsDescription: 'ltFieldRecordsDescription',
  reasons: 'ltFieldReasons',
};

function lengthProblem(
  field: LimitedField,
  value: string | undefined,
  text: LetterChecksText,
): LetterProblem[] {
  const limit = LETTER_FIELD_LIMITS[field];
  if (value === undefined || value.length <= limit) return [];
  return [
    {
      field,
      message: fill(text.m.ltTooLong, {
        field: text.m[FIELD_NAMES[field]],
        length: formatCount(value.length, text.locale),
        limit: formatCount(limit, text.locale),
      }),
    },
  ];
}

function contactLengthProblems(c: Contact, text: LetterChecksText): LetterProblem[] {
  return [
    ...lengthProblem('name', c.name, text),
    ...lengthProblem('email', c.email, text),
    ...lengthProblem('postal', c.postal, text),
    ...lengthProblem('phone', c.phone, text),
  ];
}

/** Why an email address looks wrong. */
export type EmailProblem =
  'space' | 'no-at' | 'several-at' | 'no-name' | 'no-domain' | 'no-dot' | 'bad-character';

const LOCAL_PART = /^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

/**
 * Whether an email address looks usable: one @, something before it, and a
 * domain with a dot after it (name@example.org). A hint only: the letter is
 * built whatever this says. Returns null for an empty or plausible address.
 */
export function checkEmail(email: string | undefined): EmailProblem | null {
  const e = email?.trim() ?? '';
  if (!e) return null;
  if (/\s/.test(e)) return 'space';
  const at = e.split('@');
  if (at.length === 1) return 'no-at';
  if (at.length > 2) return 'several-at';
  const [local, domain] = at as [string, string];
  if (!local) return 'no-name';
  if (!domain) return 'no-domain';
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((l) => l === '')) return 'no-dot';
  if (!LOCAL_PART.test(local) || !labels.every((l) => DOMAIN_LABEL.test(l))) return 'bad-character';
  return null;
}

const EMAIL_HINTS: Readonly<Record<EmailProblem, keyof LetterChecks>> = {
  space: 'ltEmailSpace',
  'no-at': 'ltEmailNoAt',
  'several-at': 'ltEmailSeveralAt',
  'no-name': 'ltEmailNoName',
  'no-domain': 'ltEmailNoDomain',
  'no-dot': 'ltEmailNoDot',
  'bad-character': 'ltEmailBadCharacter',
};

/** The hint shown beside an email field that looks wrong. */
export function emailHint(
  problem: EmailProblem,
  text: Text<LetterChecks> = LETTER_CHECKS_TEXT_EN,
): string {
  return fill(text.m.ltEmailHint, { problem: text.m[EMAIL_HINTS[problem]] });
}

/** Problems that keep a request letter from being complete, or an empty list. */
export function checkRequestLetter(
  input: RequestLetterInput,
  text: LetterChecksText = LETTER_CHECKS_TEXT_EN,
): LetterProblem[] {
  const { m } = text;
  const out: LetterProblem[] = [];
  if (!input.technology.trim()) out.push({ field: 'technology', message: m.ltChooseTechnology });
  if (input.records.length === 0) out.push({ field: 'records', message: m.ltChooseRecords });
  if (!input.contact.name.trim()) out.push({ field: 'name', message: m.ltEnterName });
  if (!input.contact.email?.trim() && !input.contact.postal?.trim())
    out.push({ field: 'email', message: m.ltEnterContact });
  const from = dateProblem('dateFrom', m.ltSubjectStart, input.dateFrom, text);
  const to = dateProblem('dateTo', m.ltSubjectEnd, input.dateTo, text);
  out.push(...from, ...to);
  if (
    input.dateFrom &&
    input.dateTo &&
    !from.length &&
    !to.length &&
    input.dateFrom.trim() > input.dateTo.trim()
  )
    out.push({ field: 'dateTo', message: m.ltEndBeforeStart });
  out.push(...letterDateProblem(input.date, text));
  out.push(...contactLengthProblems(input.contact, text));
  out.push(...lengthProblem('expedited', input.expedited, text));
  for (const r of input.records) out.push(...lengthProblem('other', r.wording, text));
  return out;
}

/** Problems that keep an appeal letter from being complete, or an empty list. */
export function checkAppealLetter(
  input: AppealLetterInput,
  text: LetterChecksText = LETTER_CHECKS_TEXT_EN,
): LetterProblem[] {
  const { m } = text;
  const out: LetterProblem[] = [];
  if (!input.requestDate.trim()) out.push({ field: 'requestDate', message: m.ltEnterRequestDate });
  out.push(...dateProblem('requestDate', m.ltSubjectRequestDate, input.requestDate, text));
  if (input.kind === 'denial') {
    if (!input.deniedOn?.trim()) out.push({ field: 'deniedOn', message: m.ltEnterDeniedOn });
    out.push(...dateProblem('deniedOn', m.ltSubjectDeniedOn, input.deniedOn, text));
  }
  if (!input.recordsDescription.trim())
    out.push({ field: 'recordsDescription', message: m.ltDescribeRecords });
  if (!input.contact.name.trim()) out.push({ field: 'name', message: m.ltEnterName });
  out.push(...letterDateProblem(input.date, text));
  out.push(...lengthProblem('reference', input.reference, text));
  out.push(...lengthProblem('recordsDescription', input.recordsDescription, text));
  out.push(...lengthProblem('reasons', input.reasons, text));
  out.push(...contactLengthProblems(input.contact, text));
  return out;
}

function contactBlock(c: Contact): string[] {
  return [c.name, ...(c.postal ? c.postal.split(/\r?\n/) : []), c.email, c.phone]
    .map((l) => l?.trim())
    .filter((l): l is string => Boolean(l));
}

/**
 * The words of the letters in English: the letter the NYPD receives. Another
 * language's version (src/i18n/messages/foil-letter.ts) writes a reading
 * copy, never sent.
 */
export const LETTER_PROSE_EN = {
  lpPeriodBetween: 'created or received from {from} to {to}',
  lpPeriodFrom: 'created or received on or after {from}',
  lpPeriodTo: 'created or received on or before {to}',
  lpRequestRe:
    "Re: Freedom of Information Law request: records about the NYPD's use of {technology}",
  lpRequestDear: 'Dear Records Access Officer:',
  lpRequestIntro:
    "Under the New York Freedom of Information Law ({statute}), I request copies of the following records about the NYPD's use of {technology}, as described in the NYPD's Impact and Use Policy for that technology, published under the POST Act ({postAct}):",
  lpRecord: '{n}. {title}: {wording}',
  /** The title of the records described in the requester's own words. */
  lpOtherRecords: 'Other records',
  lpRecordSource: '   (The policy describes these records: {source}.)',
  lpCovers: 'This request covers records {period}.',
  lpElectronic:
    'Please send the records electronically, by email or as a download, in their native electronic format where one exists (for example spreadsheets as spreadsheets) and otherwise as searchable PDF files.',
  lpPaper: 'Please send paper copies of the records to my postal address above.',
  lpInspection: 'I would like to inspect the records in person. Please tell me when and where.',
  lpFees:
    'If any fee applies, please tell me the amount before copying. Inspection and searching carry no fee, and records sent by email normally cost nothing ({feesLaw}).',
  lpFeeWaiver:
    'I also ask that any fee be waived, because the records concern the public oversight of police surveillance technology and will be used to inform the public, not for a commercial purpose.',
  lpExpedited: 'I ask that this request be handled promptly, for this reason: {reason}',
  lpResponse:
    '{responseLaw} requires a response within {period} of receipt: making the records available, denying the request in writing, or acknowledging it with an approximate date for a decision. If you withhold any record or part of a record, please release the rest, state the reasons for the denial in writing, and give the name and address of the person to whom an appeal should be sent.',
  lpThanks: 'Thank you.',
  lpSincerely: 'Sincerely,',
  lpAppealRe: 'Re: Freedom of Information Law appeal: my request of {requestDate}{ref}',
  lpAppealRef: ' (reference {reference})',
  lpAppealDear: 'Dear Records Access Appeals Officer:',
  lpAppealDenial:
    'Under {appealLaw}, I appeal the denial dated {deniedOn} of my Freedom of Information Law request of {requestDate}{ref}.',
  lpDeniedOnBlank: '[date of the denial letter]',
  lpAppealNoResponse:
    'Under {appealLaw}, I appeal the constructive denial of my Freedom of Information Law request of {requestDate}{ref}. The NYPD did not make the records available, deny the request in writing, or acknowledge it with an approximate date within {period} of receipt{due}, as {responseSection} requires. That failure is a denial of access, which may be appealed.',
  lpAppealDue: ' (by {date})',
  lpAskedFor: 'I asked for: {records}',
  lpReasons: 'The records should be released because: {reasons}',
  lpAppealClose:
    'Please grant access to the records or explain in writing the reasons for further denial within {period} of receiving this appeal, as {decisionLaw} requires.',
  // The blanks of the templates shown without JavaScript (UNDATED is the date's).
  lpBlankTechnology: '[technology]',
  lpBlankRecordTitle: '[Kind of record]',
  lpBlankRecordWording:
    '[Describe the records: what they are, who made them, the unit, and the dates. See the record maps for suggested wording.]',
  lpBlankStart: '[start date]',
  lpBlankEnd: '[end date]',
  lpBlankName: '[Your name]',
  lpBlankPostal: '[Your postal address, optional]',
  lpBlankEmail: '[Your email address]',
  lpBlankDate: '[date]',
  lpBlankRequestDate: '[date of your request]',
  lpBlankReference: '[request number, if any]',
  lpBlankRecords: '[the records you asked for, as in your request]',
  lpBlankReasons: '[optional: why the records should be released]',
} as const;

/** The words of the letters in a language. */
export type LetterProse = { readonly [K in keyof typeof LETTER_PROSE_EN]: string };

/** The words of a letter and their language (English: the letter itself; Spanish: a reading copy). */
export type LetterText = Text<LetterProse> & { locale: ProseLocale };

/** The letter's words in English. */
export const LETTER_TEXT_EN: LetterText = { locale: 'en', m: LETTER_PROSE_EN };

function period(text: LetterText, from?: string, to?: string): string | null {
  const f = from && isIsoDate(from) ? dateIn(text.locale, from) : from;
  const t = to && isIsoDate(to) ? dateIn(text.locale, to) : to;
  if (f && t) return fill(text.m.lpPeriodBetween, { from: f, to: t });
  if (f) return fill(text.m.lpPeriodFrom, { from: f });
  if (t) return fill(text.m.lpPeriodTo, { to: t });
  return null;
}

/** Formats a date for a letter; leaves a bracketed blank untouched (the letter date's in the text's language). */
function when(value: string, text: LetterText): string {
  if (value === UNDATED) return text.m.lpBlankDate;
  return isIsoDate(value) ? dateIn(text.locale, value) : value;
}

/**
 * Composes a request letter without checking it (the template uses bracketed
 * blanks). In English by default; with another language's `text`, a reading
 * copy in that language of the same letter.
 */
export function composeRequestLetter(
  input: RequestLetterInput,
  terms: FoilTerms,
  text: LetterText = LETTER_TEXT_EN,
): string {
  const { laws, periods } = terms;
  const { m } = text;
  const lines: string[] = [];
  lines.push(
    ...contactBlock(input.contact),
    '',
    when(input.date, text),
    '',
    ...input.recipient,
    '',
  );
  lines.push(fill(m.lpRequestRe, { technology: input.technology }), '');
  lines.push(m.lpRequestDear, '');
  lines.push(
    fill(m.lpRequestIntro, {
      statute: laws['foil-statute'],
      technology: input.technology,
      postAct: laws['foil-policy-public-access'],
    }),
    '',
  );
  input.records.forEach((r, i) => {
    lines.push(fill(m.lpRecord, { n: i + 1, title: r.title, wording: r.wording }));
    if (r.source) lines.push(fill(m.lpRecordSource, { source: r.source }));
  });
  lines.push('');
  const p = period(text, input.dateFrom, input.dateTo);
  if (p) lines.push(fill(m.lpCovers, { period: p }), '');
  if (input.format === 'electronic') lines.push(m.lpElectronic, '');
  else if (input.format === 'paper') lines.push(m.lpPaper, '');
  else lines.push(m.lpInspection, '');
  lines.push(fill(m.lpFees, { feesLaw: laws['fees-none'] }));
  if (input.feeWaiver) lines.push(m.lpFeeWaiver);
  lines.push('');
  if (input.expedited?.trim())
    lines.push(fill(m.lpExpedited, { reason: input.expedited.trim() }), '');
  lines.push(
    fill(m.lpResponse, {
      responseLaw: laws['foil-response-5-days'],
      period: periodIn(text.locale, periods['foil-response-5-days']),
    }),
    '',
    m.lpThanks,
    '',
    m.lpSincerely,
    input.contact.name,
  );
  return lines.join('\n');
}

/** A complete request letter; throws listing every problem when the input is incomplete. */
export function buildRequestLetter(input: RequestLetterInput, terms: FoilTerms): string {
  const problems = checkRequestLetter(input);
  if (problems.length) throw new Error(problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
  return composeRequestLetter(input, terms);
}

/**
 * Composes an appeal letter without checking it (the template uses bracketed
 * blanks). In English by default; with another language's `text`, a reading
 * copy in that language.
 */
export function composeAppealLetter(
  input: AppealLetterInput,
  terms: FoilTerms,
  text: LetterText = LETTER_TEXT_EN,
): string {
  const { laws, periods } = terms;
  const { m } = text;
  const responseLaw = laws['foil-response-5-days'];
  const appealLaw = laws['foil-appeal-30-days'];
  const lines: string[] = [];
  lines.push(
    ...contactBlock(input.contact),
    '',
    when(input.date, text),
    '',
    ...input.recipient,
    '',
  );
  const ref = input.reference?.trim()
    ? fill(m.lpAppealRef, { reference: input.reference.trim() })
    : '';
  const requestDate = when(input.requestDate, text);
  lines.push(fill(m.lpAppealRe, { requestDate, ref }), '');
  lines.push(m.lpAppealDear, '');
  if (input.kind === 'denial') {
    lines.push(
      fill(m.lpAppealDenial, {
        appealLaw,
        deniedOn: when(input.deniedOn ?? m.lpDeniedOnBlank, text),
        requestDate,
        ref,
      }),
    );
  } else {
    const due = input.responseDueOn
      ? fill(m.lpAppealDue, { date: when(input.responseDueOn, text) })
      : '';
    lines.push(
      fill(m.lpAppealNoResponse, {
        appealLaw,
        requestDate,
        ref,
        period: periodIn(text.locale, periods['foil-response-5-days']),
        due,
        responseSection: sectionOf(responseLaw),
      }),
    );
  }
  lines.push('', fill(m.lpAskedFor, { records: input.recordsDescription.trim() }), '');
  if (input.reasons?.trim()) lines.push(fill(m.lpReasons, { reasons: input.reasons.trim() }), '');
  lines.push(
    fill(m.lpAppealClose, {
      period: periodIn(text.locale, periods['foil-appeal-10-days']),
      decisionLaw: laws['foil-appeal-10-days'],
    }),
    '',
    m.lpThanks,
    '',
    m.lpSincerely,
    input.contact.name,
  );
  return lines.join('\n');
}

/** A complete appeal letter; throws listing every problem when the input is incomplete. */
export function buildAppealLetter(input: AppealLetterInput, terms: FoilTerms): string {
  const problems = checkAppealLetter(input);
  if (problems.length) throw new Error(problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
  return composeAppealLetter(input, terms);
}

/** A safe file name for a downloaded letter, e.g. `foil-request-facial-recognition-2025-12-22.txt`. */
export function letterFileName(kind: 'request' | 'appeal', slug: string, date: IsoDate): string {
  const safe =
    slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'nypd';
  return `foil-${kind}-${safe}-${date}.txt`;
}
