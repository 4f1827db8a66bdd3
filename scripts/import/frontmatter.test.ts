import { describe, expect, it } from 'vitest';
import { toYaml, withFrontmatter } from './frontmatter.ts';

describe('toYaml', () => {
  it('writes block mappings and sequences with JSON-quoted scalars, leaving undefined out', () => {
    expect(
      toYaml({
        title: 'A: "B" & C',
        posted: undefined,
        source: { file: 'x.txt', n: 3 },
        rows: [{ a: 'one', b: 'two' }],
        keys: ['k1'],
        none: [],
      }),
    ).toBe(
      'title: "A: \\"B\\" & C"\nsource:\n  file: "x.txt"\n  n: 3\nrows:\n  - a: "one"\n    b: "two"\nkeys:\n  - "k1"\nnone: []\n',
    );
  });

  it('escapes line separators YAML would read as line breaks', () => {
    expect(toYaml({ t: 'a\u2028b' })).toBe('t: "a\\u2028b"\n');
  });
});

describe('withFrontmatter', () => {
  it('puts the YAML between --- fences before the body', () => {
    expect(withFrontmatter({ a: 1 }, 'Body\n')).toBe('---\na: 1\n---\n\nBody\n');
  });
});
