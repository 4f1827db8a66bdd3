import { describe, expect, it } from 'vitest';
import { paragraphIds, parsePolicyBody } from './body.ts';
import { renderPolicyBody } from './render.ts';
import { SECTION_KEYS } from '../../schemas/sections.ts';

const md = `## ABSTRACT {#abstract}

Abstract text.[^1]

## CAPABILITIES OF THE TECHNOLOGY {#capabilities}

First paragraph.

1. one
2. two

## EXTERNAL ENTITIES {#external-entities}

Shared with prosecutors.[^2] Again.[^1]
`;

const html = renderPolicyBody(md, { slug: 'x', technology: 'Facial Recognition' });

describe('renderPolicyBody', () => {
  it('renders all ten statutory sections in order, each with its key as heading id', () => {
    const ids = [...html.matchAll(/<h2 id="([a-z-]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['abstract', ...SECTION_KEYS]);
  });

  it('marks sections the body lacks as missing instead of skipping them', () => {
    expect(html).toMatch(
      /<section class="pp-policy-section pp-policy-section--missing" data-section="training"/,
    );
    expect(html).not.toMatch(/data-section="capabilities"[^>]*--missing/);
    expect(html.match(/pp-policy-section--missing/g)).toHaveLength(8);
  });

  it('gives every paragraph and list item exactly the ids parsePolicyBody computes', () => {
    const rendered = new Set(
      [...html.matchAll(/ id="([a-z-]+-p\d+(?:-\d+)?)"/g)].map((m) => m[1] as string),
    );
    expect(rendered).toEqual(paragraphIds(parsePolicyBody(md)));
  });

  it('carries a citation and a permalink on each paragraph', () => {
    expect(html).toContain(
      'data-pp-cite="NYPD Impact and Use Policy: Facial Recognition, Capabilities ¶2"',
    );
    expect(html).toContain('<a class="pp-para__num" href="#capabilities-p2"');
  });

  it('links footnote markers to their notes with unique back-link targets', () => {
    expect(html).toContain('<a href="#fn-1" id="fnref-1"');
    expect(html).toContain('<a href="#fn-1" id="fnref-1-2"');
    expect(html).toContain('<a href="#fn-2" id="fnref-2"');
    expect(html).not.toContain('[^');
  });

  it('escapes raw HTML in the source instead of passing it through', () => {
    const out = renderPolicyBody('## TRAINING {#training}\n\n<script>alert(1)</script> text\n', {
      slug: 'x',
      technology: 'T',
    });
    expect(out).not.toContain('<script>');
  });
});
