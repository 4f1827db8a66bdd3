import fc from 'fast-check';
// Astro's own reader of content frontmatter (js-yaml), as the content loader runs it.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stringifyFrontmatter, withFrontmatter } from './frontmatter.ts';

describe('stringifyFrontmatter', () => {
  it('writes block mappings and sequences with JSON-quoted scalars, leaving undefined out', () => {
    expect(
      stringifyFrontmatter({
        title: 'A: "B" & C',
        posted: undefined,
        source: { file: 'x.txt', n: 3 },
        rows: [{ a: 'one', b: 'two' }],
        keys: ['k1'],
        none: [],
        found: true,
      }),
    ).toBe(
      'title: "A: \\"B\\" & C"\nsource:\n  file: "x.txt"\n  n: 3\nrows:\n  - a: "one"\n    b: "two"\nkeys:\n  - "k1"\nnone: []\nfound: true\n',
    );
  });

  it('never folds a long string', () => {
    const text = 'word '.repeat(60).trim();
    expect(stringifyFrontmatter({ text })).toBe(`text: "${text}"\n`);
  });

  it('escapes line separators YAML 1.1 would read as line breaks', () => {
    expect(stringifyFrontmatter({ t: 'a\u2028b', u: ['c\u2029d'] })).toBe(
      't: "a\\u2028b"\nu:\n  - "c\\u2029d"\n',
    );
  });

  it('writes every string as its JSON form', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const json = JSON.stringify(s)
          .replace(/\u2028/g, '\\u2028')
          .replace(/\u2029/g, '\\u2029');
        expect(stringifyFrontmatter({ s })).toBe(`s: ${json}\n`);
      }),
      { seed: 20261014, numRuns: 300 },
    );
  });

  it("reads back as written, with the yaml package and with Astro's frontmatter reader", () => {
    const value = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: 'binary' }),
        fc.integer(),
        fc.boolean(),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z]{0,8}$/), tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z]{0,8}$/), value, { minKeys: 1 }),
        (data) => {
          expect(parse(stringifyFrontmatter(data))).toEqual(data);
          const file = parseFrontmatter(withFrontmatter(data, 'Body\n'));
          expect(file.frontmatter).toEqual(data);
          expect(file.content).toBe('\n\nBody\n');
        },
      ),
      { seed: 20261014, numRuns: 300 },
    );
  });
});

describe('withFrontmatter', () => {
  it('puts the YAML between --- fences before the body', () => {
    expect(withFrontmatter({ a: 1 }, 'Body\n')).toBe('---\na: 1\n---\n\nBody\n');
  });
});
