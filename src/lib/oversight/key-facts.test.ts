import { describe, expect, it } from 'vitest';
import { fixturePolicy } from './test-fixtures.ts';
import {
  KEY_FACTS,
  type CuratedKeyFacts,
  courtAuthorizationRule,
  factDef,
  keyFactsFor,
  resolveKeyFactCitations,
  sentences,
} from './key-facts.ts';
import { UnresolvedCitationError } from './citations.ts';

const MD = `## ABSTRACT {#abstract}

Delta scanners read heat.

## RULES, PROCESSES & GUIDELINES RELATING TO USE OF THE TECHNOLOGY {#rules}

Delta scanners are used only for legitimate purposes.

The NYPD does not seek court authorization prior to use of delta scanners. They are used in public places.

## SAFEGUARDS & SECURITY MEASURES AGAINST UNAUTHORIZED ACCESS {#safeguards}

Access to delta scanners is limited to trained personnel. Users are authenticated by username and password. Accessing systems remotely requires dual factor authentication.

All data within NYPD computer systems are encrypted both in transit and at rest.

## EXTERNAL ENTITIES {#external-entities}

If the scanner captures data related to a criminal case, the NYPD will turn it over to the prosecutor with jurisdiction.

Other law enforcement agencies may request data. The NYPD may provide data to partnering law enforcement and city agencies. Information is not shared in furtherance of immigration enforcement.

Information may be provided to community leaders, civic organizations and the news media.

Vendors and contractors may have access to delta scanner data in the performance of contractual duties.

## HEALTH & SAFETY REPORTING {#health-safety}

There are no known health and safety issues with delta scanners.
`;

const delta = fixturePolicy('delta', 'Delta Scanners', MD);
const bare = fixturePolicy('bare', 'Bare', '## ABSTRACT {#abstract}\n\nA tool.\n');

function fact(policy = delta, id: string, curated?: CuratedKeyFacts) {
  return keyFactsFor(policy, curated).find((f) => f.factId === id)!;
}

describe('sentences', () => {
  it('splits paragraphs into sentences that keep their paragraph id', () => {
    const s = sentences(delta.sections, ['rules']);
    expect(s.map((x) => [x.id, x.text])).toEqual([
      ['rules-p1', 'Delta scanners are used only for legitimate purposes.'],
      ['rules-p2', 'The NYPD does not seek court authorization prior to use of delta scanners.'],
      ['rules-p2', 'They are used in public places.'],
    ]);
  });
});

describe('key-fact rules', () => {
  it.each([
    ['court-authorization', 'Not sought', ['rules-p2']],
    ['recipient-prosecutors', 'May receive data', ['external-entities-p1']],
    ['recipient-law-enforcement', 'May receive data', ['external-entities-p2']],
    ['recipient-city-agencies', 'May receive data', ['external-entities-p2']],
    ['recipient-community-media', 'May receive data', ['external-entities-p3']],
    ['recipient-vendors', 'May have access', ['external-entities-p4']],
    ['immigration-exclusion', 'Excluded', ['external-entities-p2']],
    ['access-control', 'Limited by role and need', ['safeguards-p1']],
    ['authentication', 'Username and password; dual-factor for remote access', ['safeguards-p1']],
    ['encryption-transit', 'Stated', ['safeguards-p2']],
    ['encryption-rest', 'Stated', ['safeguards-p2']],
    ['health-safety', 'None reported', ['health-safety-p1']],
  ])('reads %s as "%s" citing %j', (id, value, citations) => {
    const f = fact(delta, id);
    expect(f).toMatchObject({ status: 'stated', value, citations, source: 'rule' });
  });

  it.each(KEY_FACTS.filter((f) => f.rule).map((f) => f.id))(
    'says "Not stated" for %s when the text has nothing on it',
    (id) => {
      expect(fact(bare, id)).toMatchObject({
        status: 'not-stated',
        value: 'Not stated',
        citations: [],
      });
    },
  );

  it('reads the type of court authorization when one is sought', () => {
    const p = fixturePolicy(
      'w',
      'W',
      '## RULES {#rules}\n\nThe NYPD obtains a search warrant before using the device inside a home.\n',
    );
    expect(courtAuthorizationRule(p)).toEqual({
      status: 'stated',
      value: 'Sought: search warrant',
      citations: ['rules-p1'],
    });
  });

  it('does not read a warrant mentioned in passing as authorization sought', () => {
    const p = fixturePolicy(
      'w',
      'W',
      '## RULES {#rules}\n\nA match is not a basis for a warrant.\n',
    );
    expect(courtAuthorizationRule(p)).toEqual({ status: 'not-stated' });
  });

  it('distinguishes AI named from algorithms named', () => {
    const algo = fixturePolicy(
      'a',
      'A',
      '## ABSTRACT {#abstract}\n\nThe tool utilizes algorithms.\n',
    );
    const ai = fixturePolicy('b', 'B', '## ABSTRACT {#abstract}\n\nIt uses machine learning.\n');
    expect(fact(algo, 'ai-ml').value).toBe('Algorithms named');
    expect(fact(ai, 'ai-ml').value).toBe('Mentioned');
  });
});

describe('keyFactsFor', () => {
  const curated: CuratedKeyFacts = {
    slug: 'delta',
    reviewed: '2026-11-21',
    facts: {
      retention: { value: '30 days', detail: 'Robot data only.', citations: ['rules-p1'] },
      'health-safety': { value: 'None known', citations: ['health-safety-p1'] },
    },
  };

  it('returns one value per fact, in catalogue order', () => {
    expect(keyFactsFor(delta).map((f) => f.factId)).toEqual(KEY_FACTS.map((f) => f.id));
  });

  it('marks curated-only facts without a curated value as not reviewed', () => {
    expect(fact(delta, 'training')).toEqual({
      factId: 'training',
      status: 'not-reviewed',
      value: 'Not reviewed',
      citations: [],
      source: 'none',
    });
  });

  it('uses the curated value and its citations, overriding a rule', () => {
    expect(fact(delta, 'retention', curated)).toMatchObject({
      value: '30 days',
      detail: 'Robot data only.',
      source: 'curated',
    });
    expect(fact(delta, 'health-safety', curated)).toMatchObject({
      value: 'None known',
      source: 'curated',
    });
  });

  it('has a method for every fact', () => {
    for (const f of KEY_FACTS) expect(factDef(f.id)?.method.length).toBeGreaterThan(20);
  });
});

describe('resolveKeyFactCitations', () => {
  const file = 'data/policies/delta/key-facts.json';
  const ok: CuratedKeyFacts = {
    slug: 'delta',
    reviewed: '2026-11-21',
    facts: { training: { value: 'Command level', citations: ['rules-p1', 'changes'] } },
  };

  it('accepts citations to paragraphs and to the changes table when it has rows', () => {
    expect(() => resolveKeyFactCitations(file, ok, { ...delta, changes: 2 })).not.toThrow();
  });

  it('names the file, fact and id of a citation that no longer resolves', () => {
    const bad: CuratedKeyFacts = {
      ...ok,
      facts: { training: { value: 'x', citations: ['training-p9'] } },
    };
    expect(() => resolveKeyFactCitations(file, bad, delta)).toThrow(UnresolvedCitationError);
    expect(() => resolveKeyFactCitations(file, bad, delta)).toThrow(
      `${file}: fact "training" cites "training-p9", which /policies/delta/ does not have.`,
    );
  });

  it('rejects the changes anchor when the policy has no changes table', () => {
    expect(() => resolveKeyFactCitations(file, ok, delta)).toThrow(/cites "changes"/);
  });

  it('rejects an unknown fact, a value without citation and a wrong slug', () => {
    expect(() =>
      resolveKeyFactCitations(
        file,
        { ...ok, facts: { colour: { value: 'x', citations: ['rules-p1'] } } },
        delta,
      ),
    ).toThrow(/unknown fact "colour"/);
    expect(() =>
      resolveKeyFactCitations(
        file,
        { ...ok, facts: { training: { value: 'x', citations: [] } } },
        delta,
      ),
    ).toThrow(/fact "training" has no citation/);
    expect(() => resolveKeyFactCitations(file, { ...ok, slug: 'other' }, delta)).toThrow(
      /slug "other" does not match the policy "delta"/,
    );
  });
});
