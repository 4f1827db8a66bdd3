import { describe, expect, it } from 'vitest';
import { fillText, parseLinkedText, templateNames } from './text-template.ts';

describe('fillText', () => {
  it('fills each placeholder once, never reading a value as a placeholder', () => {
    expect(fillText('{count} para “{q}”', { count: '3 resultados', q: '{count}' })).toBe(
      '3 resultados para “{count}”',
    );
    expect(fillText('{n} of {total}', { n: 2, total: 5 })).toBe('2 of 5');
  });

  it('leaves an unknown placeholder as written', () => {
    expect(fillText('{a} {b}', { a: 'x' })).toBe('x {b}');
  });
});

describe('parseLinkedText', () => {
  it('splits text, links, slots and strong parts in order', () => {
    expect(
      parseLinkedText('**Nota.** Véase el [método](method); conjunto {dataset} (y más).'),
    ).toEqual([
      { kind: 'strong', text: 'Nota.' },
      { kind: 'text', text: ' Véase el ' },
      { kind: 'link', label: 'método', name: 'method' },
      { kind: 'text', text: '; conjunto ' },
      { kind: 'slot', name: 'dataset' },
      { kind: 'text', text: ' (y más).' },
    ]);
  });

  it('reads a text without markers as one text part, and right-to-left text alike', () => {
    expect(parseLinkedText('Plain (text) [not a link]')).toEqual([
      { kind: 'text', text: 'Plain (text) [not a link]' },
    ]);
    expect(parseLinkedText('راجع [الطريقة](method).')).toEqual([
      { kind: 'text', text: 'راجع ' },
      { kind: 'link', label: 'الطريقة', name: 'method' },
      { kind: 'text', text: '.' },
    ]);
  });
});

describe('templateNames', () => {
  it('lists link and slot names once, sorted', () => {
    expect(templateNames('[a](timeline) {n} [b](feed) {n}')).toEqual(['feed', 'n', 'timeline']);
    expect(templateNames('none')).toEqual([]);
  });
});
