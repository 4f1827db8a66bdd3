import { describe, expect, it } from 'vitest';
import { CitationIdSchema, KeyFactsFileSchema } from './oversight.ts';

function file(citations: string[], reviewed = '2026-11-21') {
  return {
    slug: 'x-ray',
    reviewed,
    facts: { retention: { value: '30 days', citations } },
  };
}

describe('key-facts files', () => {
  it.each(['retention-p2', 'rules-p3-1', 'abstract-p1', 'changes', 'addendum-1'])(
    'accepts the citation %s',
    (id) => {
      expect(CitationIdSchema.safeParse(id).success).toBe(true);
      expect(KeyFactsFileSchema.safeParse(file([id])).success).toBe(true);
    },
  );

  it.each(['bogus-p1', 'rules-p0', 'rules-p1-0', 'addendum-0', 'addendum-', 'change'])(
    'refuses the citation %s, naming the field',
    (id) => {
      const r = KeyFactsFileSchema.safeParse(file([id]));
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['facts', 'retention', 'citations', 0]);
      expect(r.error?.issues[0]?.message).toMatch(/paragraph id .*"changes".*"addendum-<i>"/);
    },
  );

  it('refuses a review date that is not on the calendar', () => {
    const r = KeyFactsFileSchema.safeParse(file(['retention-p2'], '2026-02-29'));
    expect(r.error?.issues[0]?.path).toEqual(['reviewed']);
  });
});
