import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicyBody, parsePolicyMarkdown } from '../../src/lib/policy/body.ts';
import { renderPolicyBody } from '../../src/lib/policy/render.ts';
import { ABSTRACT_KEY, type BlockKey, SECTION_KEYS } from '../../src/schemas/sections.ts';
import type { BlockModel } from './lists.ts';
import { type BodySection, bodyTree, phrasing, writeBody } from './markdown.ts';

const paragraphs = (...texts: string[]): BodySection[] => [
  {
    key: 'abstract',
    heading: 'ABSTRACT',
    blocks: texts.map((text, i) => ({ kind: 'paragraph', text, line: i + 1 })),
  },
];

/** What parsePolicyBody reads from a text: markers taken out, whitespace collapsed. */
const plain = (text: string): string =>
  text
    .replace(/\[\^\d+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const markers = (text: string): number[] =>
  [...text.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));

describe('writeBody', () => {
  it('writes headings with their anchors, paragraphs and tight ordered lists', () => {
    const body = writeBody([
      {
        key: 'rules',
        heading: 'RULES, PROCESSES & GUIDELINES',
        blocks: [
          { kind: 'paragraph', text: 'Limited to the following:', line: 1 },
          {
            kind: 'list',
            line: 2,
            items: [
              { n: 1, text: 'To identify;', inferred: false },
              { n: 2, text: 'To mitigate (e.g., a plot).[^1]', inferred: true },
            ],
          },
        ],
      },
    ]);
    expect(body).toBe(
      '## RULES, PROCESSES & GUIDELINES {#rules}\n\nLimited to the following:\n\n1. To identify;\n2. To mitigate (e.g., a plot).[^1]\n',
    );
    const [rules] = parsePolicyBody(body);
    expect(rules?.paragraphs.map((p) => [p.id, p.kind, p.footnotes])).toEqual([
      ['rules-p1', 'paragraph', []],
      ['rules-p2', 'ordered-list', [1]],
    ]);
  });

  it('writes the {#key} anchor unescaped, also after a heading that needs escaping', () => {
    const body = writeBody([
      { key: 'external-entities', heading: '**EXTERNAL ENTITIES** #2', blocks: [] },
    ]);
    expect(body).toBe('## \\*\\*EXTERNAL ENTITIES\\*\\* #2 {#external-entities}\n');
    expect(parsePolicyBody(body)[0]).toMatchObject({
      key: 'external-entities',
      heading: '**EXTERNAL ENTITIES** #2',
    });
  });

  it('keeps the printed item numbers of a list that does not start at 1', () => {
    const list: BlockModel = {
      kind: 'list',
      line: 1,
      items: [
        { n: 3, text: 'Three;', inferred: false },
        { n: 4, text: 'Four.', inferred: false },
      ],
    };
    expect(writeBody([{ key: 'rules', heading: 'RULES', blocks: [list] }])).toBe(
      '## RULES {#rules}\n\n3. Three;\n4. Four.\n',
    );
  });

  it('refuses a list whose item numbers are not consecutive', () => {
    const list: BlockModel = {
      kind: 'list',
      line: 7,
      items: [
        { n: 1, text: 'One;', inferred: false },
        { n: 3, text: 'Three.', inferred: false },
      ],
    };
    expect(() => bodyTree([{ key: 'rules', heading: 'RULES', blocks: [list] }])).toThrow(
      /line 7: items are not numbered consecutively/,
    );
  });

  it('keeps two lists in a row apart (the second numbered "1)")', () => {
    const list = (text: string): BlockModel => ({
      kind: 'list',
      line: 1,
      items: [{ n: 1, text, inferred: false }],
    });
    const body = writeBody([
      { key: 'rules', heading: 'RULES', blocks: [list('First.'), list('Second.')] },
    ]);
    expect(body).toBe('## RULES {#rules}\n\n1. First.\n\n1) Second.\n');
    expect(parsePolicyBody(body)[0]?.paragraphs.map((p) => p.text)).toEqual(['First.', 'Second.']);
  });

  it.each([
    '1. looks like a list item but is a paragraph',
    '2) so does this',
    '- a dash at the start',
    '+ a plus at the start',
    '# not a heading',
    '> not a quote',
    '=== not an underline',
    '*** not a rule',
    '    four spaces are not code',
    'stars *like* _these_ and __these__',
    'brackets [like these](http://example.com) and <b>tags</b>',
    'an entity &amp; a number &#35; and a backslash \\ and `code`',
    'pipes | and tildes ~~strike~~',
    'an autolink <http://example.com>, a comment <!-- x --> and an e-mail <1@example.com>',
    'a marker[^1](with a paren) and [^2][with a bracket]',
    '[^1]: /a-destination',
  ])('keeps %j verbatim when parsed back', (text) => {
    const parsed = parsePolicyBody(writeBody(paragraphs(text)));
    expect(parsed[0]?.paragraphs).toHaveLength(1);
    expect(parsed[0]?.paragraphs[0]?.kind).toBe('paragraph');
    expect(parsed[0]?.paragraphs[0]?.text).toBe(plain(text));
    expect(parsed[0]?.paragraphs[0]?.footnotes).toEqual(markers(text));
  });

  it('writes footnote markers the importer linked as references, not escaped', () => {
    expect(phrasing('disposed.[^1] [x]')).toEqual([
      { type: 'text', value: 'disposed.' },
      { type: 'footnoteReference', identifier: '1', label: '1' },
      { type: 'text', value: ' [x]' },
    ]);
    expect(writeBody(paragraphs('disposed.[^1] [x]'))).toBe(
      '## ABSTRACT {#abstract}\n\ndisposed.[^1] \\[x]\n',
    );
  });

  it('renders escaped text as text, not markup', () => {
    const html = renderPolicyBody(writeBody(paragraphs('<script>x</script> *a*')), {
      slug: 's',
      technology: 'T',
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<em>');
    expect(html).toContain('&#x3C;script>x&#x3C;/script> *a*');
  });

  describe('round trip (property)', () => {
    /** Pieces of text that are, or may combine into, Markdown syntax. */
    const piece = fc.oneof(
      fc.constantFrom(
        ...'\\`*_[]()<>|~&#!-+=.:;"\' \t\n0123456789aZ{}^',
        '1. ',
        '2) ',
        '# ',
        '> ',
        '- ',
        '* ',
        '---',
        '***',
        '___',
        '```',
        '~~~',
        '    ',
        '&amp;',
        '&#35;',
        '&#x26;',
        '<b>',
        '</b>',
        '<!--',
        '-->',
        '<http://a.b>',
        '[a](b)',
        '[a]: b',
        '![i](j)',
        '[^1]',
        '[^23]',
        '[^1]:',
        '\\*',
        '\\\\',
        '  \n',
        '{#abstract}',
        'Such disclosure',
      ),
      fc.string({ maxLength: 6 }),
    );
    const text = fc
      .array(piece, { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join(''))
      .filter((t) => t.trim() !== '');
    const heading = text.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
    const blockModel: fc.Arbitrary<BlockModel> = fc.oneof(
      text.map((t): BlockModel => ({ kind: 'paragraph', text: t, line: 1 })),
      fc
        .tuple(fc.integer({ min: 1, max: 12 }), fc.array(text, { minLength: 1, maxLength: 4 }))
        .map(([start, items]): BlockModel => ({
          kind: 'list',
          line: 1,
          items: items.map((t, i) => ({ n: start + i, text: t, inferred: false })),
        })),
    );
    const keys: readonly BlockKey[] = [ABSTRACT_KEY, ...SECTION_KEYS];
    const sections = fc.subarray([...keys], { minLength: 1 }).chain((ks) =>
      fc.tuple(
        ...ks.map((key) =>
          fc.record({
            key: fc.constant(key),
            heading,
            blocks: fc.array(blockModel, { maxLength: 5 }),
          }),
        ),
      ),
    );

    it('parses back into the sections, blocks and texts written', () => {
      fc.assert(
        fc.property(sections, (built) => {
          const markdown = writeBody(built);
          const parsed = parsePolicyBody(markdown);
          expect(parsed.map((s) => [s.key, s.heading])).toEqual(
            built.map((s) => [s.key, s.heading]),
          );
          built.forEach((s, si) => {
            const got = parsed[si]?.paragraphs ?? [];
            expect(got).toHaveLength(s.blocks.length);
            s.blocks.forEach((b, bi) => {
              const p = got[bi];
              if (b.kind === 'paragraph') {
                expect(p?.kind).toBe('paragraph');
                expect(p?.text).toBe(plain(b.text));
                expect(p?.footnotes).toEqual(markers(b.text));
              } else {
                expect(p?.kind).toBe('ordered-list');
                expect(p?.items.map((it) => it.text)).toEqual(b.items.map((it) => plain(it.text)));
                expect(p?.footnotes).toEqual(b.items.flatMap((it) => markers(it.text)));
              }
            });
          });
          const starts = parsePolicyMarkdown(markdown).children.flatMap((n) =>
            n.type === 'list' ? [n.start] : [],
          );
          expect(starts).toEqual(
            built.flatMap((s) =>
              s.blocks.flatMap((b) => (b.kind === 'list' ? [b.items[0]?.n] : [])),
            ),
          );
        }),
        { seed: 20261014, numRuns: 400 },
      );
    });
  });
});
