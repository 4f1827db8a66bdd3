import { describe, expect, it } from 'vitest';
import { remembered } from './memo.ts';

describe('remembered', () => {
  it('makes a value once per key and returns the kept one after', () => {
    const cache = new WeakMap<object, number[]>();
    const a = {};
    let made = 0;
    const make = () => [++made];
    const first = remembered(cache, a, make);
    expect(remembered(cache, a, make)).toBe(first);
    expect(remembered(cache, {}, make)).toEqual([2]);
    expect(made).toBe(2);
  });

  it('keeps null as a value (a search that found nothing is not run again)', () => {
    const cache = new Map<string, string | null>();
    let runs = 0;
    const make = () => {
      runs++;
      return null;
    };
    expect(remembered(cache, 'k', make)).toBeNull();
    expect(remembered(cache, 'k', make)).toBeNull();
    expect(runs).toBe(1);
  });
});
