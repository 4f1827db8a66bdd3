import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  factsUsed,
  keyDates,
  type Deadline,
  type DeadlineInput,
  DeadlineInputError,
  LATE_CUTOFF,
  checkDeadlineInput,
  computeDeadlines,
  deadlineTiming,
  firstCountedDay,
} from './deadlines.ts';
import type { FoilTerms } from './terms.ts';
import { terms } from './__fixtures__/legal-facts.ts';

function dates(input: DeadlineInput): Record<string, string> {
  return Object.fromEntries(computeDeadlines(input, terms).map((d) => [d.id, d.date]));
}
function byId(list: Deadline[], id: Deadline['id']): Deadline {
  const d = list.find((x) => x.id === id);
  if (!d) throw new Error(`no ${id}`);
  return d;
}

describe('FOIL deadlines for a paper request received Monday 22 December 2025', () => {
  const list = computeDeadlines({ receivedOn: '2025-12-22', channel: 'paper' }, terms);

  it('computes every date, hand-checked against the 2025–26 calendar', () => {
    expect(Object.fromEntries(list.map((d) => [d.id, d.date]))).toEqual({
      // Day 1 is the day of receipt (received in business hours).
      'day-one': '2025-12-22',
      // Mon 22 (1), Tue 23 (2), Wed 24 (3), Thu 25 Christmas skipped, Fri 26 (4),
      // Sat 27 + Sun 28 skipped, Mon 29 (5).
      response: '2025-12-29',
      // 20 business days after Mon Dec 29: Dec 30, 31, [Jan 1 holiday], Jan 2, 5–9, 12–16,
      // [Jan 19 MLK Day], 20–23, 26, 27, 28 -> Wed Jan 28.
      approximate: '2026-01-28',
      // Constructive denial on Dec 29 + 30 calendar days = Wed Jan 28, a business day.
      appeal: '2026-01-28',
      // Appeal received Jan 28 = day 1; Jan 28, 29, 30, Feb 2–6, 9, 10 -> Tue Feb 10.
      'appeal-decision': '2026-02-10',
      // Feb 10 + four months = Wed Jun 10, 2026.
      'article-78': '2026-06-10',
    });
  });

  it('explains the five-day count, naming Christmas and the weekend it skipped', () => {
    const r = byId(list, 'response');
    expect(r.explanation.join(' ')).toContain(
      'Mon Dec 22 (1), Tue Dec 23 (2), Wed Dec 24 (3), Fri Dec 26 (4), Mon Dec 29 (5)',
    );
    expect(r.explanation.join(' ')).toContain(
      'Not counted: Thu Dec 25 (Christmas Day), Sat Dec 27–Sun Dec 28 (weekend).',
    );
  });

  it("names New Year's Day and Martin Luther King Jr. Day in the 20-day count", () => {
    const a = byId(list, 'approximate').explanation.join(' ');
    expect(a).toContain("Thu Jan 1 (New Year's Day)");
    expect(a).toContain('Mon Jan 19 (Dr. Martin Luther King Jr. Day)');
  });

  it('states each assumption made for events that have not happened yet', () => {
    expect(byId(list, 'approximate').assumptions[0]).toMatch(
      /acknowledges on the last allowed day/,
    );
    expect(byId(list, 'appeal').assumptions.join(' ')).toMatch(/no response at all/);
    expect(byId(list, 'article-78').assumptions[0]).toMatch(/decides \(or fails to answer\)/);
  });

  it('cites a legal fact for every date, each present in data/foil/legal-facts.json', () => {
    const facts = JSON.parse(
      readFileSync(new URL('../../../data/foil/legal-facts.json', import.meta.url), 'utf8'),
    ) as { id: string }[];
    const ids = new Set(facts.map((f) => f.id));
    for (const d of list) {
      expect(d.facts.length, d.id).toBeGreaterThan(0);
      for (const f of d.facts) expect(ids.has(f), `${d.id} cites ${f}`).toBe(true);
    }
  });
});

describe('day 1 of the count', () => {
  it.each([
    // Email at 4:30 pm on Wed Dec 24: late, so Fri Dec 26 (after Christmas) is day 1;
    // Dec 26 (1), 29 (2), 30 (3), 31 (4), [Jan 1], Jan 2 (5).
    [
      'email at 4:30 pm on Christmas Eve',
      '2025-12-24',
      'electronic',
      '16:30',
      '2025-12-26',
      '2026-01-02',
    ],
    // The cut-off itself counts as late.
    [
      `email exactly at the ${LATE_CUTOFF} cut-off`,
      '2025-12-24',
      'electronic',
      LATE_CUTOFF,
      '2025-12-26',
      '2026-01-02',
    ],
    // Email at 10:00 am: same day; Dec 24 (1), 26 (2), 29 (3), 30 (4), 31 (5).
    [
      'email at 10:00 am on Christmas Eve',
      '2025-12-24',
      'electronic',
      '10:00',
      '2025-12-24',
      '2025-12-31',
    ],
    // A Saturday email at 9:00 am: Monday Jul 7 is day 1; Jul 7–11.
    [
      'email on Saturday 5 July 2025',
      '2025-07-05',
      'electronic',
      '09:00',
      '2025-07-07',
      '2025-07-11',
    ],
    // Letter delivered on Christmas Day: Fri Dec 26 is day 1.
    [
      'letter received on Christmas Day',
      '2025-12-25',
      'paper',
      undefined,
      '2025-12-26',
      '2026-01-02',
    ],
    // Late email on Friday 12 Dec 2025: Monday 15 is day 1; Dec 15–19.
    [
      'email at 11:59 pm on a Friday',
      '2025-12-12',
      'electronic',
      '23:59',
      '2025-12-15',
      '2025-12-19',
    ],
  ] as const)('%s: day 1 %s…', (_label, receivedOn, channel, receivedAt, dayOne, response) => {
    const d = dates({ receivedOn, channel, receivedAt });
    expect(d['day-one']).toBe(dayOne);
    expect(d['response']).toBe(response);
  });

  it('explains a late email with the cut-off and the next business day', () => {
    const first = computeDeadlines(
      {
        receivedOn: '2025-12-24',
        channel: 'electronic',
        receivedAt: '16:30',
      },
      terms,
    )[0];
    expect(first?.explanation[0]).toBe(
      'Received at 4:30 pm, late in the day (at or after 4:00 pm, our cut-off), so the next business day, Friday, December 26, 2025, is day 1. Not counted: Thu Dec 25 (Christmas Day).',
    );
  });
});

describe('dates the requester enters', () => {
  it('counts the approximate date and the appeal from an actual acknowledgment', () => {
    // 20 business days after Tue Dec 23: Dec 24, 26, 29, 30, 31, Jan 2, 5–9, 12–16, 20–23 -> Fri Jan 23.
    // No decision by then: constructive denial; Jan 23 + 30 = Sun Feb 22 -> Mon Feb 23 (GCL § 25-a).
    const d = dates({ receivedOn: '2025-12-22', channel: 'paper', acknowledgedOn: '2025-12-23' });
    expect(d['approximate']).toBe('2026-01-23');
    expect(d['appeal']).toBe('2026-02-23');
  });

  it('moves an appeal deadline over a weekend and Washington’s Birthday', () => {
    // Denied Fri Jan 16 2026 + 30 = Sun Feb 15; Mon Feb 16 is Washington's Birthday -> Tue Feb 17.
    const list = computeDeadlines(
      {
        receivedOn: '2026-01-05',
        channel: 'paper',
        deniedOn: '2026-01-16',
      },
      terms,
    );
    const appeal = byId(list, 'appeal');
    expect(appeal.date).toBe('2026-02-17');
    expect(appeal.explanation[1]).toContain(
      "Sun Feb 15 (Sunday), Mon Feb 16 (Washington's Birthday)",
    );
  });

  it('counts the appeals officer’s ten days over Lincoln’s and Washington’s Birthdays', () => {
    // Appeal received Wed Feb 11 2026 = day 1; Feb 12 and Feb 16 are holidays:
    // Feb 11, 13, 17, 18, 19, 20, 23, 24, 25, 26 -> Thu Feb 26.
    const d = dates({
      receivedOn: '2026-01-05',
      channel: 'paper',
      deniedOn: '2026-01-16',
      appealReceivedOn: '2026-02-11',
    });
    expect(d['appeal-decision']).toBe('2026-02-26');
  });

  it('ends four months after 31 October on the last day of February, then the next business day', () => {
    // Oct 31 2026 + 4 months -> Feb 28 2027 (no Feb 31), a Sunday -> Mon Mar 1 2027.
    const list = computeDeadlines(
      {
        receivedOn: '2026-01-05',
        channel: 'paper',
        deniedOn: '2026-01-16',
        appealReceivedOn: '2026-02-11',
        appealDecidedOn: '2026-10-31',
      },
      terms,
    );
    const a78 = byId(list, 'article-78');
    expect(a78.date).toBe('2027-03-01');
    expect(a78.explanation[0]).toContain('(that month has no such day, so its last day)');
    expect(a78.assumptions).toEqual([]);
  });
});

describe('bad input', () => {
  it.each([
    [{ receivedOn: '2025-02-30', channel: 'paper' }, 'receivedOn', /real date/],
    [{ receivedOn: '', channel: 'paper' }, 'receivedOn', /Enter the date/],
    [{ receivedOn: '2025-12-22', channel: 'electronic', receivedAt: '4pm' }, 'receivedAt', /HH:MM/],
    [
      { receivedOn: '2025-12-22', channel: 'paper', deniedOn: '2025-12-01' },
      'deniedOn',
      /cannot be before/,
    ],
    [
      {
        receivedOn: '2025-12-22',
        channel: 'paper',
        deniedOn: '2026-01-10',
        appealReceivedOn: '2026-01-05',
      },
      'appealReceivedOn',
      /cannot be before the denial date/,
    ],
  ] as const)('rejects %o naming the field %s', (input, field, message) => {
    expect(() => computeDeadlines(input as DeadlineInput, terms)).toThrow(message);
    try {
      computeDeadlines(input, terms);
    } catch (e) {
      expect((e as { field: string }).field).toBe(field);
    }
  });
});

describe('dates outside the supported range or not dates at all', () => {
  const FIELDS = [
    'receivedOn',
    'acknowledgedOn',
    'deniedOn',
    'appealReceivedOn',
    'appealDecidedOn',
  ] as const;
  const CASES = [
    ['9999-12-31', 'after-range', /is after the dates this tool can count/],
    ['0001-01-01', 'before-range', /is before the dates this tool can count/],
    ['2025-02-30', 'impossible', /February 2025 has 28 days/],
    ['garbage', 'malformed', /must be written as year-month-day/],
  ] as const;

  describe.each(FIELDS)('in %s', (field) => {
    it.each(CASES)(
      '%s is refused with reason %s, never an uncaught error',
      (value, reason, message) => {
        const input: DeadlineInput = { receivedOn: '2025-12-22', channel: 'paper', [field]: value };
        const problems = checkDeadlineInput(input);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatchObject({ field, reason });
        expect(problems[0]?.message).toMatch(message);
        let thrown: unknown;
        try {
          computeDeadlines(input, terms);
        } catch (e) {
          thrown = e;
        }
        expect(thrown).toBeInstanceOf(DeadlineInputError);
        expect(thrown).toMatchObject({ field, reason });
      },
    );
  });

  it('lists every problem at once, in form order', () => {
    expect(
      checkDeadlineInput({
        receivedOn: '',
        channel: 'paper',
        deniedOn: '9999-12-31',
        appealDecidedOn: '2025-02-30',
      }).map((p) => [p.field, p.reason]),
    ).toEqual([
      ['receivedOn', 'empty'],
      ['deniedOn', 'after-range'],
      ['appealDecidedOn', 'impossible'],
    ]);
  });

  it('counts from the last supported date without running off the calendar', () => {
    const list = computeDeadlines(
      {
        receivedOn: '2100-12-31',
        channel: 'paper',
        deniedOn: '2100-12-31',
        appealReceivedOn: '2100-12-31',
        appealDecidedOn: '2100-12-31',
      },
      terms,
    );
    expect(list.map((d) => d.date).every((d) => d >= '2100-12-31' && d < '2102-01-01')).toBe(true);
    // The first supported date works too (a Tuesday, New Year's Day).
    expect(dates({ receivedOn: '1980-01-01', channel: 'paper' })['day-one']).toBe('1980-01-02');
  });

  it('treats blank optional dates as not entered', () => {
    expect(
      dates({ receivedOn: ' 2025-12-22 ', channel: 'paper', deniedOn: '  ' })['response'],
    ).toBe('2025-12-29');
  });

  it('guards firstCountedDay too', () => {
    expect(() => firstCountedDay('9999-12-31', 'paper')).toThrow(DeadlineInputError);
    expect(() => firstCountedDay('2025-12-22', 'electronic', '25:00')).toThrow(/HH:MM/);
  });
});

describe('deadlineTiming', () => {
  it('says plainly when a deadline has passed, compared with today in New York', () => {
    expect(deadlineTiming('2026-01-28', '2026-12-03')).toBe(
      'This date has passed (today is December 3, 2026 in New York).',
    );
  });

  it('says when it is today, and nothing while it is ahead', () => {
    expect(deadlineTiming('2026-12-03', '2026-12-03')).toBe(
      'This date is today (December 3, 2026 in New York).',
    );
    expect(deadlineTiming('2026-12-04', '2026-12-03')).toBeNull();
  });
});

describe('periods and citations come from the legal facts, not the code', () => {
  // Hypothetical terms, to show that every period and citation is read from them.
  const other: FoilTerms = {
    laws: { ...terms.laws, 'gcl-25a-next-business-day': 'GCL § 25-a (test wording)' },
    periods: {
      'foil-response-5-days': { count: 7, unit: 'business-days' },
      'foil-approximate-20-days': { count: 15, unit: 'business-days' },
      'foil-appeal-30-days': { count: 45, unit: 'days' },
      'foil-appeal-10-days': { count: 3, unit: 'business-days' },
      'cplr-217-four-months': { count: 6, unit: 'months' },
    },
  };
  const list = computeDeadlines({ receivedOn: '2025-12-22', channel: 'paper' }, other);

  it('counts each period as the terms give it', () => {
    expect(Object.fromEntries(list.map((d) => [d.id, d.date]))).toEqual({
      'day-one': '2025-12-22',
      // Dec 22, 23, 24, [25], 26, [27, 28], 29, 30, 31 -> seventh business day Wed Dec 31.
      response: '2025-12-31',
      // 15 business days after Dec 31: [Jan 1], Jan 2, 5–9, 12–16, [19 MLK], 20–23 -> Fri Jan 23.
      approximate: '2026-01-23',
      // Dec 31 + 45 days = Sat Feb 14 -> [Feb 16 Washington's Birthday] -> Tue Feb 17.
      appeal: '2026-02-17',
      // Feb 17 (1), 18 (2), 19 (3).
      'appeal-decision': '2026-02-19',
      // Feb 19 + 6 months = Wed Aug 19, 2026.
      'article-78': '2026-08-19',
    });
  });

  it('says each period and citation in the words of the terms', () => {
    const text = list.flatMap((d) => [...d.explanation, ...d.assumptions]).join(' ');
    expect(text).toContain('Seven business days counted from day 1');
    expect(text).toContain('Fifteen business days after the acknowledgment');
    expect(text).toContain('by the seven-business-day deadline');
    expect(text).toContain('We count the 45 days from the denial date');
    expect(text).toContain('Forty-five calendar days after');
    expect(text).toContain('so under GCL § 25-a (test wording) the deadline moves');
    expect(text).toContain('Three business days:');
    expect(text).toContain('Six months after the appeal determination');
    expect(text).not.toMatch(/(?<![-\w])(?:five|Five|twenty|Twenty|Thirty|Ten|Four)\b/);
  });
});

describe('keyDates', () => {
  it('gives the response, appeal and court dates first, in that order', () => {
    const list = computeDeadlines({ receivedOn: '2025-12-22', channel: 'paper' }, terms);
    expect(keyDates(list).map((k) => [k.label, k.date])).toEqual([
      ['Response due', '2025-12-29'],
      ['Appeal by', '2026-01-28'],
      ['Court by', '2026-06-10'],
    ]);
  });

  it('refuses a list without one of them', () => {
    const list = computeDeadlines({ receivedOn: '2025-12-22', channel: 'paper' }, terms);
    expect(() => keyDates(list.filter((d) => d.id !== 'appeal'))).toThrow(/lack "appeal"/);
  });
});

describe('factsUsed', () => {
  it('lists each legal fact of the dates once, in first-cited order', () => {
    const list = computeDeadlines({ receivedOn: '2025-12-22', channel: 'paper' }, terms);
    const used = factsUsed(list);
    expect(new Set(used).size).toBe(used.length);
    expect(used[0]).toBe('coog-day-of-receipt');
    expect(used).toEqual(expect.arrayContaining(['foil-response-5-days', 'cplr-217-four-months']));
    expect(used.length).toBeLessThan(list.flatMap((d) => d.facts).length);
  });
});
