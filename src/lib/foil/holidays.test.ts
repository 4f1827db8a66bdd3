import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { weekday } from '../calendar.ts';
import { holidayOn, nyPublicHolidays } from './holidays.ts';

/**
 * Expected holidays, worked out by hand from a printed calendar for each year.
 * Order: New Year, MLK, Lincoln, Washington, Memorial, Flag, Juneteenth, July 4,
 * Labor, Columbus, Election, Veterans, Thanksgiving, Christmas.
 */
// prettier-ignore
const EXPECTED: Record<number, string[]> = {
  // Jul 4 2021 is a Sunday -> Mon Jul 5. Juneteenth and Christmas fall on Saturdays: not moved.
  2021: ['01-01', '01-18', '02-12', '02-15', '05-31', '06-13', '06-19', '07-05', '09-06', '10-11', '11-02', '11-11', '11-25', '12-25'],
  // Juneteenth (Sun) -> Jun 20; Christmas (Sun) -> Dec 26; Jan 1 and Feb 12 are Saturdays.
  2022: ['01-01', '01-17', '02-12', '02-21', '05-30', '06-12', '06-20', '07-04', '09-05', '10-10', '11-08', '11-11', '11-24', '12-26'],
  // Jan 1 (Sun) -> Jan 2; Lincoln's Birthday (Sun) -> Feb 13.
  2023: ['01-02', '01-16', '02-13', '02-20', '05-29', '06-11', '06-19', '07-04', '09-04', '10-09', '11-07', '11-11', '11-23', '12-25'],
  2024: ['01-01', '01-15', '02-12', '02-19', '05-27', '06-09', '06-19', '07-04', '09-02', '10-14', '11-05', '11-11', '11-28', '12-25'],
  2025: ['01-01', '01-20', '02-12', '02-17', '05-26', '06-08', '06-19', '07-04', '09-01', '10-13', '11-04', '11-11', '11-27', '12-25'],
  2026: ['01-01', '01-19', '02-12', '02-16', '05-25', '06-14', '06-19', '07-04', '09-07', '10-12', '11-03', '11-11', '11-26', '12-25'],
  // Jul 4 2027 is a Sunday -> Mon Jul 5.
  2027: ['01-01', '01-18', '02-12', '02-15', '05-31', '06-13', '06-19', '07-05', '09-06', '10-11', '11-02', '11-11', '11-25', '12-25'],
  2028: ['01-01', '01-17', '02-12', '02-21', '05-29', '06-11', '06-19', '07-04', '09-04', '10-09', '11-07', '11-11', '11-23', '12-25'],
  // Veterans' Day 2029 is a Sunday -> Mon Nov 12.
  2029: ['01-01', '01-15', '02-12', '02-19', '05-28', '06-10', '06-19', '07-04', '09-03', '10-08', '11-06', '11-12', '11-22', '12-25'],
  2030: ['01-01', '01-21', '02-12', '02-18', '05-27', '06-09', '06-19', '07-04', '09-02', '10-14', '11-05', '11-11', '11-28', '12-25'],
};

const NAMES = [
  "New Year's Day",
  'Dr. Martin Luther King Jr. Day',
  "Lincoln's Birthday",
  "Washington's Birthday",
  'Memorial Day',
  'Flag Day',
  'Juneteenth',
  'Independence Day',
  'Labor Day',
  'Columbus Day',
  'General Election Day',
  "Veterans' Day",
  'Thanksgiving Day',
  'Christmas Day',
];

describe.each(Object.entries(EXPECTED))('New York public holidays in %s', (year, days) => {
  const actual = nyPublicHolidays(Number(year));

  it('lists the fourteen holidays of GCL § 24 on the expected dates', () => {
    const byName = new Map(actual.map((h) => [h.name, h.date]));
    expect(NAMES.map((n) => byName.get(n))).toEqual(days.map((d) => `${year}-${d}`));
  });

  it('returns them in date order', () => {
    const dates = actual.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('never moves Flag Day off its Sunday', () => {
    const flag = actual.find((h) => h.name === 'Flag Day');
    expect(flag && weekday(flag.date)).toBe(0);
    expect(flag?.movedFrom).toBeUndefined();
  });

  it('puts no holiday on a Sunday except Flag Day', () => {
    const sundays = actual.filter((h) => weekday(h.date) === 0).map((h) => h.name);
    expect(sundays).toEqual(['Flag Day']);
  });
});

describe('2025 against the reference list (data/foil/ny-holidays-2025.csv)', () => {
  const rows = parse<Record<string, string>>(
    readFileSync(new URL('../../../data/foil/ny-holidays-2025.csv', import.meta.url)),
    {
      columns: true,
      skip_empty_lines: true,
    },
  );
  const MONTH: Record<string, string> = {
    Jan: '01',
    Feb: '02',
    May: '05',
    Jun: '06',
    Jul: '07',
    Sep: '09',
    Oct: '10',
    Nov: '11',
    Dec: '12',
  };
  // "Wed Jan 1 2025 (list prints 'Monday January 1, 2025' — day-of-week error in source)":
  // the date is read from the leading "Wed Jan 1 2025"; the printed weekday is the source's error.
  const listed = rows.flatMap((r) => {
    const m = /^(\w{3}) (\w{3}) (\d{1,2}) 2025/.exec(
      r['date_2025_per_SUNY_Delhi_state_employee_list'] ?? '',
    );
    return m
      ? [
          {
            name: r['holiday'] ?? '',
            date: `2025-${MONTH[m[2] as string]}-${String(m[3]).padStart(2, '0')}`,
            dow: m[1],
          },
        ]
      : [];
  });
  const computed = nyPublicHolidays(2025);

  it('reads the thirteen dated rows of the reference list', () => {
    expect(listed).toHaveLength(13);
  });

  it.each(listed)('computes $name on $date', ({ name, date, dow }) => {
    expect(computed.find((h) => h.name.replace('’', "'") === name)?.date).toBe(date);
    expect(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][weekday(date)]).toBe(dow);
  });

  it('adds Flag Day (a Sunday, not on the employee list) on June 8', () => {
    expect(computed.find((h) => h.name === 'Flag Day')?.date).toBe('2025-06-08');
  });
});

describe('holidayOn', () => {
  it('finds an observed Monday and records the Sunday it was moved from', () => {
    expect(holidayOn('2023-01-02')).toMatchObject({
      name: "New Year's Day",
      movedFrom: '2023-01-01',
    });
  });

  it('does not treat the Sunday itself as the holiday once it is moved', () => {
    expect(holidayOn('2023-01-01')).toBeUndefined();
  });

  it('returns undefined on an ordinary business day', () => {
    expect(holidayOn('2025-12-22')).toBeUndefined();
  });
});
