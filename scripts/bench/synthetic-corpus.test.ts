import { describe, expect, it } from 'vitest';
import { parsePolicyBody } from '../../src/lib/policy/body.ts';
import { SECTION_KEYS } from '../../src/schemas/sections.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

describe('syntheticCorpus', () => {
  const corpus = syntheticCorpus({ seed: 42, policies: 12 });

  it('is deterministic for a seed', () => {
    expect(syntheticCorpus({ seed: 42, policies: 12 })).toEqual(corpus);
    expect(syntheticCorpus({ seed: 43, policies: 12 })[0]?.body).not.toBe(corpus[0]?.body);
  });

  it('gives each policy a unique slug and technology', () => {
    expect(new Set(corpus.map((p) => p.slug)).size).toBe(12);
    expect(new Set(corpus.map((p) => p.technology)).size).toBe(12);
    expect(corpus[0]?.slug).toBe('synthetic-001');
  });

  it('writes bodies the policy parser reads as an abstract and the statutory sections not missing', () => {
    for (const p of corpus) {
      const keys = parsePolicyBody(p.body).map((s) => s.key);
      expect(keys).toEqual(['abstract', ...SECTION_KEYS.filter((k) => !p.missing.includes(k))]);
      for (const s of parsePolicyBody(p.body))
        if (s.key !== 'abstract') expect(s.paragraphs).toHaveLength(p.paragraphs[s.key]);
    }
  });

  it('writes policies of realistic length, with numbered lists among the paragraphs', () => {
    for (const p of corpus) {
      expect(p.words).toBeGreaterThan(1500);
      expect(p.words).toBeLessThan(12000);
    }
    expect(corpus.some((p) => /^1\. /m.test(p.body))).toBe(true);
  });

  it('dates each policy with a valid ISO date', () => {
    for (const p of corpus)
      expect(p.updated).toMatch(/^20(2[1-5])-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/);
  });
});
