import { describe, expect, it } from 'vitest';
import {
  type AppealLetterInput,
  type RequestLetterInput,
  buildAppealLetter,
  LETTER_FIELD_LIMITS,
  UNDATED,
  buildRequestLetter,
  characterCount,
  checkAppealLetter,
  checkEmail,
  checkRequestLetter,
  emailHint,
  letterFileName,
} from './letters.ts';
import type { FoilTerms } from './terms.ts';
import { terms } from './__fixtures__/legal-facts.ts';

const REQUEST: RequestLetterInput = {
  technology: 'Facial Recognition',
  records: [
    {
      title: 'Possible match reports',
      wording: 'All possible match reports prepared by facial recognition investigators.',
      source: 'NYPD Impact and Use Policy: Facial Recognition, Rules, Processes & Guidelines ¶12',
    },
    { title: 'Training materials', wording: 'All training materials on facial recognition.' },
  ],
  dateFrom: '2024-01-01',
  dateTo: '2025-12-31',
  format: 'electronic',
  contact: { name: 'A. Requester', email: 'a@example.org' },
  date: '2025-12-22',
  recipient: ['Records Access Officer, FOIL Unit', 'New York City Police Department'],
};

describe('request letter', () => {
  const letter = buildRequestLetter(REQUEST, terms);

  it('lists every chosen record, numbered, with the policy paragraph that describes it', () => {
    expect(letter).toContain(
      '1. Possible match reports: All possible match reports prepared by facial recognition investigators.',
    );
    expect(letter).toContain(
      '(The policy describes these records: NYPD Impact and Use Policy: Facial Recognition, Rules, Processes & Guidelines ¶12.)',
    );
    expect(letter).toContain(
      '2. Training materials: All training materials on facial recognition.',
    );
  });

  it('states the date range, the letter date and the format in words', () => {
    expect(letter).toContain('created or received from January 1, 2024 to December 31, 2025');
    expect(letter).toContain('\nDecember 22, 2025\n');
    expect(letter).toContain('Please send the records electronically');
  });

  it('cites the five-business-day rule and names the requester', () => {
    expect(letter).toContain(
      'Public Officers Law § 89(3)(a) requires a response within five business days',
    );
    expect(letter.endsWith('Sincerely,\nA. Requester')).toBe(true);
  });

  it('adds the fee-waiver and prompt-handling requests only when asked', () => {
    expect(letter).not.toContain('waived');
    const more = buildRequestLetter(
      {
        ...REQUEST,
        feeWaiver: true,
        expedited: 'a Council hearing on 2026-01-15',
      },
      terms,
    );
    expect(more).toContain('I also ask that any fee be waived');
    expect(more).toContain('handled promptly, for this reason: a Council hearing on 2026-01-15');
  });

  it('leaves the period out when no dates are given', () => {
    expect(
      buildRequestLetter({ ...REQUEST, dateFrom: undefined, dateTo: undefined }, terms),
    ).not.toContain('This request covers');
  });

  it('names every missing piece of an incomplete letter', () => {
    const problems = checkRequestLetter({
      ...REQUEST,
      records: [],
      contact: { name: ' ' },
      dateFrom: '2025-12-31',
      dateTo: '2025-01-01',
    });
    expect(problems.map((p) => p.field)).toEqual(['records', 'name', 'email', 'dateTo']);
    expect(() => buildRequestLetter({ ...REQUEST, records: [] }, terms)).toThrow(
      'records: Choose at least one record',
    );
  });
});

describe('appeal letter', () => {
  const base: AppealLetterInput = {
    kind: 'no-response',
    requestDate: '2025-12-22',
    responseDueOn: '2025-12-29',
    recordsDescription: 'Possible match reports, 2024–2025.',
    contact: { name: 'A. Requester', email: 'a@example.org' },
    date: '2026-01-05',
    recipient: ['Records Access Appeals Officer'],
    reference: 'FOIL-2025-056-01234',
  };

  it('appeals a missed deadline as a constructive denial, with the dates filled in', () => {
    const letter = buildAppealLetter(base, terms);
    expect(letter).toContain(
      'I appeal the constructive denial of my Freedom of Information Law request of December 22, 2025 (reference FOIL-2025-056-01234)',
    );
    expect(letter).toContain('within five business days of receipt (by December 29, 2025)');
    expect(letter).toContain('within ten business days of receiving this appeal');
  });

  it('appeals a written denial by its date', () => {
    const letter = buildAppealLetter(
      {
        ...base,
        kind: 'denial',
        deniedOn: '2026-01-09',
        reasons: 'the policy says these reports exist.',
      },
      terms,
    );
    expect(letter).toContain('I appeal the denial dated January 9, 2026');
    expect(letter).toContain(
      'The records should be released because: the policy says these reports exist.',
    );
  });

  it('requires the denial date for a written denial', () => {
    expect(() => buildAppealLetter({ ...base, kind: 'denial' }, terms)).toThrow(
      'deniedOn: Enter the date of the denial letter.',
    );
  });
});

describe('letterFileName', () => {
  it('builds a safe .txt name from the slug and date', () => {
    expect(letterFileName('request', 'facial-recognition', '2025-12-22')).toBe(
      'foil-request-facial-recognition-2025-12-22.txt',
    );
    expect(letterFileName('appeal', '../x y', '2026-01-05')).toBe('foil-appeal-x-y-2026-01-05.txt');
  });
});

describe('dates in the letters', () => {
  const appeal: AppealLetterInput = {
    kind: 'denial',
    requestDate: '2025-12-22',
    deniedOn: '2026-01-09',
    recordsDescription: 'Possible match reports.',
    contact: { name: 'A. Requester' },
    date: '2026-01-12',
    recipient: [],
  };

  it.each([
    ['requestDate', '9999-12-31', /is after the dates this tool can count/],
    ['requestDate', '0001-01-01', /is before the dates this tool can count/],
    ['deniedOn', '2025-02-30', /February 2025 has 28 days/],
    ['deniedOn', 'garbage', /must be written as year-month-day/],
    ['date', '9999-12-31', /The date of the letter \(December 31, 9999\) is after/],
  ] as const)('refuses an appeal with %s %s', (field, value, message) => {
    const problems = checkAppealLetter({ ...appeal, [field]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.message).toMatch(message);
  });

  it('accepts an undated appeal (the letter keeps its blank)', () => {
    expect(checkAppealLetter({ ...appeal, date: UNDATED })).toEqual([]);
  });

  it('refuses a request period or letter date outside the supported range', () => {
    expect(
      checkRequestLetter({ ...REQUEST, dateFrom: '0001-01-01', date: '9999-12-31' }).map(
        (p) => p.field,
      ),
    ).toEqual(['dateFrom', 'date']);
  });
});

describe('checkEmail', () => {
  it.each([
    ['a@example.org', null],
    ['first.last+foil@sub.example.co.uk', null],
    ['jürgen@bücher.de', null],
    ['', null],
    ['a example.org', 'space'],
    ['a.example.org', 'no-at'],
    ['a@@example.org', 'several-at'],
    ['@example.org', 'no-name'],
    ['a@', 'no-domain'],
    ['a@example', 'no-dot'],
    ['a@example.', 'no-dot'],
    ['a@.org', 'no-dot'],
    ['a@exa_mple.org', 'bad-character'],
    ['a(b)@example.org', 'bad-character'],
  ] as const)('%j: %s', (email, problem) => {
    expect(checkEmail(email)).toBe(problem);
  });

  it('hints at the fix without blocking the letter', () => {
    expect(emailHint('no-at')).toBe(
      'Check this email address: it has no @. An address looks like name@example.org. The letter is still built with what you typed.',
    );
    // A malformed address is not a problem that stops the letter.
    expect(
      checkRequestLetter({ ...REQUEST, contact: { name: 'A', email: 'not-an-address' } }),
    ).toEqual([]);
  });
});

describe('field limits', () => {
  it('are stated as counts', () => {
    expect(characterCount(0, 3000)).toBe('0 of 3,000 characters');
    expect(characterCount(1234, 5000)).toBe('1,234 of 5,000 characters');
  });

  it('refuse text longer than the form allows, naming the field and the limit', () => {
    const long = 'x'.repeat(LETTER_FIELD_LIMITS.name + 1);
    expect(checkRequestLetter({ ...REQUEST, contact: { name: long, email: 'a@b.org' } })).toEqual([
      { field: 'name', message: 'Your name is 201 characters long; the limit is 200.' },
    ]);
    expect(
      checkRequestLetter({
        ...REQUEST,
        records: [{ title: 'Other records', wording: 'y'.repeat(LETTER_FIELD_LIMITS.other + 1) }],
      }).map((p) => p.field),
    ).toEqual(['other']);
    expect(
      checkAppealLetter({
        kind: 'no-response',
        requestDate: '2025-12-22',
        recordsDescription: 'z'.repeat(LETTER_FIELD_LIMITS.recordsDescription),
        reasons: 'r'.repeat(LETTER_FIELD_LIMITS.reasons + 1),
        contact: { name: 'A' },
        date: UNDATED,
        recipient: [],
      }).map((p) => p.field),
    ).toEqual(['reasons']);
  });
});

describe('periods and citations come from the legal facts, not the code', () => {
  // Hypothetical terms, to show that the letters quote whatever the facts say.
  const other: FoilTerms = {
    periods: {
      ...terms.periods,
      'foil-response-5-days': { count: 7, unit: 'business-days' },
      'foil-appeal-10-days': { count: 3, unit: 'business-days' },
    },
    laws: {
      'foil-statute': 'STATUTE',
      'foil-policy-public-access': 'POST ACT',
      'fees-none': 'FEES LAW',
      'foil-response-5-days': 'Response Law § 1(a)',
      'foil-appeal-30-days': 'APPEAL LAW',
      'foil-appeal-10-days': 'DECISION LAW',
      'gcl-25a-next-business-day': 'NEXT DAY LAW',
    },
  };

  it('quotes them in a request letter', () => {
    const letter = buildRequestLetter(REQUEST, other);
    expect(letter).toContain('Freedom of Information Law (STATUTE), I request');
    expect(letter).toContain('published under the POST Act (POST ACT):');
    expect(letter).toContain('normally cost nothing (FEES LAW).');
    expect(letter).toContain('Response Law § 1(a) requires a response within seven business days');
    expect(letter).not.toMatch(/Public Officers Law|Administrative Code|\bfive\b/);
  });

  it('quotes them in an appeal letter', () => {
    const letter = buildAppealLetter(
      {
        kind: 'no-response',
        requestDate: '2025-12-22',
        recordsDescription: 'Reports.',
        contact: { name: 'A. Requester' },
        date: '2026-01-05',
        recipient: [],
      },
      other,
    );
    expect(letter).toContain('Under APPEAL LAW, I appeal the constructive denial');
    expect(letter).toContain('within seven business days of receipt, as § 1(a) requires.');
    expect(letter).toContain(
      'within three business days of receiving this appeal, as DECISION LAW requires.',
    );
    expect(letter).not.toMatch(/Public Officers Law|\bfive\b|\bten\b/);
  });
});
