import { describe, expect, it } from 'vitest';
import { type Hyphenation, hyphenRule, joinText } from './hyphenation.ts';

describe('hyphenRule', () => {
  const doc =
    'systems for real-\ntime analysis. No real-time capability. A multi-\nfaceted and multifaceted plan. An industry-\nstandard. Anti-\nTerrorism.';
  const decide = hyphenRule(doc);

  it.each([
    ['real', 'time analysis.', 'kept'],
    ['multi', 'faceted and', 'removed'],
    ['industry', 'standard.', 'kept'],
    ['Anti', 'Terrorism.', 'kept'],
  ])('%s- / %s -> hyphen %s', (left, right, decision) => {
    expect(decide(left, right).decision).toBe(decision);
  });

  it('does not count the broken compound itself as evidence', () => {
    expect(hyphenRule('a self-\nevident truth')('self', 'evident').reason).toBe(
      'no evidence of a broken word; kept as printed',
    );
  });
});

describe('joinText', () => {
  const decide = hyphenRule('the multifaceted plan and the real-time view');

  it('joins with one space', () => {
    expect(joinText('purposes', 'and more', decide, [])).toBe('purposes and more');
  });

  it('keeps or removes a line-end hyphen as decided and logs the decision', () => {
    const log: Hyphenation[] = [];
    expect(joinText('for real-', 'time use', decide, log)).toBe('for real-time use');
    expect(joinText('a multi-', 'faceted plan', decide, log)).toBe('a multifaceted plan');
    expect(log.map((h) => h.decision)).toEqual(['kept', 'removed']);
  });
});
