/**
 * Two changes to Pagefind's browser runtime (`pagefind.js`, written by the
 * indexer into each bundle), made by scripts/index-search.ts before the
 * index is moved into the site. Neither changes what a search finds; both
 * shorten a visitor's first search (BENCHMARKS.md, "Search").
 *
 * 1. **The wait for the index.** Pagefind 1.6.0's exported `init()` starts
 *    loading the index (entry file, WebAssembly, metadata) and returns
 *    without waiting for it. A `search()` made before that load has finished
 *    waits in `getPtr()`, which checks whether the index is ready every
 *    50 ms (`await asyncSleep(50)`). The search page searches as soon as
 *    `init()` returns, so its first results waited on average half of that
 *    interval, and up to all of it, after the index was ready: a Chromium
 *    trace of a cold first search showed the page's main thread idle for 26
 *    to 30 ms before the timer fired. Checking every millisecond (browsers
 *    clamp repeated timers to about 4 ms) removes that wait; each check is a
 *    few microseconds of work.
 * 2. **The query's grapheme segmentation.** Before it looks a query up,
 *    `search()` lower-cases it and drops punctuation one grapheme cluster at
 *    a time, with an `Intl.Segmenter` it creates for the purpose; where the
 *    browser has no segmenter it does the same one code point at a time.
 *    Creating the first segmenter in a page's renderer loads the browser's
 *    break rules: 21 to 44 ms of a cold first search on the 2-core bench
 *    machine (measured alone in fresh renderers). For a query written only
 *    in code points U+0000 to U+02FF (Latin letters with their precomposed
 *    accents, digits, ASCII and Latin-1 punctuation), every grapheme cluster
 *    is one code point except CR LF, and the two ways give the same
 *    normalized query (scripts/index-search.test.ts runs both on the written
 *    runtime's own code), so the runtime takes the code point way for such a
 *    query in a language Pagefind does not split into words (not Chinese,
 *    Japanese or Thai). Any other query is segmented as before.
 *
 * Each change is made only where the runtime reads exactly as expected. A
 * Pagefind version whose runtime reads otherwise stops the index step with
 * a message that says what to do, instead of shipping an unchanged runtime
 * unnoticed (scripts/index-search.test.ts builds a real index and checks
 * the written runtime).
 */

/** Pagefind's wait for its index, as written in the runtime of the pinned version. */
export const POLL_BEFORE = 'if(this.initError){throw this.initError;}await asyncSleep(50);}';
/** The same wait, checking every millisecond. */
export const POLL_AFTER = 'if(this.initError){throw this.initError;}await asyncSleep(1);}';

/** Where `search()` chooses grapheme segmentation, as written in the pinned version. */
export const SEGMENT_BEFORE = 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){';
/**
 * The same choice, segmenting only a query with a code point above U+02FF
 * or in a language that needs word segmentation (Pagefind's own
 * `needsWordSegmentation`).
 */
export const SEGMENT_AFTER =
  'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"&&(needsWordSegmentation(trueLanguage)||/[^\\u0000-\\u02ff]/.test(term))){';

/** One change to the runtime: what it does (for messages), and the text before and after. */
interface RuntimeChange {
  what: string;
  before: string;
  after: string;
  /** Where in the runtime to read when an upgrade writes it otherwise. */
  where: string;
}

export const RUNTIME_CHANGES: readonly RuntimeChange[] = [
  {
    what: 'the wait for its index that the search page shortens',
    before: POLL_BEFORE,
    after: POLL_AFTER,
    where: 'getPtr()',
  },
  {
    what: 'the choice of grapheme segmentation for a query that the search page skips for Latin-script queries',
    before: SEGMENT_BEFORE,
    after: SEGMENT_AFTER,
    where: 'search()',
  },
];

/**
 * `source` (the runtime at `file`, for messages) with every change of
 * RUNTIME_CHANGES made. A change already made (a second index run) is left
 * as it is. Throws, naming the file, the change and the fix, when the text a
 * change replaces is not found exactly once.
 */
export function patchPagefindRuntime(source: string, file: string): string {
  let out = source;
  for (const { what, before, after, where } of RUNTIME_CHANGES) {
    const found = out.split(before).length - 1;
    if (found === 1) {
      out = out.replace(before, () => after);
      continue;
    }
    if (found === 0 && out.includes(after)) continue;
    throw new Error(
      `${file}: Pagefind's runtime ${found === 0 ? 'does not contain' : `contains ${found} times`} ${what} ` +
        `("${before}"). The pinned Pagefind version (package.json) must write it once; after an upgrade, ` +
        `read ${where} in the new pagefind.js and update scripts/search/pagefind-runtime.ts (or drop the change if Pagefind no longer needs it)`,
    );
  }
  return out;
}
