import { describe, expect, it } from 'vitest';
import { PARSED_BODIES_KEPT, paragraphIds, parsePolicyBody } from './body.ts';

const md = `## ABSTRACT {#abstract}

First abstract paragraph.

## CAPABILITIES OF THE TECHNOLOGY {#capabilities}

One paragraph with a marker.[^1]

1. first item
2. second item

Closing words.

## NOT A SECTION

Ignored paragraph under an unknown heading still counts under capabilities.
`;

describe('parsePolicyBody', () => {
  const sections = parsePolicyBody(md);

  it('splits the body at headings carrying a known {#key}', () => {
    expect(sections.map((s) => s.key)).toEqual(['abstract', 'capabilities']);
    expect(sections[1]?.heading).toBe('CAPABILITIES OF THE TECHNOLOGY');
  });

  it('numbers paragraphs and whole lists from 1 within each section', () => {
    const caps = sections[1]!;
    expect(caps.paragraphs.map((p) => [p.id, p.kind])).toEqual([
      ['capabilities-p1', 'paragraph'],
      ['capabilities-p2', 'ordered-list'],
      ['capabilities-p3', 'paragraph'],
      ['capabilities-p4', 'paragraph'],
    ]);
  });

  it('gives list items their own ids and strips footnote markers from text', () => {
    const caps = sections[1]!;
    expect(caps.paragraphs[1]?.items.map((i) => i.id)).toEqual([
      'capabilities-p2-1',
      'capabilities-p2-2',
    ]);
    expect(caps.paragraphs[0]?.text).toBe('One paragraph with a marker.');
    expect(caps.paragraphs[0]?.footnotes).toEqual([1]);
  });

  it('lists every id for citation checks', () => {
    const ids = paragraphIds(sections);
    expect(ids.has('abstract-p1')).toBe(true);
    expect(ids.has('capabilities-p2-2')).toBe(true);
    expect(ids.has('capabilities-p9')).toBe(false);
  });

  it('parses each body once: the same Markdown gives the same result, which cannot be changed', () => {
    expect(parsePolicyBody(md)).toBe(sections);
    expect(parsePolicyBody(`${md}\nAnother paragraph.\n`)).not.toBe(sections);
    expect(() => sections[1]!.paragraphs.push(sections[1]!.paragraphs[0]!)).toThrow(TypeError);
    expect(() => {
      (sections[1]!.paragraphs[0] as { text: string }).text = 'changed';
    }).toThrow(TypeError);
    expect(() => sections[1]!.paragraphs[1]!.items.reverse()).toThrow(TypeError);
  });

  it('keeps a bounded number of bodies, parsing again one it let go', () => {
    const first = parsePolicyBody('## ABSTRACT {#abstract}\n\nBody 0.\n');
    for (let i = 1; i <= PARSED_BODIES_KEPT; i++)
      parsePolicyBody(`## ABSTRACT {#abstract}\n\nBody ${i}.\n`);
    const again = parsePolicyBody('## ABSTRACT {#abstract}\n\nBody 0.\n');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
