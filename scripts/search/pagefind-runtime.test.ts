import { describe, expect, it } from 'vitest';
import {
  POLL_AFTER,
  POLL_BEFORE,
  SEGMENT_AFTER,
  SEGMENT_BEFORE,
  patchPagefindRuntime,
} from './pagefind-runtime.ts';

/** A runtime shaped like Pagefind 1.6.0's around the two places the index step changes. */
const runtime = (wait: string, segment: string) =>
  `var asyncSleep=async(ms=100)=>{return new Promise((r)=>setTimeout(r,ms));};` +
  `class I{async getPtr(){while(this.raw_ptr===null){${wait}if(!this.raw_ptr){throw new Error("x");}return this.raw_ptr;}` +
  `async search(term){let trueLanguage="en";const term_chunks=[];${segment}term=term.toLowerCase();}}` +
  `async debouncedSearch(t,o,ms){await asyncSleep(ms);}}`;

describe('patchPagefindRuntime', () => {
  it("shortens the index wait and skips segmentation for Latin-script queries, and only that: the debounce's sleep is Pagefind's own", () => {
    const out = patchPagefindRuntime(runtime(POLL_BEFORE, SEGMENT_BEFORE), 'pagefind/pagefind.js');
    expect(out).toBe(runtime(POLL_AFTER, SEGMENT_AFTER));
    expect(out).toContain('await asyncSleep(ms);');
    // The range is written into the runtime as a regular expression's escapes.
    expect(out).toContain('/[^\\u0000-\\u02ff]/.test(term)');
  });

  it('leaves a runtime it has already changed as it is (a second index run)', () => {
    expect(patchPagefindRuntime(runtime(POLL_AFTER, SEGMENT_AFTER), 'pagefind/pagefind.js')).toBe(
      runtime(POLL_AFTER, SEGMENT_AFTER),
    );
  });

  it('stops, naming the file, the change and what to update, when the runtime reads otherwise', () => {
    const otherWait = runtime('await new Promise((r)=>setTimeout(r,50));}', SEGMENT_BEFORE);
    expect(() => patchPagefindRuntime(otherWait, 'site/pagefind/pagefind.js')).toThrow(
      /site\/pagefind\/pagefind\.js: Pagefind's runtime does not contain the wait for its index .*getPtr\(\).*scripts\/search\/pagefind-runtime\.ts/,
    );
    const otherSegment = runtime(POLL_BEFORE, 'if(typeof Intl.Segmenter!=="undefined"){');
    expect(() => patchPagefindRuntime(otherSegment, 'pagefind.js')).toThrow(
      /does not contain the choice of grapheme segmentation .*search\(\)/,
    );
    const twice = runtime(POLL_BEFORE, SEGMENT_BEFORE);
    expect(() => patchPagefindRuntime(twice + twice, 'pagefind.js')).toThrow(/contains 2 times/);
  });
});
