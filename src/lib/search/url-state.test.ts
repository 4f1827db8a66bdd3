import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  hasFilters,
  normalizeQuery,
  pagefindFilters,
  parseSearchParams,
  sameState,
  searchUrl,
  toSearchParams,
  withFilter,
  type SearchState,
} from './url-state.ts';

describe('parseSearchParams', () => {
  it('reads the query and each known filter', () => {
    expect(
      parseSearchParams('?q=retention&technology=Facial+Recognition&section=retention'),
    ).toEqual({
      q: 'retention',
      filters: { technology: ['Facial Recognition'], section: ['retention'] },
    });
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

describe('toSearchParams and searchUrl', () => {
  it('write q first, then filters in display order', () => {
    const state: SearchState = {
      q: 'probe image',
      filters: { year: ['2023'], technology: ['Facial Recognition'] },
    };
    expect(toSearchParams(state).toString()).toBe(
      'q=probe+image&technology=Facial+Recognition&year=2023',
    );
    expect(searchUrl(state)).toBe('/search/?q=probe+image&technology=Facial+Recognition&year=2023');
  });

  it('give the bare search path for an empty search', () => {
    expect(searchUrl({ q: ' ', filters: {} })).toBe('/search/');
  });

  it.each([
    '?q=retention&technology=Facial+Recognition&section=retention',
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
