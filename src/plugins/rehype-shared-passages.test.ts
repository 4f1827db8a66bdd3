import { describe, expect, it } from 'vitest';
import { renderPolicyBody } from '../lib/policy/render.ts';
import { computeBoilerplate } from '../lib/oversight/boilerplate.ts';
import { ALPHA_MD, BETA_MD, fixturePolicy } from '../lib/oversight/test-fixtures.ts';
import { type PassageMark, rehypeSharedPassages } from './rehype-shared-passages.ts';

function render(markdown: string, passages: readonly PassageMark[]): string {
  return renderPolicyBody(markdown, {
    slug: 'alpha',
    technology: 'Alpha Widgets',
    rehypePlugins: [[rehypeSharedPassages, { passages }]],
  });
}

function marks(html: string): string[] {
  return [
    ...html.matchAll(
      /<mark class="pp-shared" data-pp-shared="" data-also-in="([^"]*)">([^<]*)<\/mark>/g,
    ),
  ].map((m) => `${m[2]} @ ${m[1]}`);
}

describe('rehypeSharedPassages', () => {
  const [alpha] = computeBoilerplate([
    fixturePolicy('alpha', 'Alpha Widgets', ALPHA_MD),
    fixturePolicy('beta', 'Beta Drones', BETA_MD),
  ]);

  it('wraps each computed passage inside its paragraph or list item', () => {
    const html = render(ALPHA_MD, alpha!.passages);
    expect(marks(html)).toEqual([
      'All data within department systems are encrypted both in transit and at rest @ beta#safeguards-p1 beta#safeguards-p2',
      'the person to whom the information pertains has agreed in writing to it @ beta#external-entities-p1',
    ]);
    expect(html).toMatch(/<div class="pp-para" id="safeguards-p1"[^>]*>.*<mark class="pp-shared"/s);
    expect(html).toMatch(/<li id="external-entities-p2-1"><mark class="pp-shared"/);
  });

  it('leaves the text unchanged apart from the marks', () => {
    const strip = (h: string) => h.replace(/<\/?mark[^>]*>/g, '');
    expect(strip(render(ALPHA_MD, alpha!.passages))).toBe(render(ALPHA_MD, []));
  });

  it('marks around a footnote marker that sits inside the passage', () => {
    const md =
      '## TRAINING {#training}\n\nAll data within department systems[^2] are encrypted both in transit.\n';
    const html = render(md, [
      {
        paragraphId: 'training-p1',
        text: 'All data within department systems are encrypted both in transit',
        alsoIn: [{ slug: 'beta', paragraphIds: ['training-p4'] }],
      },
    ]);
    expect(marks(html)).toEqual([
      'All data within department systems @ beta#training-p4',
      ' are encrypted both in transit @ beta#training-p4',
    ]);
    expect(html).toContain('<sup class="pp-fnref">');
  });

  it('marks a repeated phrase at each of its positions in order', () => {
    const md = '## TRAINING {#training}\n\nSame words here. Other text. Same words here.\n';
    const passage = { paragraphId: 'training-p1', text: 'Same words here', alsoIn: [] };
    expect(marks(render(md, [passage, passage]))).toHaveLength(2);
  });

  it('does nothing without passages', () => {
    expect(render(ALPHA_MD, [])).not.toContain('<mark');
  });

  it('names the paragraph and text of a passage it cannot find', () => {
    expect(() =>
      render(ALPHA_MD, [
        { paragraphId: 'safeguards-p1', text: 'words that are not there', alsoIn: [] },
      ]),
    ).toThrow(
      'rehypeSharedPassages: shared passage not found in #safeguards-p1: “words that are not there”',
    );
  });

  it('names a paragraph id the page does not have', () => {
    expect(() => render(ALPHA_MD, [{ paragraphId: 'training-p7', text: 'x', alsoIn: [] }])).toThrow(
      /no element with id #training-p7/,
    );
  });
});
