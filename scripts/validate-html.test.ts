import { describe, expect, it } from 'vitest';
import { classify } from './validate-html.ts';

describe('classify (Nu Html Checker JSON messages)', () => {
  it('counts errors and fatal errors as errors, info warnings as warnings, and drops plain info', () => {
    const root = '/site';
    const found = classify(
      [
        {
          type: 'error',
          url: 'file:/site/a/index.html',
          lastLine: 3,
          firstColumn: 7,
          message: 'Stray start tag “script”.',
        },
        {
          type: 'error',
          subType: 'fatal',
          url: 'file:/site/a/index.html',
          lastLine: 3,
          message: 'Cannot recover.',
        },
        {
          type: 'info',
          subType: 'warning',
          url: 'file:/site/b/index.html',
          lastLine: 1,
          firstColumn: 2,
          message: 'Article lacks heading.',
        },
        {
          type: 'info',
          url: 'file:/site/b/index.html',
          message: 'Trailing slash on void elements has no effect.',
        },
        { type: 'non-document-error', subType: 'io', message: 'Cannot read file.' },
      ],
      root,
    );
    expect(found.errors).toEqual([
      '(checker):0:0: Cannot read file.',
      'a/index.html:3:0: Cannot recover.',
      'a/index.html:3:7: Stray start tag “script”.',
    ]);
    expect(found.warnings).toEqual(['b/index.html:1:2: Article lacks heading.']);
  });
});
