import { describe, expect, it } from 'vitest';
import { escapeText, parseRich, plainText, richHtml } from './rich.ts';

describe('rich text', () => {
  it('writes plain text as Astro writes an expression (the English pages keep their bytes)', () => {
    expect(richHtml(`The draft's “rule” & <more> "here"`)).toBe(
      'The draft&#39;s “rule” &amp; &lt;more&gt; &quot;here&quot;',
    );
    expect(escapeText("O'Neill")).toBe('O&#39;Neill');
  });

  it('puts the caller’s elements, emphasis and code where the text says', () => {
    expect(
      richHtml('<strong>3 of 5</strong> met (rules: <x0>methodology</x0>; <x1>a & b</x1>).', [
        '/methodology/',
        { tag: 'code', attrs: { class: 'c', hidden: undefined, 'data-x': '' } },
      ]),
    ).toBe(
      '<strong>3 of 5</strong> met (rules: <a href="/methodology/">methodology</a>; <code class="c" data-x>a &amp; b</code>).',
    );
    expect(richHtml('Run <x0></x0>.', [{ tag: 'code', html: "jq -r '.x'" }])).toBe(
      "Run <code>jq -r '.x'</code>.",
    );
  });

  it('marks the words kept in English, with a span or (in a placeholder) a bdi, and the scope attribute', () => {
    expect(
      richHtml('Según <en>S.T.O.P.</en>: <x0>ver</x0>', ['#s1'], { 'data-astro-cid-a': '' }),
    ).toBe(
      'Según <span lang="en" data-astro-cid-a>S.T.O.P.</span>: <a href="#s1" data-astro-cid-a>ver</a>',
    );
    expect(richHtml('No: <en>no Chromium</en>.', [], {}, 'bdi')).toBe(
      'No: <bdi lang="en">no Chromium</bdi>.',
    );
    expect(plainText('a <en>b <x0>c</x0></en> d')).toBe('a b c d');
  });

  it('refuses an unbalanced tag or an element the caller did not give, naming the text', () => {
    expect(() => parseRich('a <en>b')).toThrow(/<en> is not closed in "a <en>b"/);
    expect(() => parseRich('a <en>b</strong>')).toThrow(/<\/strong> closes <en>/);
    expect(() => richHtml('see <x1>this</x1>', ['/a/'])).toThrow(/<x1> has no element \(1 given\)/);
  });

  it('reads only its own tags: other markup in data stays text', () => {
    expect(richHtml('<b>bold</b> <x>y</x>')).toBe('&lt;b&gt;bold&lt;/b&gt; &lt;x&gt;y&lt;/x&gt;');
  });
});
