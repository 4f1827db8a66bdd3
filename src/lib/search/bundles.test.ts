import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/locales.ts';
import {
  PAGEFIND_BASE,
  type SearchIndex,
  combineIndexes,
  POLICY_TEXT_BASE,
  mergeFilterCounts,
  mergeSearches,
  usesPolicyTextBundle,
} from './bundles.ts';

describe('bundles', () => {
  it('puts the policy text bundle inside the site bundle, and uses it in every language but English', () => {
    expect(POLICY_TEXT_BASE.startsWith(PAGEFIND_BASE)).toBe(true);
    expect(POLICY_TEXT_BASE).toBe('/pagefind/policy-text/');
    expect(LOCALES.filter((l) => !usesPolicyTextBundle(l.code)).map((l) => l.code)).toEqual(['en']);
  });
});

describe('mergeFilterCounts', () => {
  it('adds counts value by value, keeps values found in one side only, and changes neither input', () => {
    const a = { technology: { drones: 2, 'facial-recognition': 1 }, kind: { policy: 3 } };
    const b = { technology: { drones: 5 }, section: { retention: 4 } };
    const before = JSON.stringify([a, b]);
    expect(mergeFilterCounts(a, b)).toEqual({
      technology: { drones: 7, 'facial-recognition': 1 },
      kind: { policy: 3 },
      section: { retention: 4 },
    });
    expect(JSON.stringify([a, b])).toBe(before);
    expect(mergeFilterCounts()).toEqual({});
  });
});

describe('mergeSearches', () => {
  const response = (ids: [string, number][], n: number) => ({
    results: ids.map(([id, score]) => ({ id, score })),
    filters: { kind: { policy: n } },
    totalFilters: { kind: { policy: n * 10 } },
  });

  it('ranks the results of both by score, the first response first on a tie, and adds the counts', () => {
    const merged = mergeSearches(
      response(
        [
          ['a1', 9],
          ['a2', 3],
          ['a3', 3],
        ],
        3,
      ),
      response(
        [
          ['b1', 5],
          ['b2', 3],
          ['b3', 1],
        ],
        2,
      ),
    );
    expect(merged.results.map((r) => r.id)).toEqual(['a1', 'b1', 'a2', 'a3', 'b2', 'b3']);
    expect(merged.filters).toEqual({ kind: { policy: 5 } });
    expect(merged.totalFilters).toEqual({ kind: { policy: 50 } });
  });

  it('keeps every result of either side when the other is empty', () => {
    const one = response(
      [
        ['x', 1],
        ['y', 2],
      ],
      2,
    );
    expect(mergeSearches(one, response([], 0)).results.map((r) => r.id)).toEqual(['y', 'x']);
    expect(mergeSearches(response([], 0), one).results).toHaveLength(2);
  });
});

describe('combineIndexes', () => {
  type R = { id: string; score: number };
  const index = (results: R[], calls: string[], name: string): SearchIndex<R> => ({
    preload: (q) => {
      calls.push(`${name} preload ${q}`);
      return Promise.resolve();
    },
    filters: () => Promise.resolve({ section: { retention: results.length } }),
    search: (q, o) => {
      calls.push(`${name} search ${q} ${JSON.stringify(o.filters)}`);
      return Promise.resolve({ results, filters: { kind: { policy: 1 } }, totalFilters: {} });
    },
  });

  it('asks both indexes the same thing and merges what they answer', async () => {
    const calls: string[] = [];
    const both = combineIndexes(
      index([{ id: 'page', score: 2 }], calls, 'es'),
      index(
        [
          { id: 'record', score: 4 },
          { id: 'record2', score: 1 },
        ],
        calls,
        'text',
      ),
    );
    const filters = { section: { any: ['retention'] } };
    const found = await both.search('retention', { filters });
    expect(found.results.map((r) => r.id)).toEqual(['record', 'page', 'record2']);
    expect(found.filters).toEqual({ kind: { policy: 2 } });
    await both.preload('ret', { filters });
    expect(await both.filters()).toEqual({ section: { retention: 3 } });
    expect(calls).toEqual([
      'es search retention {"section":{"any":["retention"]}}',
      'text search retention {"section":{"any":["retention"]}}',
      'es preload ret',
      'text preload ret',
    ]);
  });

  it('fails when either index fails', async () => {
    const calls: string[] = [];
    const broken: SearchIndex<R> = {
      ...index([], calls, 'text'),
      search: () => Promise.reject(new Error('index chunk not found')),
    };
    await expect(
      combineIndexes(index([], calls, 'es'), broken).search('x', { filters: {} }),
    ).rejects.toThrow('index chunk not found');
  });
});
