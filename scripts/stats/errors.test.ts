import { describe, expect, it } from 'vitest';
import { describeAllowed, describeValue, formatInputError } from './errors.ts';

describe('describeValue', () => {
  it.each([
    ['Bronx', '"Bronx"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['a\u0000b', '"a\\u0000b"'],
    ['two\nlines\r', '"two\\u000alines\\u000d"'],
    ['right\u202Eto left', '"right\\u202eto left"'],
    ['back\\slash', '"back\\\\slash"'],
  ])('quotes %j as %s', (value, out) => {
    expect(describeValue(value)).toBe(out);
  });

  it('truncates a long value and gives its length', () => {
    expect(describeValue('x'.repeat(1 << 20))).toBe(`"${'x'.repeat(40)}…" (1048576 characters)`);
  });
});

describe('describeAllowed', () => {
  it('lists the allowed values, at most 30', () => {
    expect(describeAllowed(['a', 'b'])).toBe('"a", "b"');
    expect(describeAllowed([])).toBe('none (the list is empty)');
    expect(describeAllowed(Array.from({ length: 32 }, (_, i) => `v${i}`))).toMatch(
      /"v29" and 2 more$/,
    );
  });
});

describe('formatInputError', () => {
  it('names file, line and column', () => {
    expect(formatInputError({ file: 'f.csv', line: 3, column: 'c' }, 'bad', 'fix it')).toBe(
      'f.csv:3, column "c": bad. Fix: fix it',
    );
  });
});
