import { describe, expect, it } from 'vitest';
import type { Field } from '../../src/schemas/stats.ts';
import { StatsInputError } from './errors.ts';
import type { LinedRow } from '../../src/lib/stats/published.ts';
import { checkHeader, validateRows } from './validate.ts';

const fields: Field[] = [
  { name: 'id', type: 'string', constraints: { required: true } },
  { name: 'date', type: 'date', constraints: { required: true } },
  {
    name: 'technology',
    type: 'string',
    constraints: { required: true, 'x-pp-enum': 'technologies' },
  },
  { name: 'count', type: 'integer', constraints: { minimum: 0 } },
  { name: 'outcome', type: 'string', constraints: { enum: ['granted', 'denied'] } },
  { name: 'condition', type: 'string', constraints: { pattern: '^external-entities-p[0-9]+$' } },
  { name: 'source', type: 'string', format: 'uri' },
];
const techs = new Set(['facial-recognition']);
const good = [
  'r1',
  '2024-01-05',
  'facial-recognition',
  '3',
  'granted',
  'external-entities-p2',
  'https://example.org/a',
];
const run = (rows: string[][]): void =>
  validateRows(
    'data/x.csv',
    rows.map((values, i): LinedRow => ({ line: i + 2, values })),
    fields,
    ['id'],
    techs,
  );
const with_ = (i: number, v: string): string[] => good.map((x, j) => (j === i ? v : x));

describe('validateRows', () => {
  it('accepts rows that match the descriptor', () => {
    expect(() => run([good, with_(0, 'r2')])).not.toThrow();
  });

  it.each([
    [
      'a malformed row',
      [good.slice(0, 6)],
      'data/x.csv:2: the row has 6 values but the header has 7 columns. Fix: give the row exactly one value per header column',
    ],
    [
      'a wrong type (date)',
      [with_(1, '05/01/2024')],
      'data/x.csv:2, column "date": expected a date as YYYY-MM-DD. Fix: write the date as YYYY-MM-DD',
    ],
    [
      'a wrong type (integer)',
      [with_(3, '3.5')],
      'data/x.csv:2, column "count": expected a whole number. Fix:',
    ],
    [
      'an unknown technology',
      [with_(2, 'drones')],
      'data/x.csv:2, column "technology": unknown technology "drones". Fix: use a policy slug',
    ],
    [
      'a negative count',
      [with_(3, '-1')],
      'data/x.csv:2, column "count": the value is below 0 (a negative count). Fix: counts cannot be negative',
    ],
    [
      'a duplicate key',
      [good, good],
      'data/x.csv:3, column "id": duplicate key: the same id as line 2. Fix: remove the repeated row',
    ],
    [
      'an empty required value',
      [with_(0, '')],
      'data/x.csv:2, column "id": the value is empty. Fix: fill in the value',
    ],
    [
      'a value outside the enum',
      [with_(4, 'maybe')],
      'data/x.csv:2, column "outcome": the value is not one of "granted", "denied". Fix:',
    ],
    [
      'a value not matching the pattern',
      [with_(5, 'rules-p1')],
      'data/x.csv:2, column "condition": the value does not match',
    ],
    [
      'a source that is not a web address',
      [with_(6, 'a newspaper')],
      'data/x.csv:2, column "source": expected a web address. Fix:',
    ],
  ])('stops at %s with file, line, column and fix', (_kind, rows, message) => {
    expect(() => run(rows)).toThrow(StatsInputError);
    expect(() => run(rows)).toThrow(message);
  });
});

describe('checkHeader', () => {
  it('accepts the declared columns in order', () => {
    expect(() =>
      checkHeader(
        'f.csv',
        fields.map((f) => f.name),
        fields,
      ),
    ).not.toThrow();
  });

  it('names missing and undeclared columns of a file that does not match its descriptor', () => {
    const header = ['id', 'date', 'technology', 'count', 'outcome', 'condition', 'officer'];
    expect(() => checkHeader('f.csv', header, fields)).toThrow(
      'f.csv:1: the header does not match the descriptor (missing "source"; not declared "officer")',
    );
  });

  it('reports columns in a different order', () => {
    const header = fields.map((f) => f.name).reverse();
    expect(() => checkHeader('f.csv', header, fields)).toThrow(/columns are in a different order/);
  });
});
