import { describe, expect, it } from 'vitest';
import type { Field } from '../../src/schemas/stats.ts';
import { valueChecks } from './value-checks.ts';

describe('valueChecks', () => {
  const fields: Field[] = [
    { name: 'id', type: 'string', constraints: { required: true, pattern: '^R[0-9]+$' } },
    { name: 'n', type: 'integer', constraints: { minimum: 0 } },
    { name: 'opened', type: 'date' },
    { name: 'closed', type: 'date', constraints: { 'x-pp-notBefore': 'opened' } },
    { name: 'tech', type: 'string', constraints: { 'x-pp-enum': 'technologies' } },
    { name: 'kind', type: 'string', constraints: { required: false, enum: ['a', "b'c"] } },
    { name: 'note', type: 'string' },
  ];

  it('applies each declared constraint, field by field in declared order', () => {
    expect(valueChecks(fields, new Set(['alpha'])).map((c) => [c.column, c.problem])).toEqual([
      ['id', 'the value is empty'],
      ['id', 'the value does not match ^R[0-9]+$'],
      ['n', 'expected a whole number'],
      ['n', 'the value is below 0 (a negative count)'],
      ['opened', 'expected a date as YYYY-MM-DD'],
      ['closed', 'expected a date as YYYY-MM-DD'],
      ['closed', 'the date is earlier than "opened" of the same row'],
      ['tech', 'unknown technology'],
      ['kind', 'the value is not one of "a", "b\'c"'],
    ]);
  });

  it('quotes identifiers and literals in the SQL conditions', () => {
    const checks = valueChecks(fields, new Set());
    expect(checks.find((c) => c.column === 'kind')?.sql).toBe(
      `"kind" IS NOT NULL AND "kind" NOT IN ('a', 'b''c')`,
    );
    expect(checks.find((c) => c.column === 'tech')?.sql).toBe('"tech" IS NOT NULL AND true');
    expect(checks.find((c) => c.problem.startsWith('the date is earlier'))?.sql).toBe(
      'TRY_CAST("closed" AS DATE) < TRY_CAST("opened" AS DATE)',
    );
  });
});
