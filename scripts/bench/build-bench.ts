/**
 * The pure parts of the build benchmark (`npm run bench:build`,
 * scripts/bench-build.ts): its command line, the fit of time against the
 * number of policies, and the report's tables and summary line. Tested in
 * build-bench.test.ts; the benchmark itself is not part of `npm test`.
 */
import { parseArgs } from 'node:util';
import { median } from './measure.ts';

/** The sizes run by default, and the one `--large` adds. */
export const DEFAULT_SIZES = [10, 50, 200] as const;
export const LARGE_SIZE = 1000;
/** The largest size accepted (the corpus generator numbers slugs with at least three digits). */
export const MAX_POLICIES = 5000;
export const DEFAULT_SEED = 20261121;
/**
 * Rounds of the peer comparison by default: the portal's policy pages, then
 * the peer's, alternately. One round measured the ratio anywhere from 0.79
 * to 1.09 on this kind of machine (BENCHMARKS.md, "Build at scale"), so the
 * ratio is the median of the rounds'.
 */
export const DEFAULT_PEER_ROUNDS = 3;
export const MAX_PEER_ROUNDS = 20;

export const USAGE =
  'usage: npm run bench:build -- [--policies N[,N...]] [--large] [--peer [--peer-rounds N]] [--scopes] [--seed N] [--keep]';

/** What the benchmark was asked to do. */
export interface BuildBenchOptions {
  /** Numbers of synthetic policies, ascending, each run once. */
  sizes: number[];
  /** Build the same policy pages with Starlight too. */
  peer: boolean;
  /** Rounds of the peer comparison at each size (with `peer`). */
  peerRounds: number;
  /** Also build each size in the reduced scopes of REDUCED_SCOPES (what 60 s would take). */
  scopes: boolean;
  seed: number;
  /** Keep the temporary folder (its path is printed). */
  keep: boolean;
}

/** A usage error: the message to print before the usage line (exit 2). */
export class UsageError extends Error {}

function positiveInt(name: string, raw: string, max: number): number {
  if (!/^\d+$/.test(raw.trim()))
    throw new UsageError(`${name} takes a positive whole number, not "${raw}"`);
  const n = Number(raw);
  if (n < 1 || n > max) throw new UsageError(`${name} must be between 1 and ${max}, not ${n}`);
  return n;
}

/** Reads the command line; throws UsageError on anything it does not understand. */
export function parseBuildBenchArgs(argv: readonly string[]): BuildBenchOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        policies: { type: 'string' },
        large: { type: 'boolean', default: false },
        peer: { type: 'boolean', default: false },
        'peer-rounds': { type: 'string' },
        scopes: { type: 'boolean', default: false },
        seed: { type: 'string' },
        keep: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const raw = values['policies'];
  const listed =
    typeof raw === 'string'
      ? raw.split(',').map((s) => positiveInt('--policies', s, MAX_POLICIES))
      : [...DEFAULT_SIZES];
  if (values['large'] === true) listed.push(LARGE_SIZE);
  const sizes = [...new Set(listed)].sort((a, b) => a - b);
  const seed =
    typeof values['seed'] === 'string'
      ? positiveInt('--seed', values['seed'], 2 ** 32 - 1)
      : DEFAULT_SEED;
  const peer = values['peer'] === true;
  const rawRounds = values['peer-rounds'];
  if (typeof rawRounds === 'string' && !peer) throw new UsageError('--peer-rounds needs --peer');
  const peerRounds =
    typeof rawRounds === 'string'
      ? positiveInt('--peer-rounds', rawRounds, MAX_PEER_ROUNDS)
      : DEFAULT_PEER_ROUNDS;
  return {
    sizes,
    peer,
    peerRounds,
    scopes: values['scopes'] === true,
    seed,
    keep: values['keep'] === true,
  };
}

/**
 * A smaller build than the portal's, measured with `--scopes` to show the
 * owner what issue 16's 60 s would cost (BENCHMARKS.md, "What 60 s would
 * take"): the same pipeline in the same copy, with the PDFs left out
 * (`npm run reports -- --no-pdf`), or English only (every page in one
 * language instead of twelve), or both. These are measurements of builds
 * the portal does not publish: issues 11, 12 and 15 require the PDFs and
 * the eleven other languages.
 */
export interface ReducedScope {
  name: string;
  pdf: boolean;
  englishOnly: boolean;
}

export const REDUCED_SCOPES: readonly ReducedScope[] = [
  { name: 'without PDFs (12 languages)', pdf: false, englishOnly: false },
  { name: 'English only, with PDFs', pdf: true, englishOnly: true },
  { name: 'English only, without PDFs', pdf: false, englishOnly: true },
];

/** The build's steps for a scope: the reports step gets `--no-pdf` when the scope has no PDFs. */
export function scopeSteps(steps: readonly string[], scope: ReducedScope): string[] {
  const reports = steps.filter((x) => x === 'npm run reports');
  if (reports.length !== 1)
    throw new Error(
      `the build script must have one "npm run reports" step to leave the PDFs out, found ${reports.length}`,
    );
  return steps.map((x) => (x === 'npm run reports' && !scope.pdf ? `${x} -- --no-pdf` : x));
}

const LOCALES_DECLARATION = 'export const LOCALES: readonly LocaleInfo[] = [';
const BY_CODE_DECLARATION = 'const BY_CODE = new Map(LOCALES.map(';

/**
 * src/i18n/locales.ts rewritten so that LOCALES, from which every route,
 * the switcher, the reports and the search index take their languages,
 * holds English alone; every language stays known to localeInfo(). Only
 * ever written into the benchmark's copy. Throws, naming what it looked
 * for, when the file no longer reads as expected.
 */
export function englishOnlyLocales(source: string): string {
  for (const want of [LOCALES_DECLARATION, BY_CODE_DECLARATION])
    if (source.split(want).length !== 2)
      throw new Error(
        `src/i18n/locales.ts: expected one "${want}" to build English only; update englishOnlyLocales() in scripts/bench/build-bench.ts`,
      );
  return source
    .replace(LOCALES_DECLARATION, 'const ALL_LOCALES: readonly LocaleInfo[] = [')
    .replace(
      BY_CODE_DECLARATION,
      'export const LOCALES: readonly LocaleInfo[] = ALL_LOCALES.filter((l) => l.code === DEFAULT_LOCALE);\nconst BY_CODE = new Map(ALL_LOCALES.map(',
    );
}

/** A least-squares line through (policies, seconds): the fixed cost and the cost of each policy. */
export interface LinearFit {
  /** Seconds at zero policies (start-up, the real pages, the fixed reports). */
  intercept: number;
  /** Seconds per policy. */
  slope: number;
  /** Share of the variance the line explains (1 with two points). */
  r2: number;
}

/** Fits time = intercept + slope × policies by least squares. Needs two distinct sizes. */
export function fitLinear(points: readonly { n: number; seconds: number }[]): LinearFit {
  const ns = new Set(points.map((p) => p.n));
  if (ns.size < 2) throw new RangeError('fitLinear: needs at least two different sizes');
  const k = points.length;
  const mx = points.reduce((s, p) => s + p.n, 0) / k;
  const my = points.reduce((s, p) => s + p.seconds, 0) / k;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    sxx += (p.n - mx) ** 2;
    sxy += (p.n - mx) * (p.seconds - my);
    syy += (p.seconds - my) ** 2;
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const ssr = points.reduce((s, p) => s + (p.seconds - intercept - slope * p.n) ** 2, 0);
  return { intercept, slope, r2: syy === 0 ? 1 : 1 - ssr / syy };
}

/**
 * The cost of each added policy between consecutive sizes (seconds per
 * policy): flat when the pipeline is linear, rising when something is
 * repeated for every pair of policies or every page.
 */
export function marginalCosts(
  points: readonly { n: number; seconds: number }[],
): { from: number; to: number; perPolicy: number }[] {
  const sorted = [...points].sort((a, b) => a.n - b.n);
  const out: { from: number; to: number; perPolicy: number }[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (b.n === a.n) continue;
    out.push({ from: a.n, to: b.n, perPolicy: (b.seconds - a.seconds) / (b.n - a.n) });
  }
  return out;
}

/**
 * The comparison with the peer over alternating rounds (seconds each side):
 * each round's ratio (portal / peer, measured minutes apart, so under
 * similar load), their median, and the peer's median time.
 */
export function peerComparison(rounds: readonly { ours: number; peer: number }[]): {
  ratios: number[];
  ratio: number;
  peerSeconds: number;
  oursSeconds: number;
} {
  const ratios = rounds.map((r) => r.ours / r.peer);
  return {
    ratios,
    ratio: median(ratios),
    peerSeconds: median(rounds.map((r) => r.peer)),
    oursSeconds: median(rounds.map((r) => r.ours)),
  };
}

/** How the peer run went: its build time, or why it did not run. */
export type PeerResult =
  { ran: true; seconds: number; ratio: number } | { ran: false; why: string };

/** Seconds for the summary line: two decimals under 10 s, one above. */
export function formatSeconds(s: number): string {
  return s < 10 ? s.toFixed(2) : s.toFixed(1);
}

/**
 * The benchmark's last line:
 * `build: N policies in S s (P s per policy; peer: T s, ratio R)`, or
 * `…; peer: not run (<reason>))` when the peer was not built.
 */
export function summaryLine(
  policies: number,
  seconds: number,
  perPolicy: number,
  peer: PeerResult,
): string {
  const peerText = peer.ran
    ? `peer: ${formatSeconds(peer.seconds)} s, ratio ${peer.ratio.toFixed(2)}`
    : `peer: not run (${peer.why})`;
  return `build: ${policies} policies in ${formatSeconds(seconds)} s (${perPolicy.toFixed(3)} s per policy; ${peerText})`;
}

/** Formats a byte count for the tables: "812 KB", "61.4 MB". */
export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.round(n / 1024).toLocaleString('en-US')} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** One line of a Markdown table, cells separated by pipes. */
export function tableRow(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}
