import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  cutQueryLength,
  hasFilters,
  normalizeQuery,
  pagefindFilters,
  parseSearchParams,
  queryCutMessage,
  sameState,
  searchUrl,
  toSearchParams,
  withFilter,
  type SearchState,
} from './url-state.ts';

const NAMES = {
  'facial-recognition': 'Facial Recognition',
  'thermographic-cameras': 'Thermographic Cameras',
};

describe('parseSearchParams', () => {
  it('reads the query and each known filter', () => {
    expect(
      parseSearchParams('?q=retention&technology=facial-recognition&section=retention', NAMES),
    ).toEqual({
      q: 'retention',
      filters: { technology: ['facial-recognition'], section: ['retention'] },
    });
  });

  it('reads an old link with display names as the slugs and keys of the URL contract', () => {
    expect(
      parseSearchParams(
        '?q=retention&technology=Facial+Recognition&section=Retention%2C+Access+%26+Use+of+Data',
        NAMES,
      ),
    ).toEqual({
      q: 'retention',
      filters: { technology: ['facial-recognition'], section: ['retention'] },
    });
    expect(
      parseSearchParams('technology=Thermographic+Cameras&technology=thermographic-cameras', NAMES)
        .filters,
    ).toEqual({ technology: ['thermographic-cameras'] });
  });

  it('reads a repeated filter as several values, without duplicates', () => {
    expect(parseSearchParams('section=rules&section=audit&section=rules').filters).toEqual({
      section: ['rules', 'audit'],
    });
  });

  it('ignores unknown parameters and blank values', () => {
    expect(parseSearchParams('q=&utm_source=x&year=&kind=%20')).toEqual({ q: '', filters: {} });
  });

  it('collapses white space in the query and caps its length', () => {
    expect(parseSearchParams(`q=${encodeURIComponent('  probe \n image ')}`).q).toBe('probe image');
    expect(parseSearchParams(`q=${'a'.repeat(500)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('an overlong query', () => {
  it('is cut at MAX_QUERY_LENGTH (200) characters', () => {
    expect(MAX_QUERY_LENGTH).toBe(200);
    expect(normalizeQuery('b'.repeat(250))).toBe('b'.repeat(200));
  });

  it('reports its length only when it was cut, counting collapsed white space', () => {
    expect(cutQueryLength('a'.repeat(200))).toBeNull();
    expect(cutQueryLength(`${'a'.repeat(100)}     ${'a'.repeat(99)}`)).toBeNull();
    expect(cutQueryLength('a'.repeat(201))).toBe(201);
    expect(cutQueryLength('')).toBeNull();
  });

  it('never ends in half a surrogate pair or a space', () => {
    const q = `${'a'.repeat(199)}😀tail`;
    expect(normalizeQuery(q)).toBe('a'.repeat(199));
    expect(normalizeQuery(`${'a'.repeat(199)} bcd`)).toBe('a'.repeat(199));
  });

  it('is explained in words', () => {
    expect(queryCutMessage(1234)).toBe(
      'Your search was 1,234 characters long, so only its first 200 characters were searched.',
    );
  });
});

describe('toSearchParams and searchUrl', () => {
  it('write q first, then filters in display order', () => {
    const state: SearchState = {
      q: 'probe image',
      filters: { year: ['2023'], technology: ['facial-recognition'] },
    };
    expect(toSearchParams(state).toString()).toBe(
      'q=probe+image&technology=facial-recognition&year=2023',
    );
    expect(searchUrl(state)).toBe('/search/?q=probe+image&technology=facial-recognition&year=2023');
  });

  it('give the bare search path for an empty search', () => {
    expect(searchUrl({ q: ' ', filters: {} })).toBe('/search/');
  });

  it.each([
    '?q=retention&technology=facial-recognition&section=retention',
    '?section=rules&section=audit',
    '?q=%E2%80%9Cquoted%E2%80%9D+%26+more&status=final&year=2023&kind=policy',
  ])('round-trip %s through parse and write', (qs) => {
    const state = parseSearchParams(qs);
    expect(parseSearchParams(toSearchParams(state))).toEqual(state);
  });
});

describe('sameState', () => {
  it('ignores filter key order but not value changes', () => {
    const a: SearchState = { q: 'x', filters: { technology: ['A'], year: ['2023'] } };
    const b: SearchState = { q: 'x', filters: { year: ['2023'], technology: ['A'] } };
    expect(sameState(a, b)).toBe(true);
    expect(sameState(a, withFilter(a, 'year', ['2022']))).toBe(false);
  });
});

describe('withFilter', () => {
  const state: SearchState = { q: 'x', filters: { technology: ['A'] } };

  it('sets a filter without changing the original state', () => {
    expect(withFilter(state, 'section', ['retention'])).toEqual({
      q: 'x',
      filters: { technology: ['A'], section: ['retention'] },
    });
    expect(state.filters).toEqual({ technology: ['A'] });
  });

  it('clears a filter given no values or only blanks', () => {
    expect(withFilter(state, 'technology', [''])).toEqual({ q: 'x', filters: {} });
    expect(hasFilters(withFilter(state, 'technology', []))).toBe(false);
  });
});

describe('pagefindFilters', () => {
  it('asks for any of the values of each selected filter', () => {
    expect(
      pagefindFilters({ q: '', filters: { section: ['rules', 'audit'], technology: ['A'] } }),
    ).toEqual({ technology: { any: ['A'] }, section: { any: ['rules', 'audit'] } });
  });
});

describe('normalizeQuery', () => {
  it('trims and collapses white space', () => {
    expect(normalizeQuery('\tthermal   images ')).toBe('thermal images');
  });
});
