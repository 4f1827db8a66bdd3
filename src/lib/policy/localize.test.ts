/**
 * The body rendered once as a template and filled in each language is the
 * body rendered in that language, byte for byte: for the published policies,
 * for a body with footnotes, lists and missing sections, and for words the
 * serializer must escape.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/locales.ts';
import { rehypeSharedPassages } from '../../plugins/rehype-shared-passages.ts';
import { TEMPLATE_WORDS, canTemplate, fillPolicyWords } from './localize.ts';
import { renderPolicyBody } from './render.ts';

const dir = path.resolve('content/policies');
const published = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const text = readFileSync(path.join(dir, f), 'utf8');
    // The body after the front matter.
    return { slug: path.basename(f, '.md'), body: text.replace(/^---\n[\s\S]*?\n---\n/, '') };
  });

const small = `## ABSTRACT {#abstract}

Abstract text.[^1] And <angle> & "quoted" words.

## CAPABILITIES OF THE TECHNOLOGY {#capabilities}

First paragraph.

1. one[^2]
2. two

Some text. [^3]

[^1]: A note.
[^2]: Another.
[^3]: A third.
`;

const others = LOCALES.filter((l) => l.code !== 'en');

describe('fillPolicyWords', () => {
  it('gives, in every language, the body rendered in that language (published policies)', () => {
    expect(published.length).toBeGreaterThanOrEqual(2);
    for (const p of published) {
      const options = { slug: p.slug, technology: 'Facial Recognition' };
      const template = renderPolicyBody(p.body, { ...options, words: TEMPLATE_WORDS });
      for (const l of others)
        expect(fillPolicyWords(template, l.code), `${p.slug} in ${l.code}`).toBe(
          renderPolicyBody(p.body, { ...options, locale: l.code }),
        );
    }
  });

  it('does so with shared passages marked, missing sections and footnotes', () => {
    const options = {
      slug: 'x',
      technology: 'Drones & "Things"',
      rehypePlugins: [
        [
          rehypeSharedPassages,
          {
            passages: [
              {
                paragraphId: 'capabilities-p1',
                text: 'First paragraph.',
                alsoIn: [{ slug: 'y', paragraphIds: ['capabilities-p3'] }],
              },
            ],
          },
        ],
      ] as never,
    };
    const template = renderPolicyBody(small, { ...options, words: TEMPLATE_WORDS });
    expect(template).toContain('pp-policy-section--missing');
    expect(template).toContain(
      '<mark class="pp-shared" data-pp-shared="" data-also-in="y#capabilities-p3">First paragraph.</mark>',
    );
    for (const l of others)
      expect(fillPolicyWords(template, l.code), l.code).toBe(
        renderPolicyBody(small, { ...options, locale: l.code }),
      );
  });

  it('escapes each word as the serializer does where it stands', () => {
    const template = `<a aria-label="${TEMPLATE_WORDS.footnote(1)}">x</a><span>${TEMPLATE_WORDS.missingTitle}</span>`;
    expect(fillPolicyWords(template, 'es')).toBe(
      '<a aria-label="Nota 1">x</a><span>Falta en la política publicada.</span>',
    );
  });

  it('is not used for a body holding a placeholder character', () => {
    expect(canTemplate(small)).toBe(true);
    expect(canTemplate('Text \uE000tmissingTitle:\uE001 here')).toBe(false);
  });
});
