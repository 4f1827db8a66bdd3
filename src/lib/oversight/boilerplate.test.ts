import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boilerplateFor,
  compareParagraphIds,
  computeBoilerplate,
  formatShare,
  sectionFigure,
  summarizePairs,
  type PairFigure,
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

describe('summarizePairs', () => {
  const pair = (
    technology: string,
    sharedWords: number,
    share: number | null,
    jaccard = 0,
  ): PairFigure => ({ slug: technology.toLowerCase(), technology, sharedWords, share, jaccard });

  it('names the policies sharing the most text first, counts the rest and those sharing none', () => {
    const pairs = [
      pair('Alpha', 10, 0.1, 0.05),
      pair('Beta', 0, 0),
      pair('Gamma', 40, 0.4, 0.2),
      pair('Delta', 10, 0.1, 0.07),
      pair('Epsilon', 0, 0),
      pair('Zeta', 1, 0.001, 0.001),
    ];
    const s = summarizePairs(pairs, 3);
    expect(s.shown.map((p) => p.technology)).toEqual(['Gamma', 'Delta', 'Alpha']);
    expect([s.more, s.none]).toEqual([1, 2]);
  });

  it('shows every pair sharing text when they are fewer than the limit, and keeps the input', () => {
    const pairs = [pair('Beta', 2, 0.02, 0.01), pair('Alpha', 2, 0.02, 0.01)];
    const s = summarizePairs(pairs);
    expect(s.shown.map((p) => p.technology)).toEqual(['Alpha', 'Beta']);
    expect([s.more, s.none]).toEqual([0, 0]);
    expect(pairs[0]!.technology).toBe('Beta');
  });

  it('accounts for every pair exactly once, whatever the pairs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(50), fc.double({ min: 0, max: 1, noNaN: true })), {
          maxLength: 40,
        }),
        fc.nat(8),
        (rows, limit) => {
          const pairs = rows.map(([w, j], i) =>
            pair(`P${i}`, w, w === 0 ? 0 : w / 100, w === 0 ? 0 : j),
          );
          const s = summarizePairs(pairs, limit);
          expect(s.shown.length + s.more + s.none).toBe(pairs.length);
          expect(s.shown.length).toBeLessThanOrEqual(limit);
          expect(s.shown.every((p) => p.sharedWords > 0)).toBe(true);
          for (let i = 1; i < s.shown.length; i++)
            expect(s.shown[i - 1]!.share!).toBeGreaterThanOrEqual(s.shown[i]!.share!);
        },
      ),
    );
  });

  it('summarizes the 199 other policies of a corpus of 200 in at most five names', () => {
    const pairs = Array.from({ length: 199 }, (_, i) =>
      i % 20 === 0
        ? pair(`P${String(i).padStart(3, '0')}`, 0, 0)
        : pair(`P${String(i).padStart(3, '0')}`, i, i / 1000, i / 2000),
    );
    const s = summarizePairs(pairs);
    expect(s.shown.map((p) => p.technology)).toEqual(['P198', 'P197', 'P196', 'P195', 'P194']);
    expect([s.more, s.none]).toEqual([199 - 10 - 5, 10]);
  });
});
