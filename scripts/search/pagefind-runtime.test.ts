import { describe, expect, it } from 'vitest';
import { POLL_AFTER, POLL_BEFORE, patchPagefindRuntime } from './pagefind-runtime.ts';

/** A runtime shaped like Pagefind 1.6.0's around its wait for the index. */
const runtime = (wait: string) =>
  `var asyncSleep=async(ms=100)=>{return new Promise((r)=>setTimeout(r,ms));};` +
  `class I{async getPtr(){while(this.raw_ptr===null){${wait}if(!this.raw_ptr){throw new Error("x");}return this.raw_ptr;}` +
  `async debouncedSearch(t,o,ms){await asyncSleep(ms);}}`;

describe('patchPagefindRuntime', () => {
  it("shortens the index wait, and only that: the debounce's sleep is Pagefind's own", () => {
    const out = patchPagefindRuntime(runtime(POLL_BEFORE), 'pagefind/pagefind.js');
    expect(out).toBe(runtime(POLL_AFTER));
    expect(out).toContain('await asyncSleep(ms);');
  });

  it('leaves a runtime it has already changed as it is (a second index run)', () => {
    expect(patchPagefindRuntime(runtime(POLL_AFTER), 'pagefind/pagefind.js')).toBe(
      runtime(POLL_AFTER),
    );
  });

  it('stops, naming the file and what to update, when the runtime reads otherwise', () => {
    const other = runtime('await new Promise((r)=>setTimeout(r,50));}');
    expect(() => patchPagefindRuntime(other, 'site/pagefind/pagefind.js')).toThrow(
      /site\/pagefind\/pagefind\.js: Pagefind's runtime does not contain .*scripts\/search\/pagefind-runtime\.ts/,
    );
    expect(() =>
      patchPagefindRuntime(runtime(POLL_BEFORE) + runtime(POLL_BEFORE), 'pagefind.js'),
    ).toThrow(/contains 2 times/);
  });
});
