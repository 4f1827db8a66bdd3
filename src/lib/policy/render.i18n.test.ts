/**
 * The policy body in another language: the portal's words around the text
 * are translated, the NYPD's text and printed headings stay English (marked
 * `lang="en"`), and every id is the one of the English page.
 */
import { describe, expect, it } from 'vitest';
import { renderPolicyBody } from './render.ts';

const md = `## ABSTRACT {#abstract}

Abstract text.[^1]

## CAPABILITIES OF THE TECHNOLOGY {#capabilities}

First paragraph.

1. one
2. two

## EXTERNAL ENTITIES {#external-entities}

Shared with prosecutors.[^2]
`;

const options = { slug: 'x', technology: 'Facial Recognition' };
const en = renderPolicyBody(md, options);
const es = renderPolicyBody(md, { ...options, locale: 'es' });
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);

describe('renderPolicyBody in Spanish', () => {
  it('keeps every id of the English page, in the same order', () => {
    expect(ids(es)).toEqual(ids(en));
    expect(ids(es)).toContain('capabilities-p2-1');
  });

  it('names each section in Spanish before the heading as printed, in English', () => {
    expect(es).toContain(
      '<h2 id="capabilities"><span class="pp-section-name">Capacidades</span><span class="pp-visually-hidden"> — </span><span class="pp-section-printed" lang="en">CAPABILITIES OF THE TECHNOLOGY</span></h2>',
    );
    expect(es).toContain('<span class="pp-section-name">Resumen</span>');
  });

  it('marks the policy text English and leaves the portal’s words in Spanish', () => {
    expect(es).toContain('<p lang="en">First paragraph.</p>');
    expect(es).toMatch(/<ol lang="en">\s*<li id="capabilities-p2-1">one<\/li>/);
    expect(es).toContain(
      '¶1<span class="pp-visually-hidden"> de Capacidades (enlace a este párrafo)</span>',
    );
    expect(es).toContain(
      '<sup class="pp-fnref" lang="es"><a href="#fn-2" id="fnref-2" aria-label="Nota 2">2</a></sup>',
    );
    expect(es).not.toMatch(/link here|Footnote \d|Missing from/);
  });

  it('says in Spanish which sections are missing, without a printed heading', () => {
    expect(es).toContain(
      '<h2 id="training"><span class="pp-section-name">Capacitación</span></h2><p class="pp-notice"><strong>Falta en la política publicada. </strong>La Ley POST exige que toda política de impacto y uso trate «Capacitación»',
    );
    expect(es.match(/pp-policy-section--missing/g)).toHaveLength(8);
  });

  it('keeps the citation English: it names the authoritative English policy', () => {
    expect(es).toContain(
      'data-pp-cite="NYPD Impact and Use Policy: Facial Recognition, Capabilities ¶2"',
    );
  });

  it('leaves the English page as it was', () => {
    expect(renderPolicyBody(md, { ...options, locale: 'en' })).toBe(en);
    expect(en).not.toContain('lang=');
    expect(en).toContain('<h2 id="capabilities">CAPABILITIES OF THE TECHNOLOGY</h2>');
  });
});
