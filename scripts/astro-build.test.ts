import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAP_MB_MIN, countPolicies, heapLimitMb, nodeArgs } from './astro-build.ts';

describe('build:pages heap limit', () => {
  it('is the minimum up to 256 policies, then 6 MB a policy', () => {
    expect(heapLimitMb(0)).toBe(HEAP_MB_MIN);
    expect(heapLimitMb(2)).toBe(1536);
    expect(heapLimitMb(200)).toBe(1536);
    expect(heapLimitMb(256)).toBe(1536);
    expect(heapLimitMb(500)).toBe(3000);
    expect(heapLimitMb(1000)).toBe(6000);
  });

  it('is passed to Node unless NODE_OPTIONS already sets one', () => {
    expect(nodeArgs(1536, undefined)).toEqual(['--max-old-space-size=1536']);
    expect(nodeArgs(1536, '--enable-source-maps')).toEqual(['--max-old-space-size=1536']);
    expect(nodeArgs(1536, '--max-old-space-size=4096')).toEqual([]);
    expect(nodeArgs(1536, '--trace-gc --max-old-space-size 4096')).toEqual([]);
  });

  it('counts the imported policies, and none in a folder that does not exist', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pp-build-pages-'));
    try {
      writeFileSync(path.join(dir, 'a.md'), '');
      writeFileSync(path.join(dir, 'b.md'), '');
      writeFileSync(path.join(dir, 'notes.txt'), '');
      mkdirSync(path.join(dir, 'sub'));
      expect(countPolicies(dir)).toBe(2);
      expect(countPolicies(path.join(dir, 'missing'))).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
