import { type IsoDate, formatDate, isIsoDate } from '../calendar.ts';
import { checkDateInput, dateProblemMessage } from './date-input.ts';
import { type FoilTerms, periodText, sectionOf } from './terms.ts';

/**
 * Plain-text FOIL request and appeal letters. Pure functions: the page's
 * script fills them from the form, the no-JavaScript template is built from
 * the same functions with bracketed blanks, and nothing leaves the browser.
 * Every period and citation in the letters comes from the legal facts
 * (`FoilTerms`): the response period (`foil-response-5-days`), the appeal
 * and the appeals officer's period (`foil-appeal-30-days`,
 * `foil-appeal-10-days`), fees (`fees-none`), the statute (`foil-statute`)
 * and the POST Act (`foil-policy-public-access`).
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

/** "2,000" (thousands separated, as the form shows limits). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** "12 of 3,000 characters": the count shown under a limited field. */
export function characterCount(length: number, limit: number): string {
  return `${formatCount(length)} of ${formatCount(limit)} characters`;
}

function dateProblem(field: string, subject: string, value: string | undefined): LetterProblem[] {
  if (value === undefined || value.trim() === '') return [];
  const check = checkDateInput(value);
  return check.ok ? [] : [{ field, message: dateProblemMessage(subject, check.problem, value) }];
}

function letterDateProblem(date: string): LetterProblem[] {
  return date === UNDATED ? [] : dateProblem('date', 'The date of the letter', date);
}

const FIELD_NAMES: Readonly<Record<LimitedField, string>> = {
  name: 'Your name',
  email: 'The email address',
  phone: 'The phone number',
  postal: 'The postal address',
  reference: 'The request number',
  other: 'The description of other records',
  expedited: 'The reason for prompt handling',
  recordsDescription: 'The description of the records',
  reasons: 'The reasons for release',
};

function lengthProblem(field: LimitedField, value: string | undefined): LetterProblem[] {
  const limit = LETTER_FIELD_LIMITS[field];
  if (value === undefined || value.length <= limit) return [];
  return [
    {
      field,
      message: `${FIELD_NAMES[field]} is ${formatCount(value.length)} characters long; the limit is ${formatCount(limit)}.`,
    },
  ];
}

function contactLengthProblems(c: Contact): LetterProblem[] {
  return [
    ...lengthProblem('name', c.name),
    ...lengthProblem('email', c.email),
    ...lengthProblem('postal', c.postal),
    ...lengthProblem('phone', c.phone),
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

const EMAIL_HINTS: Readonly<Record<EmailProblem, string>> = {
  space: 'it contains a space',
  'no-at': 'it has no @',
  'several-at': 'it has more than one @',
  'no-name': 'nothing comes before the @',
  'no-domain': 'nothing comes after the @',
  'no-dot': 'the part after the @ should be a domain such as example.org',
  'bad-character': 'it contains a character email addresses do not use',
};

/** The hint shown beside an email field that looks wrong. */
export function emailHint(problem: EmailProblem): string {
  return `Check this email address: ${EMAIL_HINTS[problem]}. An address looks like name@example.org. The letter is still built with what you typed.`;
}

/** Problems that keep a request letter from being complete, or an empty list. */
export function checkRequestLetter(input: RequestLetterInput): LetterProblem[] {
  const out: LetterProblem[] = [];
  if (!input.technology.trim()) out.push({ field: 'technology', message: 'Choose a technology.' });
  if (input.records.length === 0)
    out.push({
      field: 'records',
      message: 'Choose at least one record to request, or describe the records in your own words.',
    });
  if (!input.contact.name.trim()) out.push({ field: 'name', message: 'Enter your name.' });
  if (!input.contact.email?.trim() && !input.contact.postal?.trim())
    out.push({
      field: 'email',
      message: 'Enter an email address or a postal address so that the NYPD can reply.',
    });
  const from = dateProblem('dateFrom', 'The start date', input.dateFrom);
  const to = dateProblem('dateTo', 'The end date', input.dateTo);
  out.push(...from, ...to);
  if (
    input.dateFrom &&
    input.dateTo &&
    !from.length &&
    !to.length &&
    input.dateFrom.trim() > input.dateTo.trim()
  )
    out.push({ field: 'dateTo', message: 'The end date must be on or after the start date.' });
  out.push(...letterDateProblem(input.date));
  out.push(...contactLengthProblems(input.contact));
  out.push(...lengthProblem('expedited', input.expedited));
  for (const r of input.records) out.push(...lengthProblem('other', r.wording));
  return out;
}

/** Problems that keep an appeal letter from being complete, or an empty list. */
export function checkAppealLetter(input: AppealLetterInput): LetterProblem[] {
  const out: LetterProblem[] = [];
  if (!input.requestDate.trim())
    out.push({ field: 'requestDate', message: 'Enter the date of your request.' });
  out.push(...dateProblem('requestDate', 'The date of your request', input.requestDate));
  if (input.kind === 'denial') {
    if (!input.deniedOn?.trim())
      out.push({ field: 'deniedOn', message: 'Enter the date of the denial letter.' });
    out.push(...dateProblem('deniedOn', 'The date of the denial letter', input.deniedOn));
  }
  if (!input.recordsDescription.trim())
    out.push({ field: 'recordsDescription', message: 'Describe the records you asked for.' });
  if (!input.contact.name.trim()) out.push({ field: 'name', message: 'Enter your name.' });
  out.push(...letterDateProblem(input.date));
  out.push(...lengthProblem('reference', input.reference));
  out.push(...lengthProblem('recordsDescription', input.recordsDescription));
  out.push(...lengthProblem('reasons', input.reasons));
  out.push(...contactLengthProblems(input.contact));
  return out;
}

function contactBlock(c: Contact): string[] {
  return [c.name, ...(c.postal ? c.postal.split(/\r?\n/) : []), c.email, c.phone]
    .map((l) => l?.trim())
    .filter((l): l is string => Boolean(l));
}

function period(from?: string, to?: string): string | null {
  const f = from && isIsoDate(from) ? formatDate(from) : from;
  const t = to && isIsoDate(to) ? formatDate(to) : to;
  if (f && t) return `created or received from ${f} to ${t}`;
  if (f) return `created or received on or after ${f}`;
  if (t) return `created or received on or before ${t}`;
  return null;
}

/** Formats a date for a letter; leaves a bracketed blank untouched. */
function when(value: string): string {
  return isIsoDate(value) ? formatDate(value) : value;
}

/** Composes a request letter without checking it (the template uses bracketed blanks). */
export function composeRequestLetter(input: RequestLetterInput, terms: FoilTerms): string {
  const { laws, periods } = terms;
  const lines: string[] = [];
  lines.push(...contactBlock(input.contact), '', when(input.date), '', ...input.recipient, '');
  lines.push(
    `Re: Freedom of Information Law request: records about the NYPD's use of ${input.technology}`,
    '',
  );
  lines.push('Dear Records Access Officer:', '');
  lines.push(
    `Under the New York Freedom of Information Law (${laws['foil-statute']}), I request copies of the following records about the NYPD's use of ${input.technology}, as described in the NYPD's Impact and Use Policy for that technology, published under the POST Act (${laws['foil-policy-public-access']}):`,
    '',
  );
  input.records.forEach((r, i) => {
    lines.push(`${i + 1}. ${r.title}: ${r.wording}`);
    if (r.source) lines.push(`   (The policy describes these records: ${r.source}.)`);
  });
  lines.push('');
  const p = period(input.dateFrom, input.dateTo);
  if (p) lines.push(`This request covers records ${p}.`, '');
  if (input.format === 'electronic')
    lines.push(
      'Please send the records electronically, by email or as a download, in their native electronic format where one exists (for example spreadsheets as spreadsheets) and otherwise as searchable PDF files.',
      '',
    );
  else if (input.format === 'paper')
    lines.push('Please send paper copies of the records to my postal address above.', '');
  else
    lines.push('I would like to inspect the records in person. Please tell me when and where.', '');
  lines.push(
    `If any fee applies, please tell me the amount before copying. Inspection and searching carry no fee, and records sent by email normally cost nothing (${laws['fees-none']}).`,
  );
  if (input.feeWaiver)
    lines.push(
      'I also ask that any fee be waived, because the records concern the public oversight of police surveillance technology and will be used to inform the public, not for a commercial purpose.',
    );
  lines.push('');
  if (input.expedited?.trim())
    lines.push(
      `I ask that this request be handled promptly, for this reason: ${input.expedited.trim()}`,
      '',
    );
  lines.push(
    `${laws['foil-response-5-days']} requires a response within ${periodText(periods['foil-response-5-days'])} of receipt: making the records available, denying the request in writing, or acknowledging it with an approximate date for a decision. If you withhold any record or part of a record, please release the rest, state the reasons for the denial in writing, and give the name and address of the person to whom an appeal should be sent.`,
    '',
    'Thank you.',
    '',
    'Sincerely,',
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

/** Composes an appeal letter without checking it (the template uses bracketed blanks). */
export function composeAppealLetter(input: AppealLetterInput, terms: FoilTerms): string {
  const { laws, periods } = terms;
  const responseLaw = laws['foil-response-5-days'];
  const appealLaw = laws['foil-appeal-30-days'];
  const lines: string[] = [];
  lines.push(...contactBlock(input.contact), '', when(input.date), '', ...input.recipient, '');
  const ref = input.reference?.trim() ? ` (reference ${input.reference.trim()})` : '';
  lines.push(
    `Re: Freedom of Information Law appeal: my request of ${when(input.requestDate)}${ref}`,
    '',
  );
  lines.push('Dear Records Access Appeals Officer:', '');
  if (input.kind === 'denial') {
    lines.push(
      `Under ${appealLaw}, I appeal the denial dated ${when(input.deniedOn ?? '[date of the denial letter]')} of my Freedom of Information Law request of ${when(input.requestDate)}${ref}.`,
    );
  } else {
    const due = input.responseDueOn ? ` (by ${when(input.responseDueOn)})` : '';
    lines.push(
      `Under ${appealLaw}, I appeal the constructive denial of my Freedom of Information Law request of ${when(input.requestDate)}${ref}. The NYPD did not make the records available, deny the request in writing, or acknowledge it with an approximate date within ${periodText(periods['foil-response-5-days'])} of receipt${due}, as ${sectionOf(responseLaw)} requires. That failure is a denial of access, which may be appealed.`,
    );
  }
  lines.push('', `I asked for: ${input.recordsDescription.trim()}`, '');
  if (input.reasons?.trim())
    lines.push(`The records should be released because: ${input.reasons.trim()}`, '');
  lines.push(
    `Please grant access to the records or explain in writing the reasons for further denial within ${periodText(periods['foil-appeal-10-days'])} of receiving this appeal, as ${laws['foil-appeal-10-days']} requires.`,
    '',
    'Thank you.',
    '',
    'Sincerely,',
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
