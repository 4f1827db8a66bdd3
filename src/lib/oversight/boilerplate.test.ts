import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boilerplateFor,
  compareParagraphIds,
  computeBoilerplate,
  formatShare,
  sectionFigure,
} from './boilerplate.ts';
import { fixturePolicies, fixturePolicy, GAMMA_MD } from './test-fixtures.ts';
import { pairwiseBoilerplate } from './__fixtures__/pairwise-boilerplate.ts';

const [alpha, beta, gamma] = computeBoilerplate(fixturePolicies());

describe('computeBoilerplate on fixtures with known overlap', () => {
  it('counts the shared words of each section', () => {
    expect(alpha!.sections.map((s) => [s.key, s.words, s.sharedWords])).toEqual([
      ['abstract', 9, 0],
      ['safeguards', 20, 13],
      ['external-entities', 24, 13],
    ]);
    expect(beta!.sections.map((s) => [s.key, s.words, s.sharedWords])).toEqual([
      ['abstract', 8, 0],
      ['safeguards', 20, 13],
      ['external-entities', 16, 13],
    ]);
  });

  it('gives each policy the ratio of shared words over all its words', () => {
    expect([alpha!.words, alpha!.sharedWords]).toEqual([53, 26]);
    expect(alpha!.share).toBeCloseTo(26 / 53);
    expect([beta!.words, beta!.sharedWords]).toEqual([44, 26]);
    expect(beta!.share).toBeCloseTo(26 / 44);
  });

  it('does not count text a policy repeats within itself', () => {
    expect(gamma!.sharedWords).toBe(0);
    expect(gamma!.share).toBe(0);
    expect(gamma!.passages).toEqual([]);
  });

  it('gives the exact shared text, its paragraph and where else it appears', () => {
    expect(alpha!.passages).toEqual([
      {
        sectionKey: 'safeguards',
        paragraphId: 'safeguards-p1',
        text: 'All data within department systems are encrypted both in transit and at rest',
        start: 40,
        end: 116,
        words: 13,
        alsoIn: [
          {
            slug: 'beta',
            technology: 'Beta Drones',
            paragraphIds: ['safeguards-p1', 'safeguards-p2'],
          },
        ],
      },
      {
        sectionKey: 'external-entities',
        paragraphId: 'external-entities-p2',
        itemId: 'external-entities-p2-1',
        text: 'the person to whom the information pertains has agreed in writing to it',
        start: 0,
        end: 71,
        words: 13,
        alsoIn: [
          { slug: 'beta', technology: 'Beta Drones', paragraphIds: ['external-entities-p1'] },
        ],
      },
    ]);
  });

  it('splits a passage at a paragraph break', () => {
    expect(
      beta!.passages
        .filter((p) => p.sectionKey === 'safeguards')
        .map((p) => [p.paragraphId, p.text]),
    ).toEqual([
      ['safeguards-p1', 'All data within department systems are encrypted both in transit'],
      ['safeguards-p2', 'and at rest'],
    ]);
  });

  it('names, per section, the other policies it shares text with', () => {
    expect(sectionFigure(alpha!, 'safeguards')?.alsoIn.map((a) => a.slug)).toEqual(['beta']);
    expect(sectionFigure(alpha!, 'abstract')?.alsoIn).toEqual([]);
    expect(sectionFigure(alpha!, 'training')).toBeUndefined();
  });

  it('measures each pair of policies separately', () => {
    expect(alpha!.pairs.map((p) => [p.slug, p.sharedWords])).toEqual([
      ['beta', 26],
      ['gamma', 0],
    ]);
    expect(alpha!.pairs[0]!.jaccard).toBeGreaterThan(0);
    expect(alpha!.pairs[1]!.jaccard).toBe(0);
  });

  it('changes its figures when the text changes (nothing is stored)', () => {
    const edited = fixturePolicies();
    edited[1] = fixturePolicy(
      'beta',
      'Beta Drones',
      '## ABSTRACT {#abstract}\n\nNothing in common.\n',
    );
    const [a] = computeBoilerplate(edited);
    expect(a!.sharedWords).toBe(0);
  });

  it('rejects a slug given twice', () => {
    const twice = [fixturePolicy('x', 'X', GAMMA_MD), fixturePolicy('x', 'X', GAMMA_MD)];
    expect(() => computeBoilerplate(twice)).toThrow(/"x" given twice/);
  });
});

/** Sentences drawn from a small pool, so that policies share runs of eight words and more. */
const POOL = [
  'all data within department systems are encrypted both in transit and at rest',
  'the person to whom the information pertains has agreed in writing',
  'members of the service may use the technology only for a legitimate law enforcement purpose',
  'records are retained in accordance with the applicable retention schedule',
  'widgets see heat',
  'supervisors review every request before it is approved',
];
const SECTION_HEADINGS = [
  ['ABSTRACT', 'abstract'],
  ['SAFEGUARDS & SECURITY MEASURES AGAINST UNAUTHORIZED ACCESS', 'safeguards'],
  ['EXTERNAL ENTITIES', 'external-entities'],
] as const;

const corpus = fc
  .array(
    fc.array(
      fc.array(fc.array(fc.nat({ max: POOL.length - 1 }), { minLength: 1, maxLength: 3 }), {
        minLength: 1,
        maxLength: 3,
      }),
      { minLength: 3, maxLength: 3 },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((policies) =>
    policies.map((sections, n) => {
      const md = sections
        .map((paragraphs, s) => {
          const [heading, key] = SECTION_HEADINGS[s]!;
          const text = paragraphs.map((sentences, i) =>
            // A list now and then: shared text inside list items.
            i === 1
              ? sentences.map((x, j) => `${j + 1}. ${POOL[x]} (policy ${n}).`).join('\n')
              : sentences.map((x) => `${POOL[x]}.`).join(' '),
          );
          return `## ${heading} {#${key}}\n\n${text.join('\n\n')}`;
        })
        .join('\n\n');
      // Technologies tie now and then: the order of policies with the same name must hold too.
      return fixturePolicy(`p${n}`, `Tech ${n % 3}`, `${md}\n`);
    }),
  );

describe('computeBoilerplate against the pairwise measure', () => {
  it('gives exactly the figures, passages and pairs of comparing every pair of policies', () => {
    fc.assert(
      fc.property(corpus, (policies) => {
        expect(computeBoilerplate(policies)).toEqual(pairwiseBoilerplate(policies));
      }),
      { seed: 20261203, numRuns: 200 },
    );
  });

  it('agrees on the fixtures, and with another shingle size', () => {
    expect(computeBoilerplate(fixturePolicies())).toEqual(pairwiseBoilerplate(fixturePolicies()));
    expect(computeBoilerplate(fixturePolicies(), 3)).toEqual(
      pairwiseBoilerplate(fixturePolicies(), 3),
    );
  });
});

describe('boilerplateFor', () => {
  it('returns the same figures as computeBoilerplate for one slug', () => {
    expect(boilerplateFor('beta', fixturePolicies())).toEqual(beta);
  });

  it('names the missing slug and the known ones', () => {
    expect(() => boilerplateFor('delta', fixturePolicies())).toThrow(
      'boilerplateFor: no policy "delta" among alpha, beta, gamma',
    );
  });
});

describe('helpers', () => {
  it('orders paragraph ids abstract first, then statutory order, then number', () => {
    const ids = ['training-p1', 'rules-p10', 'abstract-p2', 'rules-p2'];
    expect(ids.sort(compareParagraphIds)).toEqual([
      'abstract-p2',
      'rules-p2',
      'rules-p10',
      'training-p1',
    ]);
  });

  it.each([
    [0.874, '87%'],
    [0, '0%'],
    [1, '100%'],
    [null, 'no text'],
  ])('formats share %s as %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });
});
