/**
 * Per-build caches keyed by shared objects: parsePolicyBody() returns the
 * same frozen sections to every caller, so work derived from them (sentences,
 * search record bodies, a report's related phrase) is done once per build
 * instead of once per rule, language or page. Pure; no Astro.
 */

/** What a cache needs: a Map or a WeakMap. */
interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value `cache` holds for `key`, made by `make` (and kept) the first time. `null` is a value. */
export function remembered<K, V>(cache: Cache<K, V>, key: K, make: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  cache.set(key, value);
  return value;
}
