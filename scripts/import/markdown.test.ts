import { describe, expect, it } from 'vitest';
import { parsePolicyBody } from '../../src/lib/policy/body.ts';
import { renderPolicyBody } from '../../src/lib/policy/render.ts';
import { escapeMarkdown, renderBody } from './markdown.ts';

describe('escapeMarkdown', () => {
  it.each([
    '1. looks like a list item but is a paragraph',
    '2) so does this',
    '- a dash at the start',
    '# not a heading',
    '> not a quote',
    'stars *like* _these_ and __these__',
    'brackets [like these](http://example.com) and <b>tags</b>',
    'an entity &amp; and a backslash \\ and `code`',
    'pipes | and tildes ~~strike~~',
  ])('keeps %j verbatim when parsed back', (text) => {
    const body = renderBody([
      { key: 'abstract', heading: 'ABSTRACT', blocks: [{ kind: 'paragraph', text, line: 1 }] },
    ]);
    const parsed = parsePolicyBody(body);
    expect(parsed[0]?.paragraphs).toHaveLength(1);
    expect(parsed[0]?.paragraphs[0]?.kind).toBe('paragraph');
    expect(parsed[0]?.paragraphs[0]?.text).toBe(text);
  });

  it('leaves footnote markers written by the importer intact', () => {
    expect(escapeMarkdown('disposed.[^1] [x]')).toBe('disposed.[^1] \\[x\\]');
  });

  it('renders escaped text as text, not markup', () => {
    const html = renderPolicyBody(
      '## ABSTRACT {#abstract}\n\n' + escapeMarkdown('<script>x</script> *a*') + '\n',
      {
        slug: 's',
        technology: 'T',
      },
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<em>');
  });
});

describe('renderBody', () => {
  it('writes headings with their anchors, paragraphs and ordered lists that parse back as built', () => {
    const body = renderBody([
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
});
