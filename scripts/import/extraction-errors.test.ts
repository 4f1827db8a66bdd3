import { describe, expect, it } from 'vitest';
import { findSuspectedErrors } from './extraction-errors.ts';

const doc =
  'Such disclosure is required. Such disclosure furthers. Suchdisclosure is routine. Internal Affairs Bureau (1AB) and IAB. ICOs and 1COs. Article | of the Constitution (e.qg., e.g., i.e.). 1A and 1B.';

describe('findSuspectedErrors', () => {
  const found = findSuspectedErrors([{ where: 'x-p1', text: doc }], doc);

  it.each([
    ['e.qg.', 'garbled abbreviation', 'e.g.'],
    ['Suchdisclosure', 'words run together', 'Such disclosure'],
    ['1AB', 'digit read for a capital letter', 'IAB'],
    ['1COs', 'digit read for a capital letter', 'ICOs'],
    ['Article |', 'stray "|" (probably "I" or "l")', 'Article I'],
  ])('flags %j (%s) and suggests %j', (text, rule, suggestion) => {
    expect(found).toContainEqual({ text, where: 'x-p1', rule, suggestion });
  });

  it('flags nothing else (e.g. "i.e.", or "1A" where no "IA" is printed)', () => {
    expect(found).toHaveLength(5);
  });

  it('does not flag a long word printed more than once', () => {
    const text = 'whichever whichever which which ever ever';
    expect(findSuspectedErrors([{ where: 'p', text }], text)).toEqual([]);
  });
});
