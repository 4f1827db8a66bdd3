import { describe, expect, it } from 'vitest';
import { count, form, pluralCategory } from './policy-plural.ts';

const POLICIES = { one: 'polityka', few: 'polityki', many: 'polityk', other: 'polityki' };

describe('plural forms', () => {
  it('picks the Polish and Russian forms by the number', () => {
    expect(count('pl', 1, POLICIES)).toBe('1 polityka');
    expect(count('pl', 2, POLICIES)).toBe('2 polityki');
    expect(count('pl', 5, POLICIES)).toBe('5 polityk');
    expect(pluralCategory('ru', 21)).toBe('one');
    expect(form('ru', 11, { one: 'абзац', few: 'абзаца', many: 'абзацев', other: 'абзаца' })).toBe(
      'абзацев',
    );
  });

  it('writes the number for the language and falls back to the "other" form', () => {
    expect(count('es', 1234, { one: 'palabra', other: 'palabras' })).toBe('1234 palabras');
    expect(count('bn', 3, { other: 'টি' })).toBe('৩ টি');
  });
});
