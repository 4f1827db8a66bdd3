import { describe, expect, it } from 'vitest';
import {
  findIdentifyingColumns,
  identifyingKindByName,
  identifyingKindByValues,
  type ColumnSample,
} from './identifying.ts';

const col = (
  name: string,
  values: string[],
  type = 'string',
  enumerated = false,
): ColumnSample => ({
  name,
  type,
  enumerated,
  values,
});

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

describe('identifying columns by value', () => {
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
  ])('refuses a column whose values look like %j', (value, kind) => {
    const found = identifyingKindByValues(col('ref', [value, value, '']));
    expect(found).toEqual({ kind, line: 2 });
  });

  it('reports the line of the first matching value', () => {
    expect(identifyingKindByValues(col('ref', ['', 'x', 'ABC1234', 'XYZ9876']))).toEqual({
      kind: 'plate number',
      line: 4,
    });
  });

  it('accepts ordinary category values', () => {
    expect(
      identifyingKindByValues(col('purpose', ['criminal investigation', 'missing person'])),
    ).toBeNull();
    expect(identifyingKindByValues(col('technology', ['facial-recognition']))).toBeNull();
  });

  it('refuses a timestamp even in a declared date column but accepts plain dates there', () => {
    expect(identifyingKindByValues(col('date', ['2024-01-05'], 'date'))).toBeNull();
    expect(identifyingKindByValues(col('date', ['2024-01-05 10:00'], 'date'))?.kind).toBe(
      'timestamp finer than a day',
    );
  });
});

describe('findIdentifyingColumns', () => {
  it('accepts identifying columns the descriptor declares dropped before aggregation', () => {
    const columns = [col('case_number', ['123']), col('plate', ['ABC1234']), col('purpose', ['x'])];
    expect(findIdentifyingColumns(columns, new Set(['case_number', 'plate']))).toEqual([]);
    expect(findIdentifyingColumns(columns, new Set(['case_number']))).toEqual([
      { column: 'plate', kind: 'plate number', by: 'name' },
    ]);
  });
});
