import { describe, expect, it } from 'vitest';
import { breakWordsBetweenElements } from './word-breaks.ts';

describe('breakWordsBetweenElements', () => {
  it('puts a space between adjacent header cells, terms and definitions, and after captions and summaries', () => {
    expect(
      breakWordsBetweenElements(
        '<table><caption>Cap</caption><tr><th>Technology</th><th scope="col">Published figures</th></tr></table>' +
          '<dl><dt>Status</dt><dd>Published</dd><dt>Kind</dt><dd>Claims</dd></dl>' +
          '<details><summary>More</summary><p>Body</p></details><figure><figcaption>Fig</figcaption><svg></svg></figure>',
      ),
    ).toBe(
      '<table><caption>Cap</caption> <tr><th>Technology</th> <th scope="col">Published figures</th> </tr></table>' +
        '<dl><dt>Status</dt> <dd>Published</dd> <dt>Kind</dt> <dd>Claims</dd> </dl>' +
        '<details><summary>More</summary> <p>Body</p></details><figure><figcaption>Fig</figcaption> <svg></svg></figure>',
    );
  });

  it('leaves inline elements, text and existing white space alone', () => {
    const html =
      '<p><span>Sp1</span><span>Sp2</span></p><table><tr><th>A</th>\n<th>B</th>\n</tr></table><dl><dt>T</dt>text</dl>';
    expect(breakWordsBetweenElements(html)).toBe(html);
  });

  it('reads closing tags in any case', () => {
    expect(breakWordsBetweenElements('<TH>A</TH><TH>B</TH>')).toBe('<TH>A</TH> <TH>B</TH>');
  });
});
