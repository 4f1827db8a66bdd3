/**
 * `npm run build:pages`: `astro build`, with V8's heap limit sized to the
 * corpus. Arguments are passed on to `astro build`.
 *
 * Astro renders every page in one process. Left to itself, V8 lets the heap
 * grow towards its default limit (a quarter or more of the machine's memory)
 * before collecting in earnest: at 200 policies (14,797 pages) the build
 * peaked at 2.3-2.5 GB although what it keeps alive is about 550 MB (it
 * still completes, twice as slowly, with a 600 MB limit). With a limit of
 * HEAP_MB_PER_POLICY MB per policy, at least HEAP_MB_MIN, it peaked at
 * 1.66 GB and took no longer (BENCHMARKS.md, "Build at scale").
 *
 * A limit given in NODE_OPTIONS (`--max-old-space-size=...`) wins.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The least heap limit, MB. */
export const HEAP_MB_MIN = 1536;
/** Heap limit per imported policy, MB: about 3 times what a policy keeps alive during the build. */
export const HEAP_MB_PER_POLICY = 6;

/** V8's old-space limit for a build of `policies` policies, MB. */
export function heapLimitMb(policies: number): number {
  return Math.max(HEAP_MB_MIN, Math.ceil(HEAP_MB_PER_POLICY * policies));
}

/** Number of imported policies (`<slug>.md`) in `dir`; 0 when it does not exist. */
export function countPolicies(dir: string): number {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.md')).length;
  } catch {
    return 0;
  }
}

/** Node's arguments for `astro build` with the limit, unless NODE_OPTIONS sets one. */
export function nodeArgs(limitMb: number, nodeOptions: string | undefined): string[] {
  return /--max-old-space-size(=|\s)/.test(nodeOptions ?? '')
    ? []
    : [`--max-old-space-size=${limitMb}`];
}

function main(): void {
  const dir = process.env['PP_POLICIES_DIR'] ?? './content/policies';
  const limit = heapLimitMb(countPolicies(dir));
  const require = createRequire(import.meta.url);
  const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
  const child = spawnSync(
    process.execPath,
    [...nodeArgs(limit, process.env['NODE_OPTIONS']), astro, 'build', ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  if (child.error) {
    console.error(`build:pages: could not start astro build: ${child.error.message}`);
    process.exit(1);
  }
  if (child.signal) {
    console.error(`build:pages: astro build was stopped by ${child.signal}`);
    process.exit(1);
  }
  process.exit(child.status ?? 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
