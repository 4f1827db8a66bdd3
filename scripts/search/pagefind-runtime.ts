/**
 * One change to Pagefind's browser runtime (`pagefind.js`, written by the
 * indexer into each bundle), made by scripts/index-search.ts before the
 * index is moved into the site.
 *
 * Pagefind 1.6.0's exported `init()` starts loading the index (entry file,
 * WebAssembly, metadata) and returns without waiting for it. A `search()`
 * made before that load has finished waits in `getPtr()`, which checks
 * whether the index is ready every 50 ms (`await asyncSleep(50)`). The
 * search page searches as soon as `init()` returns, so its first results
 * waited on average half of that interval, and up to all of it, after the
 * index was ready: a Chromium trace of a cold first search showed the
 * page's main thread idle for 26 to 30 ms before the timer fired
 * (BENCHMARKS.md, "Search"). Checking every millisecond (browsers clamp
 * repeated timers to about 4 ms) removes that wait; each check is a few
 * microseconds of work. Nothing else in the runtime changes.
 *
 * The change is made only where the runtime reads exactly as expected. A
 * Pagefind version whose runtime reads otherwise stops the index step with
 * a message that says what to do, instead of shipping an unchanged runtime
 * unnoticed (scripts/index-search.test.ts builds a real index and checks
 * the written runtime).
 */

/** Pagefind's wait for its index, as written in the runtime of the pinned version. */
export const POLL_BEFORE = 'if(this.initError){throw this.initError;}await asyncSleep(50);}';
/** The same wait, checking every millisecond. */
export const POLL_AFTER = 'if(this.initError){throw this.initError;}await asyncSleep(1);}';

/**
 * `source` (the runtime at `file`, for messages) with the index wait
 * checking every millisecond. Throws, naming the file and the fix, when the
 * wait is not found exactly once.
 */
export function patchPagefindRuntime(source: string, file: string): string {
  const found = source.split(POLL_BEFORE).length - 1;
  if (found === 1) return source.replace(POLL_BEFORE, POLL_AFTER);
  if (found === 0 && source.includes(POLL_AFTER)) return source;
  throw new Error(
    `${file}: Pagefind's runtime ${found === 0 ? 'does not contain' : `contains ${found} times`} the wait for its index that the search page shortens ` +
      `("${POLL_BEFORE}"). The pinned Pagefind version (package.json) must write it once; after an upgrade, ` +
      'read getPtr() in the new pagefind.js and update scripts/search/pagefind-runtime.ts (or drop the change if Pagefind no longer polls)',
  );
}
