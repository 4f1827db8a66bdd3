/**
 * `npm run bench:build -- [--policies N[,N...]] [--large] [--peer [--peer-rounds N]] [--scopes] [--seed N] [--keep]`
 *
 * The whole pipeline as the corpus grows. For each size N (default 10, 50
 * and 200; --large adds 1,000), in a folder in os.tmpdir() (never in the
 * repository or the site):
 *
 * 1. copies the repository's files (`git ls-files`, uncommitted changes
 *    included) and links its node_modules;
 * 2. writes N seeded synthetic policies (scripts/bench/synthetic-corpus.ts)
 *    in the layout the NYPD publishes (scripts/bench/published-text.ts) to
 *    data/policies/<slug>/<slug>.txt with their publication.json, beside the
 *    real policies;
 * 3. imports them with the real importer (`npm run import -- <files>`) and
 *    checks each entry reads back as the policy written;
 * 4. runs the real build, stage by stage as package.json's "build" script
 *    lists them (aggregate, build:pages = astro build, reports, index);
 *
 * and reports for each stage its wall time, CPU time, peak memory, and the
 * pages and bytes it wrote (scripts/bench/measure.ts says how), then how time
 * grows with N: the cost of each added policy between sizes and a
 * least-squares line.
 *
 * With --peer, the same policy pages are also built with Starlight
 * (scripts/bench/peer.ts), installed into the temporary folder, and compared
 * with the portal's own build of its policy pages alone (the same build in
 * the same copy, every other route removed): astro build plus the search
 * index on both sides (Starlight indexes with Pagefind inside astro build).
 * The two are built alternately, --peer-rounds times (default 3); the
 * ratio is the median of the rounds' ratios, since one round's ratio moved
 * from 0.79 to 1.09 with what else the machine was doing.
 *
 * With --scopes, each size is built again in the same copy in the reduced
 * scopes of REDUCED_SCOPES (scripts/bench/build-bench.ts): without the
 * PDFs, in English only, and both; builds the portal does not publish,
 * measured so that the cost of issue 16's 60 s goal is a figure, not an
 * estimate. They run before the peer comparison, which prunes the copy.
 *
 * The last line is the summary:
 * `build: N policies in S s (P s per policy; peer: T s, ratio R)`.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../src/i18n/locales.ts';
import { parsePolicyBody } from '../src/lib/policy/body.ts';
import {
  type BuildBenchOptions,
  type LinearFit,
  type PeerResult,
  REDUCED_SCOPES,
  type ReducedScope,
  USAGE,
  UsageError,
  fitLinear,
  formatBytes,
  marginalCosts,
  englishOnlyLocales,
  parseBuildBenchArgs,
  peerComparison,
  scopeSteps,
  summaryLine,
  tableRow,
} from './bench/build-bench.ts';
import {
  type StageUsage,
  PSS_EVERY,
  SAMPLE_MS,
  measureCommand,
  median,
  snapshotFiles,
  written,
} from './bench/measure.ts';
import { STARLIGHT_VERSION, installPeer, writePeerSite } from './bench/peer.ts';
import { publicationJson, publishedText } from './bench/published-text.ts';
import { syntheticCorpus } from './bench/synthetic-corpus.ts';
import { identify } from './import/cover.ts';
import { linesFromText } from './import/lines.ts';

let options: BuildBenchOptions;
try {
  options = parseBuildBenchArgs(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(`bench:build: ${e.message}\n${USAGE}`);
  process.exit(2);
}

const REPO = process.cwd();
const root = mkdtempSync(path.join(os.tmpdir(), 'pp-bench-build-'));
const s = (ms: number) => (ms / 1000).toFixed(2);
const load = () => (os.loadavg()[0] as number).toFixed(1);

/** One measured stage of one run. */
interface StageRow extends StageUsage {
  stage: string;
  loadBefore: string;
  files: number;
  bytes: number;
  pages: number;
}

/** One round of the comparison: the portal's policy pages alone (build, index), then the peer's. */
interface Round {
  ours: StageRow[];
  peer: StageRow | null;
}

/** The portal's policy pages alone and the peer's, at one size, in alternating rounds. */
interface Compared {
  rounds: Round[];
  oursPages: number;
  peerPages: number;
}

/** One size's results. */
interface SizeRun {
  n: number;
  policies: number;
  stages: StageRow[];
  /** Pages the build emitted (HTML files in the site folder). */
  sitePages: number;
  /** PDFs the build emitted. */
  sitePdfs: number;
  /** The portal's policy pages alone, and the peer (with --peer). */
  compared?: Compared;
  /** The same build in the reduced scopes (with --scopes). */
  scoped?: ScopedRun[];
}

/** One reduced scope's build at one size (with --scopes). */
interface ScopedRun {
  scope: ReducedScope;
  stages: StageRow[];
  pages: number;
  pdfs: number;
}

function fail(message: string): never {
  console.error(`bench:build: ${message}`);
  console.error(`bench:build: the temporary folder is kept for inspection: ${root}`);
  process.exit(1);
}

/** The repository's files (tracked, and new files not ignored), as the working tree has them. */
function repoFiles(): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: REPO,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return [...new Set(out.split('\0').filter(Boolean))].filter((f) =>
    existsSync(path.join(REPO, f)),
  );
}

function copyRepo(into: string): void {
  for (const f of repoFiles()) {
    const to = path.join(into, f);
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(path.join(REPO, f), to);
  }
  symlinkSync(
    realpathSync(path.join(REPO, 'node_modules')),
    path.join(into, 'node_modules'),
    'dir',
  );
}

function filesEnding(dir: string, ext: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith(ext),
  ).length;
}

const htmlFiles = (dir: string): number => filesEnding(dir, '.html');

/** The environment of every stage: the copy's tools first, no folder overrides from the caller. */
function stageEnv(site: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('PP_')) delete env[k];
  return {
    ...env,
    PATH: `${path.join(site, 'node_modules', '.bin')}${path.delimiter}${env['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: 'http://localhost:4321',
    ...extra,
  };
}

async function stage(
  name: string,
  command: string,
  cwd: string,
  logs: string,
  env: NodeJS.ProcessEnv,
  watch: string = cwd,
): Promise<StageRow> {
  const before = snapshotFiles(watch);
  const loadBefore = load();
  const logFile = path.join(logs, `${name.replace(/[^a-z0-9]+/gi, '-')}.log`);
  const usage = await measureCommand(command, { cwd, env, logFile });
  if (usage.exitCode !== 0) {
    const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-25).join('\n');
    fail(
      `stage "${name}" (${command}) exited with ${usage.exitCode}; last lines of ${logFile}:\n${tail}`,
    );
  }
  const w = written(before, snapshotFiles(watch));
  const row: StageRow = { stage: name, loadBefore, ...usage, ...w };
  console.log(
    `  ${name}: ${s(usage.wallMs)} s wall, ${s(usage.cpuMs)} s CPU (machine busy ${s(usage.machineBusyMs)} s), peak ${usage.peakMb.toFixed(0)} MB (PSS; RSS sum ${usage.peakRssMb.toFixed(0)} MB), ${w.pages} pages, ${formatBytes(w.bytes)} written (load ${loadBefore})`,
  );
  return row;
}

/** What the importer must give back for each synthetic policy (by slug): its body and status. */
type Expected = Map<string, { body: string; status: string }>;

/** Writes the synthetic policies in the published layout; returns their text files (repo-relative). */
function writePolicies(site: string, n: number, seed: number, expected: Expected): string[] {
  const corpus = syntheticCorpus({ seed, policies: n });
  const files: string[] = [];
  corpus.forEach((p, i) => {
    const text = publishedText(p, seed + i);
    const { slug } = identify(linesFromText(text), `${p.slug}.txt`);
    const dir = path.join(site, 'data', 'policies', slug);
    if (existsSync(dir)) fail(`synthetic policy ${p.slug} would be written over ${dir}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${slug}.txt`), text);
    writeFileSync(path.join(dir, 'publication.json'), publicationJson('2026-11-21'));
    files.push(path.join('data', 'policies', slug, `${slug}.txt`));
    expected.set(slug, { body: p.body, status: p.status });
  });
  return files;
}

/** The importer must read every policy as written: the same sections, paragraphs and status. */
function checkImports(site: string, expected: Expected): void {
  for (const [slug, want] of expected) {
    const file = path.join(site, 'content', 'policies', `${slug}.md`);
    if (!existsSync(file)) fail(`the importer wrote no ${file}`);
    const text = readFileSync(file, 'utf8');
    const body = text.slice(text.indexOf('\n---\n', 4) + 5);
    const got = parsePolicyBody(body).map((x) => [x.key, x.paragraphs.map((q) => q.text)]);
    const exp = parsePolicyBody(want.body).map((x) => [x.key, x.paragraphs.map((q) => q.text)]);
    if (JSON.stringify(got) !== JSON.stringify(exp))
      fail(`${file}: the importer read the synthetic policy differently from what was written`);
    if (!new RegExp(`^status: "${want.status}"$`, 'm').test(text))
      fail(`${file}: imported with another status than the synthetic "${want.status}"`);
  }
}

/** The build script's steps, as `npm run build` runs them. */
function buildSteps(site: string): string[] {
  const pkg = JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const build = pkg.scripts?.['build'];
  if (!build) fail('package.json has no "build" script');
  return build.split('&&').map((x) => x.trim());
}

/**
 * The portal's build of its policy pages alone: the same copy with every
 * route but the policy page and the search records it indexes removed.
 */
const KEEP_ROUTES = [/(^|\/)policies\/\[slug\]\.astro$/, /(^|\/)policy-sections\.json\.ts$/];

function pruneRoutes(site: string): void {
  const pages = path.join(site, 'src', 'pages');
  const files = readdirSync(pages, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  let kept = 0;
  for (const e of files) {
    const rel = path.relative(pages, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    if (KEEP_ROUTES.some((r) => r.test(rel))) kept++;
    else rmSync(path.join(e.parentPath, e.name));
  }
  if (kept !== KEEP_ROUTES.length)
    fail(`src/pages: expected the policy page and the search records route, found ${kept} of them`);
}

/** Locale prefixes the portal's policy pages are built under ('' for the root), from the built site. */
function localePrefixes(dist: string, slug: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string, depth: number) => {
    if (existsSync(path.join(dir, 'policies', slug, 'index.html'))) out.push(rel);
    if (depth === 0) return;
    for (const e of readdirSync(dir, { withFileTypes: true }))
      if (
        e.isDirectory() &&
        e.name !== 'policies' &&
        !e.name.startsWith('_') &&
        e.name !== 'pagefind'
      )
        walk(path.join(dir, e.name), rel ? `${rel}/${e.name}` : e.name, depth - 1);
  };
  walk(dist, '', 1);
  return out.sort();
}

/** The peer's installation, done once per run (or why it failed). */
const peerState: {
  install: { dir: string; starlight: string; astro: string } | null;
  problem: string | null;
} = { install: null, problem: null };

async function comparePeer(site: string, logs: string): Promise<Compared> {
  console.log(
    `  policy pages alone (the portal's build, other routes removed), then the peer's, alternately: ${options.peerRounds} round(s)`,
  );
  pruneRoutes(site);
  const outDir = path.join(site, 'dist-policies');
  const env = stageEnv(site, { PP_OUT_DIR: outDir });
  const rounds: Round[] = [];
  let oursPages = 0;
  let peerPages = 0;
  for (let i = 1; i <= options.peerRounds; i++) {
    const tag = options.peerRounds > 1 ? ` (round ${i})` : '';
    const ours = [
      await stage(`policy pages: astro build${tag}`, 'npm run build:pages', site, logs, env),
      await stage(`policy pages: npm run index${tag}`, 'npm run index', site, logs, env),
    ];
    oursPages = htmlFiles(outDir);
    if (i === 1) await setUpPeer(site, outDir);
    if (!peerState.install) {
      rounds.push({ ours, peer: null });
      break;
    }
    // The peer site lives in the install folder (its packages must resolve from the project).
    const dir = peerState.install.dir;
    for (const d of ['dist', '.astro']) rmSync(path.join(dir, d), { recursive: true, force: true });
    const peer = await stage(
      `peer: Starlight astro build${tag}`,
      'astro build',
      dir,
      logs,
      stageEnv(dir),
      path.join(dir, 'dist'),
    );
    peerPages = htmlFiles(path.join(dir, 'dist'));
    rounds.push({ ours, peer });
  }
  return { rounds, oursPages, peerPages };
}

/**
 * Installs the peer (once per run, not timed) and writes its site: the
 * policies of `site`, in the locales the portal built them in (`outDir`).
 */
async function setUpPeer(site: string, outDir: string): Promise<void> {
  if (!peerState.install && !peerState.problem) {
    const dir = path.join(root, 'peer');
    const astroVersion = (
      JSON.parse(
        readFileSync(path.join(site, 'node_modules', 'astro', 'package.json'), 'utf8'),
      ) as {
        version: string;
      }
    ).version;
    console.log(
      `  installing Starlight ${STARLIGHT_VERSION} with astro ${astroVersion} into ${dir} ...`,
    );
    try {
      const v = await installPeer(dir, astroVersion);
      peerState.install = { dir, starlight: v.starlight, astro: v.astro };
      console.log(
        `  installed Starlight ${v.starlight}, astro ${v.astro} in ${v.seconds.toFixed(0)} s (not timed)`,
      );
    } catch (e) {
      peerState.problem = (e as Error).message;
      console.log(`  peer: not run (${peerState.problem})`);
    }
  }
  if (!peerState.install) return;
  const dir = peerState.install.dir;
  rmSync(path.join(dir, 'src'), { recursive: true, force: true });
  const first = readdirSync(path.join(site, 'content', 'policies')).find((f) => f.endsWith('.md'));
  const locales = first ? localePrefixes(outDir, path.basename(first, '.md')) : [''];
  const count = writePeerSite(dir, path.join(site, 'content', 'policies'), locales);
  console.log(
    `  peer: ${count} policy pages${locales.length > 1 ? ` in ${locales.length} locales (as the portal builds them)` : ''}`,
  );
}

async function runSize(n: number): Promise<SizeRun> {
  const dir = path.join(root, `n${n}`);
  const site = path.join(dir, 'site');
  const logs = path.join(dir, 'logs');
  mkdirSync(logs, { recursive: true });
  copyRepo(site);
  const real = readdirSync(path.join(site, 'content', 'policies')).filter((f) =>
    f.endsWith('.md'),
  ).length;
  const expected: Expected = new Map();
  const t0 = performance.now();
  const files = writePolicies(site, n, options.seed, expected);
  console.log(
    `\n${n} synthetic policies (+${real} real) in ${site}: texts written in ${s(performance.now() - t0)} s (not timed as a stage)`,
  );
  const env = stageEnv(site);
  const stages: StageRow[] = [];
  stages.push(
    await stage('npm run import', `npm run import -- ${files.join(' ')}`, site, logs, env),
  );
  checkImports(site, expected);
  for (const step of buildSteps(site)) stages.push(await stage(step, step, site, logs, env));
  const sitePages = htmlFiles(path.join(site, 'dist'));
  const sitePdfs = filesEnding(path.join(site, 'dist'), '.pdf');
  const run: SizeRun = { n, policies: n + real, stages, sitePages, sitePdfs };
  if (options.scopes) run.scoped = await runScopes(site, logs, sitePdfs);
  if (options.peer) run.compared = await comparePeer(site, logs);
  return run;
}

/**
 * The build again in each reduced scope, in the same copy, from a clean
 * output and cache as the full build had; the copy's locales module is put
 * back afterwards. Checks that each scope built what it says: no PDF
 * without PDFs, as many as the full build with them, no page of another
 * language in English only.
 */
async function runScopes(site: string, logs: string, fullPdfs: number): Promise<ScopedRun[]> {
  const localesFile = path.join(site, 'src', 'i18n', 'locales.ts');
  const original = readFileSync(localesFile, 'utf8');
  const dist = path.join(site, 'dist');
  const out: ScopedRun[] = [];
  try {
    for (const scope of REDUCED_SCOPES) {
      console.log(`  reduced scope: ${scope.name}`);
      writeFileSync(localesFile, scope.englishOnly ? englishOnlyLocales(original) : original);
      for (const d of ['dist', '.astro'])
        rmSync(path.join(site, d), { recursive: true, force: true });
      const env = stageEnv(site);
      const stages: StageRow[] = [];
      for (const step of scopeSteps(buildSteps(site), scope))
        stages.push(await stage(`${scope.name}: ${step}`, step, site, logs, env));
      const pdfs = filesEnding(dist, '.pdf');
      if (pdfs !== (scope.pdf ? fullPdfs : 0))
        fail(`${scope.name}: ${pdfs} PDFs built, expected ${scope.pdf ? fullPdfs : 0}`);
      const others = LOCALE_CODES.filter((c) => c !== DEFAULT_LOCALE).filter((c) =>
        existsSync(path.join(dist, c)),
      );
      if (scope.englishOnly && others.length > 0)
        fail(`${scope.name}: the build wrote pages in other languages (${others.join(', ')})`);
      out.push({ scope, stages, pages: htmlFiles(dist), pdfs });
    }
  } finally {
    writeFileSync(localesFile, original);
  }
  return out;
}

/** The reduced scopes' end-to-end figures beside the full build's (with --scopes). */
function printScopes(r: SizeRun): void {
  if (!r.scoped) return;
  console.log(
    `\n### ${r.n} synthetic policies in reduced scopes (builds the portal does not publish; import not repeated)\n`,
  );
  console.log(
    tableRow([
      'Scope',
      'Pages',
      'PDFs',
      'Build stages, wall (s)',
      'CPU (s)',
      'Machine busy (s)',
      'Largest stage, wall (s)',
    ]),
  );
  console.log(tableRow(['---', '---:', '---:', '---:', '---:', '---:', '---']));
  const sum = (rows: readonly StageRow[], k: 'wallMs' | 'cpuMs' | 'machineBusyMs') =>
    s(rows.reduce((a, x) => a + x[k], 0));
  const largest = (rows: readonly StageRow[]) => {
    const top = [...rows].sort((a, b) => b.wallMs - a.wallMs)[0]!;
    return `${top.stage.replace(/^.*: /, '')} ${s(top.wallMs)}`;
  };
  const rows = [
    {
      name: 'full (as published)',
      pages: r.sitePages,
      pdfs: r.sitePdfs,
      stages: r.stages.filter((x) => x.stage !== 'npm run import'),
    },
    ...r.scoped.map((x) => ({ ...x, name: x.scope.name })),
  ];
  for (const x of rows)
    console.log(
      tableRow([
        x.name,
        x.pages,
        x.pdfs,
        sum(x.stages, 'wallMs'),
        sum(x.stages, 'cpuMs'),
        sum(x.stages, 'machineBusyMs'),
        largest(x.stages),
      ]),
    );
}

function printSize(r: SizeRun): void {
  console.log(
    `\n### ${r.n} synthetic policies (${r.policies} with the real ones): ${r.sitePages} pages built\n`,
  );
  console.log(
    tableRow([
      'Stage',
      'Load avg before',
      'Wall (s)',
      'CPU (s)',
      'Machine busy (s)',
      'Peak memory, PSS (MB)',
      'RSS sum (MB)',
      'Largest process (MB)',
      'Pages written',
      'Bytes written',
    ]),
  );
  console.log(
    tableRow(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  );
  const rows = [
    ...r.stages,
    ...(r.compared?.rounds.flatMap((x) => [...x.ours, ...(x.peer ? [x.peer] : [])]) ?? []),
  ];
  for (const x of rows)
    console.log(
      tableRow([
        x.stage,
        x.loadBefore,
        s(x.wallMs),
        s(x.cpuMs),
        s(x.machineBusyMs),
        x.peakMb.toFixed(0),
        x.peakRssMb.toFixed(0),
        x.largestMb === null ? 'n/a' : x.largestMb.toFixed(0),
        x.pages,
        formatBytes(x.bytes),
      ]),
    );
  const total = r.stages.reduce((a, x) => a + x.wallMs, 0);
  const cpu = r.stages.reduce((a, x) => a + x.cpuMs, 0);
  const busy = r.stages.reduce((a, x) => a + x.machineBusyMs, 0);
  const peak = Math.max(...r.stages.map((x) => x.peakMb));
  console.log(
    tableRow([
      '**End to end** (import + build)',
      '',
      `**${s(total)}**`,
      s(cpu),
      s(busy),
      `${peak.toFixed(0)} (highest stage)`,
      '',
      '',
      r.stages.reduce((a, x) => a + x.pages, 0),
      formatBytes(r.stages.reduce((a, x) => a + x.bytes, 0)),
    ]),
  );
}

const endToEnd = (r: SizeRun) => r.stages.reduce((a, x) => a + x.wallMs, 0) / 1000;
/** Each round's seconds, the portal's (build + index) and the peer's, for wall or CPU time; null without a peer. */
const roundSeconds = (
  r: SizeRun,
  what: 'wallMs' | 'cpuMs' = 'wallMs',
): { ours: number; peer: number }[] | null =>
  r.compared && r.compared.rounds.every((x) => x.peer)
    ? r.compared.rounds.map((x) => ({
        ours: x.ours.reduce((a, y) => a + y[what], 0) / 1000,
        peer: x.peer![what] / 1000,
      }))
    : null;

/** Prints one growth table (seconds per size, cost of each added policy) for wall or CPU time. */
function growthTable(runs: SizeRun[], what: 'wallMs' | 'cpuMs'): void {
  const names = runs[0]!.stages.map((x) => x.stage);
  const steps = marginalCosts(runs.map((r) => ({ n: r.n, seconds: 0 })));
  console.log(
    tableRow([
      what === 'wallMs' ? 'Wall time' : 'CPU time',
      ...runs.map((r) => `${r.n} (s)`),
      ...steps.map((m) => `per policy ${m.from}→${m.to} (ms)`),
    ]),
  );
  console.log(tableRow(['---', ...runs.map(() => '---:'), ...steps.map(() => '---:')]));
  const line = (label: string, secs: number[]) => {
    const pts = runs.map((r, i) => ({ n: r.n, seconds: secs[i] as number }));
    console.log(
      tableRow([
        label,
        ...secs.map((x) => x.toFixed(2)),
        ...marginalCosts(pts).map((m) => (m.perPolicy * 1000).toFixed(0)),
      ]),
    );
  };
  const sum = (rows: readonly StageRow[]) => rows.reduce((a, x) => a + x[what], 0) / 1000;
  for (const name of names)
    line(
      name,
      runs.map((r) => sum(r.stages.filter((x) => x.stage === name))),
    );
  line(
    'End to end',
    runs.map((r) => sum(r.stages)),
  );
  const rounds = runs.map((r) => roundSeconds(r, what));
  if (rounds.every((x) => x !== null)) {
    const several = rounds.some((x) => x.length > 1) ? ', median of the rounds' : '';
    line(
      `Policy pages alone (portal${several})`,
      rounds.map((x) => median(x.map((y) => y.ours))),
    );
    line(
      `Peer (Starlight${several})`,
      rounds.map((x) => median(x.map((y) => y.peer))),
    );
  }
}

function printGrowth(runs: SizeRun[]): LinearFit | null {
  if (runs.length < 2) return null;
  console.log('\n### How time grows with the number of policies\n');
  growthTable(runs, 'wallMs');
  console.log('');
  growthTable(runs, 'cpuMs');
  const fit = fitLinear(runs.map((r) => ({ n: r.n, seconds: endToEnd(r) })));
  const m = marginalCosts(runs.map((r) => ({ n: r.n, seconds: endToEnd(r) })));
  const cpu = (r: SizeRun) => r.stages.reduce((a, x) => a + x.cpuMs, 0) / 1000;
  const cpuFit = fitLinear(runs.map((r) => ({ n: r.n, seconds: cpu(r) })));
  const cm = marginalCosts(runs.map((r) => ({ n: r.n, seconds: cpu(r) })));
  const trend = (steps: typeof m) =>
    steps.at(-1)!.perPolicy > 1.5 * steps[0]!.perPolicy
      ? 'it grows with N'
      : 'roughly flat (linear growth)';
  console.log(
    `\nEnd to end, wall ≈ ${fit.intercept.toFixed(1)} s + ${(fit.slope * 1000).toFixed(0)} ms × policies (least squares, R² ${fit.r2.toFixed(3)}); ` +
      `an added policy costs ${(m[0]!.perPolicy * 1000).toFixed(0)} ms (${m[0]!.from}→${m[0]!.to}) then ${(m.at(-1)!.perPolicy * 1000).toFixed(0)} ms (${m.at(-1)!.from}→${m.at(-1)!.to}): ${trend(m)}.`,
  );
  console.log(
    `End to end, CPU ≈ ${cpuFit.intercept.toFixed(1)} s + ${(cpuFit.slope * 1000).toFixed(0)} ms × policies (R² ${cpuFit.r2.toFixed(3)}); ` +
      `an added policy costs ${(cm[0]!.perPolicy * 1000).toFixed(0)} ms then ${(cm.at(-1)!.perPolicy * 1000).toFixed(0)} ms of CPU: ${trend(cm)}. ` +
      'CPU time depends less than wall time on what else runs on the machine.',
  );
  return fit;
}

function commit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: REPO,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: REPO,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${sha} with uncommitted changes` : sha;
  } catch {
    return 'unknown';
  }
}

const cpus = os.cpus();
console.log(
  `bench:build: ${cpus.length} CPUs (${cpus[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}, commit ${commit()}`,
);
console.log(
  `bench:build: sizes ${options.sizes.join(', ')}; seed ${options.seed}; peer ${options.peer ? `Starlight ${STARLIGHT_VERSION}, ${options.peerRounds} round(s)` : 'off'}; folder ${root}`,
);
console.log(
  `bench:build: wall time by this process; CPU time and peak memory of each stage with all its processes (CPU: the larger of GNU time's and the sum sampled from /proc every ${SAMPLE_MS} ms; machine busy: every core's non-idle time from /proc/stat, which counts whatever else runs; peak memory is the largest sum of their PSS, read every ${PSS_EVERY * SAMPLE_MS} ms); 1-minute load average ${load()} now`,
);

const runs: SizeRun[] = [];
try {
  for (const n of options.sizes) runs.push(await runSize(n));
  for (const r of runs) {
    printSize(r);
    printScopes(r);
  }
  const fit = printGrowth(runs);
  const last = runs.at(-1)!;
  const S = endToEnd(last);
  const P = fit ? fit.slope : S / last.n;
  let peer: PeerResult;
  if (!options.peer) peer = { ran: false, why: 'pass --peer' };
  else {
    const rounds = roundSeconds(last);
    if (!rounds || !last.compared)
      peer = { ran: false, why: peerState.problem ?? 'peer build missing' };
    else {
      const c = peerComparison(rounds);
      peer = { ran: true, seconds: c.peerSeconds, ratio: c.ratio };
      const each = rounds
        .map((x, i) => `${x.ours.toFixed(2)} / ${x.peer.toFixed(2)} s = ${c.ratios[i]!.toFixed(2)}`)
        .join('; ');
      console.log(
        `\nPeer at ${last.n} policies: Starlight ${peerState.install?.starlight} (astro ${peerState.install?.astro}) built ${last.compared.peerPages} pages; ` +
          `the portal built its ${last.compared.oursPages} policy pages and their search index (astro build + npm run index). ` +
          `Ratio = portal / peer, in ${rounds.length} alternating round(s): ${each}. ` +
          (rounds.length > 1
            ? `The ratio is the median of the rounds' (${c.ratio.toFixed(2)}), the peer's time its median (${c.peerSeconds.toFixed(2)} s; the portal's ${c.oursSeconds.toFixed(2)} s).`
            : 'One round: --peer-rounds N alternates more.'),
      );
    }
  }
  console.log(
    `\nPer policy: ${fit ? 'the slope of the end-to-end line above' : 'end-to-end time / policies (one size run)'}. 1-minute load average at the end: ${load()}.`,
  );
  console.log(summaryLine(last.n, S, P, peer));
} finally {
  if (options.keep) console.log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
