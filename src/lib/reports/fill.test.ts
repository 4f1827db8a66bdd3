import { describe, expect, it } from 'vitest';
import { escapeHtml, fillPlaceholders, formatBytes, placeholderKeys } from './fill.ts';

const page =
  '<p><span data-pp-fill="status">not printed</span></p>' +
  '<td><span data-astro-cid-x data-pp-fill="a:pages">not printed</span></td>';

describe('fillPlaceholders', () => {
  it('finds placeholders, other attributes allowed', () => {
    expect(placeholderKeys(page)).toEqual(['status', 'a:pages']);
  });

  it('replaces their content, keeps the element, and gives the same bytes when filled again', () => {
    const once = fillPlaceholders(page, { status: 'Printed.', 'a:pages': '17' }, 'index.html');
    expect(once).toBe(
      '<p><span data-pp-fill="status">Printed.</span></p><td><span data-astro-cid-x data-pp-fill="a:pages">17</span></td>',
    );
    const twice = fillPlaceholders(once, { status: 'Printed.', 'a:pages': '17' }, 'index.html');
    expect(twice).toBe(once);
    const link = fillPlaceholders(
      once,
      { status: '<a href="/x.pdf">PDF</a>', 'a:pages': '9' },
      'index.html',
    );
    expect(placeholderKeys(link)).toEqual(['status', 'a:pages']);
    expect(link).toContain('<a href="/x.pdf">PDF</a></span>');
  });

  it('fails when the page and the values disagree, naming the page', () => {
    expect(() => fillPlaceholders(page, { status: 'x' }, 'index.html')).toThrow(
      'index.html: placeholder "a:pages" has no value',
    );
    expect(() =>
      fillPlaceholders(page, { status: 'x', 'a:pages': '1', extra: '2' }, 'index.html'),
    ).toThrow('no placeholder for "extra"');
    expect(() =>
      fillPlaceholders(page, { status: '<span>x</span>', 'a:pages': '1' }, 'index.html'),
    ).toThrow(/cannot nest/);
  });
});

describe('formatting', () => {
  it('escapes HTML and formats sizes', () => {
    expect(escapeHtml('a<b> & "c"')).toBe('a&lt;b&gt; &amp; &quot;c&quot;');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(230_721)).toBe('231 kB');
    expect(formatBytes(1_250_000)).toBe('1.3 MB');
  });
});
