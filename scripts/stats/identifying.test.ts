import { describe, expect, it } from 'vitest';
import {
  COORDINATE_SQL_PATTERN,
  findIdentifyingColumns,
  identifyingKindByName,
  identifyingKindOfValue,
} from './identifying.ts';

describe('identifying columns by name', () => {
  it.each([
    ['officer_name', 'person name'],
    ['Requester', 'person name'],
    ['date_of_birth', 'date of birth'],
    ['DOB', 'date of birth'],
    ['home_address', 'address'],
    ['zip_code', 'address'],
    ['plate_number', 'plate number'],
    ['NYSID', 'NYSID or similar personal identifier'],
    ['complaint_no', 'case or complaint number'],
    ['CMPLNT_NUM', 'case or complaint number'],
    ['case_number', 'case or complaint number'],
    ['narrative', 'free text'],
    ['notes', 'free text'],
    ['latitude', 'coordinates'],
    ['Longitude', 'coordinates'],
    ['event_time', 'timestamp finer than a day'],
    ['email', 'contact details'],
  ])('refuses a column named %s as %s', (name, kind) => {
    expect(identifyingKindByName(name)).toBe(kind);
  });

  it.each([
    'technology',
    'purpose',
    'offense_type',
    'outcome',
    'borough',
    'date',
    'recipient_type',
    'condition',
  ])('accepts a column named %s', (name) => {
    expect(identifyingKindByName(name)).toBeNull();
  });
});

describe('identifying values', () => {
  it.each([
    ['2024-01-05 13:45:00', 'timestamp finer than a day'],
    ['2024-01-05T13:45', 'timestamp finer than a day'],
    ['13:45', 'timestamp finer than a day'],
    ['40.712776', 'coordinates'],
    ['40.7128, -74.0060', 'coordinates'],
    ['ABC1234', 'plate number'],
    ['12345678A', 'NYSID or similar personal identifier'],
    ['1985-04-12', 'date of birth'],
    ['123 Main St', 'address'],
    ['Doe, John', 'person name'],
    ['jdoe@example.org', 'contact details'],
    ['(212) 555-0100', 'contact details'],
    [
      'Subject was observed leaving the premises at the corner and was later identified by the detective',
      'free text',
    ],
    ['x'.repeat(61), 'free text'],
  ])('sees %j as %s', (value, kind) => {
    expect(identifyingKindOfValue(value, 'string')).toBe(kind);
  });

  it.each(['criminal investigation', 'missing person', 'facial-recognition', 'Staten Island', ''])(
    'accepts the category value %j',
    (value) => {
      expect(identifyingKindOfValue(value, 'string')).toBeNull();
    },
  );

  it('accepts a plain date in a date column but not a timestamp', () => {
    expect(identifyingKindOfValue('2024-01-05', 'date')).toBeNull();
    expect(identifyingKindOfValue('2024-01-05 10:00', 'date')).toBe('timestamp finer than a day');
  });

  it('scans number columns in SQL with the same coordinate pattern', () => {
    const re = new RegExp(`^${COORDINATE_SQL_PATTERN}$`);
    expect(['40.712776', '-74.0060'].every((v) => re.test(v))).toBe(true);
    expect(['2.5', '1851', '40.71'].some((v) => re.test(v))).toBe(false);
  });
});

describe('findIdentifyingColumns', () => {
  it('accepts identifying columns the descriptor declares dropped before aggregation', () => {
    const columns = ['case_number', 'plate', 'purpose'];
    expect(findIdentifyingColumns(columns, new Set(['case_number', 'plate']))).toEqual([]);
    expect(findIdentifyingColumns(columns, new Set(['case_number']))).toEqual([
      { column: 'plate', kind: 'plate number' },
    ]);
  });
});
