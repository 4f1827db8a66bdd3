import { describe, expect, it } from 'vitest';
import type { LegalFact } from '../../schemas/foil.ts';
import { checkLegalFacts, foilTerms, legalFactLookup, statesPeriod } from './legal-facts.ts';
import { legalFacts } from './__fixtures__/legal-facts.ts';

/** The real facts with one fact changed. */
function withFact(id: string, change: Partial<LegalFact> | ((f: LegalFact) => LegalFact)) {
  return legalFacts.map((f) =>
    f.id !== id ? f : typeof change === 'function' ? change(f) : { ...f, ...change },
  );
}

describe('FOIL terms read from data/foil/legal-facts.json', () => {
  it('gives the periods and citations the calculator and letters use', () => {
    expect(foilTerms(legalFacts)).toEqual({
      periods: {
        'foil-response-5-days': { count: 5, unit: 'business-days' },
        'foil-approximate-20-days': { count: 20, unit: 'business-days' },
        'foil-appeal-30-days': { count: 30, unit: 'days' },
        'foil-appeal-10-days': { count: 10, unit: 'business-days' },
        'cplr-217-four-months': { count: 4, unit: 'months' },
      },
      laws: {
        'foil-statute': 'Public Officers Law, Article 6, §§ 84–90',
        'foil-policy-public-access': 'NYC Administrative Code § 14-188',
        'fees-none': 'Public Officers Law § 87(1)',
        'foil-response-5-days': 'Public Officers Law § 89(3)(a)',
        'foil-appeal-30-days': 'Public Officers Law § 89(4)(a)',
        'foil-appeal-10-days': 'Public Officers Law § 89(4)(a)',
        'gcl-25a-next-business-day': 'General Construction Law § 25-a',
      },
    });
  });

  it('fails, naming the file and the fact, when a fact is missing', () => {
    const without = legalFacts.filter((f) => f.id !== 'foil-appeal-10-days');
    expect(() => foilTerms(without)).toThrow(
      'data/foil/legal-facts.json has no fact "foil-appeal-10-days"; add it or fix the id.',
    );
    expect(() => checkLegalFacts(without)).toThrow(
      /^data\/foil\/legal-facts\.json: missing fact "foil-appeal-10-days"/,
    );
  });

  it('fails when a deadline fact lacks its period or its statement says another', () => {
    const bare = withFact('foil-response-5-days', ({ period: _, ...f }) => f);
    expect(() => foilTerms(bare)).toThrow(
      'data/foil/legal-facts.json: fact "foil-response-5-days" needs "period": { "count": <n>, "unit": "business-days" }',
    );
    const disagree = withFact('foil-response-5-days', {
      period: { count: 7, unit: 'business-days' },
    });
    expect(() => foilTerms(disagree)).toThrow(
      /"foil-response-5-days" has "period" 7 business-days, but its statement does not say "seven business days"/,
    );
  });

  it('fails when a quoted fact has no citation', () => {
    const bare = withFact('fees-none', ({ law: _, ...f }) => f);
    expect(() => foilTerms(bare)).toThrow(/fact "fees-none" needs "law"/);
  });

  it('reads a period stated in words or digits', () => {
    expect(statesPeriod('Within five business days of', { count: 5, unit: 'business-days' })).toBe(
      true,
    );
    expect(statesPeriod('Within 30 days of a denial', { count: 30, unit: 'days' })).toBe(true);
    expect(statesPeriod('Within 30 business days', { count: 30, unit: 'days' })).toBe(false);
    expect(statesPeriod('within four months after', { count: 4, unit: 'months' })).toBe(true);
  });

  it('looks facts up by a typed id', () => {
    const fact = legalFactLookup(legalFacts);
    expect(fact('channel-mail').address?.[0]).toBe('Records Access Officer, FOIL Unit');
    // @ts-expect-error -- a typo in a fact id is a type error (astro check fails without it).
    expect(() => fact('channel-mial')).toThrow(/has no fact "channel-mial"/);
  });
});
