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
    { name: 'hours', type: 'number' },
  ];

  const ctx = { vocabularies: { technologies: ['alpha'] }, buildDate: '2025-06-30' };

  it('applies each declared constraint, field by field in declared order', () => {
    expect(valueChecks(fields, ctx).map((c) => [c.column, c.problem])).toEqual([
      ['id', 'the value is empty'],
      ['id', 'the value does not match ^R[0-9]+$'],
      ['n', 'expected a whole number'],
      ['n', 'the value is below 0 (a negative count)'],
      ['opened', 'expected a date as YYYY-MM-DD'],
      ['opened', 'the date is later than the build date, 2025-06-30'],
      ['closed', 'expected a date as YYYY-MM-DD'],
      ['closed', 'the date is later than the build date, 2025-06-30'],
      ['closed', 'the date is earlier than "opened" of the same row'],
      ['tech', 'unknown technology'],
      ['kind', "the value is not in the column's closed vocabulary"],
      ['hours', 'expected a number'],
      ['hours', 'the value looks like identifying data (coordinates)'],
    ]);
  });

  it('lists the allowed values of a closed vocabulary for the message', () => {
    const checks = valueChecks(fields, ctx);
    expect(checks.find((c) => c.column === 'tech')?.allowed).toEqual(['alpha']);
    expect(checks.find((c) => c.column === 'kind')?.allowed).toEqual(['a', "b'c"]);
  });

  it('quotes identifiers and literals in the SQL conditions', () => {
    const checks = valueChecks(fields, { vocabularies: {}, buildDate: '2025-06-30' });
    expect(checks.find((c) => c.column === 'kind')?.sql).toBe(
      `"kind" IS NOT NULL AND "kind" NOT IN ('a', 'b''c')`,
    );
    expect(checks.find((c) => c.column === 'tech')?.sql).toBe('"tech" IS NOT NULL AND true');
    expect(checks.find((c) => c.problem.startsWith('the date is earlier'))?.sql).toBe(
      'TRY_CAST("closed" AS DATE) < TRY_CAST("opened" AS DATE)',
    );
    expect(checks.find((c) => c.problem.startsWith('the date is later'))?.sql).toBe(
      `"opened" > '2025-06-30'`,
    );
  });
});
