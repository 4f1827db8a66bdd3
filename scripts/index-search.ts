/**
 * Builds the Pagefind search index over the built site (default dist/, or
 * PP_OUT_DIR) and fails on any error Pagefind reports.
 *
 * - Every page with `data-pagefind-body` (BaseLayout's `indexable`) is
 *   indexed, minus page chrome and the policy body (`[data-pp-policy-body]`).
 * - Each policy section is added as its own record from
 *   `<site>/search/policy-sections.json` (written by astro build), so the
 *   "statutory section" filter works and results land on `#<key>`, with
 *   paragraph-level sub-results on `#<key>-p<n>`. The build fails when a
 *   record points at an anchor the built policy page lacks.
 * - Pagefind keeps one index per `<html lang>`. Every page of the site
 *   exists in every language (src/i18n/locales.ts), and each language's
 *   index holds its own pages. The records are English (the policy text is):
 *   they go into the English index, and once more into a bundle of their own,
 *   `<site>/pagefind/policy-text/` (src/lib/search/bundles.ts), that the
 *   search pages of the other languages search beside their own index. The
 *   records link to the English policy page; every language's policy page
 *   must have the anchors they link to. The run fails when there are no
 *   records, or when the written index lacks a language.
 * - Each language, and the policy text bundle, is indexed in a worker thread
 *   with its own Pagefind service (scripts/search/), two at a time, and the
 *   languages are merged in the order of the locales.
 * - The index is written to a temporary folder, then moved to `<site>/pagefind/`.
 *   Before the move, each bundle's runtime (`pagefind.js`) is changed to wait
 *   for its index without Pagefind's 50 ms poll, and skips the grapheme segmentation of a
 *   Latin-script query (scripts/search/pagefind-runtime.ts).
 * - Every search page (`<lang>/search/index.html` holding `data-pp-search-app`)
 *   gets preload hints for what a first search must load before its first
 *   query (see searchPreloads): Pagefind's runtime, its entry file, the
 *   WebAssembly and the metadata of the page's language (and, in the other
 *   languages, the same for the policy text bundle), and the modules the
 *   page's script imports (importedModules), so they download beside the
 *   page's own script instead of one after another.
 *
 * Usage: npm run index
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  DEFAULT_LOCALE,
  LOCALES,
  type Locale,
  localizePath,
  splitLocale,
} from '../src/i18n/locales.ts';
import { PAGEFIND_BASE, POLICY_TEXT_DIR, usesPolicyTextBundle } from '../src/lib/search/bundles.ts';
import {
  RECORD_LANGUAGE,
  missingAnchors,
  pageIdsOfBytes,
  readSectionRecords,
  type SectionRecord,
} from '../src/lib/search/section-records.ts';
import type { LanguageJob, LanguageResult, PagefindEntryFile } from './search/index-language.ts';
import type { WorkerReply } from './search/index-worker.ts';
import { patchPagefindRuntime } from './search/pagefind-runtime.ts';

/**
 * Languages indexed at once, each in a worker thread with its own Pagefind
 * service (one service indexes one thing at a time): two on a 2-core machine.
 * Peak memory grows with it, so it stays at two.
 */
export const INDEX_CONCURRENCY = Math.max(1, Math.min(2, availableParallelism()));

/** What an indexing run produced. */
export interface IndexSummary {
  pages: number;
  records: number;
  /** Pages and records in each language's index, by Pagefind's language key (`en`, `es`, `zh-hant`...). */
  languages: Record<string, number>;
  /** Records in the policy text bundle (`<outputPath>/policy-text/`). */
  policyText: number;
  outputPath: string;
  /** Search pages given preload hints. */
  searchPages: number;
}

/** Pagefind's key for a language: the `<html lang>` tag, lowercased. */
export function pagefindLanguage(tag: string): string {
  return tag.toLowerCase();
}

/**
 * The glob (relative to the site) of each language's pages: `es/**\/*.html`
 * for a language under its code; for English, at the root, every other
 * top-level file and folder, except Pagefind's own output.
 */
export function languageGlobs(site: string): Map<Locale, string> {
  const codes = new Set<string>(LOCALES.map((l) => l.code));
  const english: string[] = [];
  for (const e of readdirSync(site, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    if (codes.has(e.name) || e.name === 'pagefind' || e.name.startsWith('.')) continue;
    if (e.isDirectory()) english.push(`${e.name}/**/*.html`);
    else if (e.name.endsWith('.html')) english.push(e.name);
  }
  const globs = new Map<Locale, string>();
  for (const l of LOCALES)
    globs.set(
      l.code,
      l.code === 'en'
        ? english.length === 1
          ? (english[0] as string)
          : `{${english.join(',')}}`
        : `${l.code}/**/*.html`,
    );
  return globs;
}

/** Moves every file of `from` into `to` (same relative path); a file already there is the same file and is kept. */
function mergeInto(from: string, to: string): void {
  for (const e of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = path.relative(from, path.join(e.parentPath, e.name));
    const target = path.join(to, rel);
    if (existsSync(target)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(path.join(from, rel), target);
  }
}

/** Runs one language's job in a worker thread (scripts/search/index-worker.ts). */
function inWorker(job: LanguageJob): Promise<LanguageResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search/index-worker.ts', import.meta.url), {
      workerData: job,
    });
    let reply: WorkerReply | null = null;
    worker.once('message', (m: WorkerReply) => (reply = m));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (reply?.ok) resolve(reply.result);
      else
        reject(
          new Error(
            reply?.message ??
              `pagefind: the worker indexing ${job.englishName} stopped (exit code ${code}) without a result`,
          ),
        );
    });
  });
}

/**
 * Indexes every job, INDEX_CONCURRENCY at a time; the results are in the
 * order of `jobs`. After a failure no further language is started, the
 * running ones finish, and every failure is reported.
 */
export async function indexLanguages(
  jobs: readonly LanguageJob[],
  run: (job: LanguageJob) => Promise<LanguageResult> = inWorker,
  concurrency = INDEX_CONCURRENCY,
): Promise<LanguageResult[]> {
  const results: LanguageResult[] = [];
  const failures: string[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (failures.length === 0 && next < jobs.length) {
      const i = next++;
      try {
        results[i] = await run(jobs[i] as LanguageJob);
      } catch (err) {
        failures.push(err instanceof Error ? err.message : String(err));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, lane));
  if (failures.length) throw new Error(failures.join('\n'));
  return results;
}

/**
 * Every language's policy page, read once for the ids the records link to
 * (not kept): each must be built, hold its body in `[data-pp-policy-body]`
 * and carry every anchor a result links to.
 */
function policyPageProblems(
  site: string,
  recordsFile: string,
  records: readonly SectionRecord[],
): string[] {
  const problems: string[] = [];
  const byPage = Map.groupBy(records, (r) => r.page);
  for (const [englishPage, pageRecords] of byPage)
    for (const l of LOCALES) {
      const page = localizePath(l.code, englishPage);
      const pageFile = path.join(site, page, 'index.html');
      if (!existsSync(pageFile)) {
        for (const r of pageRecords)
          problems.push(`${recordsFile}: ${r.url}: the policy page ${pageFile} was not built`);
        continue;
      }
      // Read as bytes, one character each ("latin1"): the 2,424 policy pages of 200 policies in
      // 0.2-0.4 s against 1.5-1.6 s decoded as UTF-8, on a core the indexing workers share.
      // The marker is ASCII, and pageIdsOfBytes gives the ids as they are.
      const html = readFileSync(pageFile, 'latin1');
      if (!html.includes('data-pp-policy-body'))
        problems.push(
          `${pageFile}: has no [data-pp-policy-body] element, so its body would be indexed twice (page and section records); ` +
            'keep the attribute on the element that holds the rendered policy body, or update EXCLUDE_SELECTORS in scripts/search/index-language.ts',
        );
      const ids = pageIdsOfBytes(html);
      for (const r of pageRecords) {
        const missing = missingAnchors(r, ids);
        if (missing.length)
          problems.push(
            `${pageFile}: lacks id(s) ${missing.map((id) => `#${id}`).join(', ')} that search results for ${localizePath(l.code, r.url)} link to; ` +
              'the page and parsePolicyBody() (src/lib/policy/body.ts) must number paragraphs alike',
          );
      }
    }
  return problems;
}

/** Indexes the built site in `site` and writes `<site>/pagefind/`. Throws with every problem found. */
export async function indexSite(site: string): Promise<IndexSummary> {
  const recordsFile = path.join(site, 'search', 'policy-sections.json');
  if (!existsSync(recordsFile))
    throw new Error(
      `${recordsFile} is missing: run astro build (npm run build) before npm run index`,
    );
  const records = readSectionRecords(JSON.parse(readFileSync(recordsFile, 'utf8')), recordsFile);

  const problems: string[] = [];
  if (records.length === 0)
    problems.push(
      `${recordsFile}: no policy section records, so search would not find the policy text; ` +
        'src/pages/search/policy-sections.json.ts must build a record for each section of each policy',
    );
  for (const r of records)
    if (r.lang !== RECORD_LANGUAGE || !r.html.includes(`<html lang="${RECORD_LANGUAGE}">`))
      problems.push(
        `${recordsFile}: ${r.url}: records must be in English (lang "${RECORD_LANGUAGE}" and <html lang="${RECORD_LANGUAGE}">), ` +
          'as the policy text is; the search pages of the other languages find them in the policy text bundle',
      );
    else if (splitLocale(r.page).locale !== DEFAULT_LOCALE)
      problems.push(
        `${recordsFile}: ${r.url}: records link to the English policy page (/policies/<slug>/); the search page localizes the link`,
      );
  // With the records wrong, the policy pages are checked too, so that one run reports every problem.
  if (problems.length)
    throw new Error([...problems, ...policyPageProblems(site, recordsFile, records)].join('\n'));

  // One Pagefind index per language, INDEX_CONCURRENCY languages at a time
  // in worker threads, so that Pagefind holds two languages' pages in memory,
  // not all twelve; the twelve outputs are then merged into one bundle (their
  // files are named by language and content hash, so they never collide)
  // with one entry file. The policy text bundle is one more job, run beside
  // the English one (the two that hold the records), and kept as it is written.
  const outputPath = path.join(site, 'pagefind');
  const temp = path.join(site, `.pagefind-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  const recordFiles = records.map((r) => ({ url: r.url, html: r.html }));
  const globs = languageGlobs(site);
  const jobs: LanguageJob[] = LOCALES.map((l) => ({
    site,
    englishName: l.englishName,
    code: l.code,
    key: pagefindLanguage(l.tag),
    tag: l.tag,
    glob: globs.get(l.code) ?? '**/*.html',
    records: usesPolicyTextBundle(l.code) ? [] : recordFiles,
    outputPath: path.join(temp, 'parts', l.code),
  }));
  const policyTextJob: LanguageJob = {
    site,
    englishName: 'policy text (English section records, for the other languages)',
    code: 'en',
    key: pagefindLanguage(RECORD_LANGUAGE),
    tag: RECORD_LANGUAGE,
    records: recordFiles,
    outputPath: path.join(temp, 'parts', `.${POLICY_TEXT_DIR}`),
  };
  let pageCount = 0;
  let policyTextCount = 0;
  let entry: PagefindEntryFile | null = null;
  try {
    // The policy text right after English, so that both start first (in two lanes).
    const at = LOCALES.findIndex((l) => !usesPolicyTextBundle(l.code)) + 1;
    const indexing = indexLanguages([...jobs.slice(0, at), policyTextJob, ...jobs.slice(at)]);
    // The policy pages are checked while the workers index (reading them takes seconds at
    // 200 policies); nothing is published unless both succeed.
    let failed: Error | null = null;
    try {
      const pageProblems = policyPageProblems(site, recordsFile, records);
      if (pageProblems.length) failed = new Error(pageProblems.join('\n'));
    } catch (err) {
      failed = err instanceof Error ? err : new Error(String(err));
    }
    if (failed) {
      // The workers write into the temporary folder: they finish before it is removed.
      await indexing.catch(() => []);
      throw failed;
    }
    const results = await indexing;
    const [policyText] = results.splice(at, 1);
    // Merged in the order of LOCALES, whichever finished first: the same bundle every time.
    for (const [i, job] of jobs.entries()) {
      const { pageCount: n, entry: partEntry } = results[i] as LanguageResult;
      pageCount += n;
      entry ??= { ...partEntry, languages: {} };
      Object.assign(entry.languages, partEntry.languages);
      mergeInto(job.outputPath, path.join(temp, 'out'));
      rmSync(job.outputPath, { recursive: true, force: true });
    }
    if (!entry) throw new Error('pagefind: no language to index (src/i18n/locales.ts)');
    const sorted = Object.fromEntries(
      Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    writeFileSync(
      path.join(temp, 'out', 'pagefind-entry.json'),
      JSON.stringify({ ...entry, languages: sorted }),
    );
    if (!policyText) throw new Error('pagefind: the policy text bundle was not written');
    policyTextCount = policyText.entry.languages[policyTextJob.key]?.page_count ?? 0;
    renameSync(policyTextJob.outputPath, path.join(temp, 'out', POLICY_TEXT_DIR));
    // Each bundle's runtime: no 50 ms poll, no segmenter for a Latin query (scripts/search/pagefind-runtime.ts).
    for (const runtime of [
      path.join(temp, 'out', 'pagefind.js'),
      path.join(temp, 'out', POLICY_TEXT_DIR, 'pagefind.js'),
    ])
      writeFileSync(runtime, patchPagefindRuntime(readFileSync(runtime, 'utf8'), runtime));
  } catch (err) {
    rmSync(temp, { recursive: true, force: true });
    throw err;
  }
  const languages = Object.fromEntries(
    Object.entries(entry.languages).map(([k, v]) => [k, v.page_count ?? 0]),
  );
  rmSync(outputPath, { recursive: true, force: true });
  renameSync(path.join(temp, 'out'), outputPath);
  rmSync(temp, { recursive: true, force: true });
  const searchPages = linkSearchPages(site, outputPath);
  return {
    pages: pageCount,
    records: records.length,
    languages,
    policyText: policyTextCount,
    outputPath,
    searchPages,
  };
}

/** Marks the hints this stage writes into a search page, so a second run replaces them. */
const PRELOAD_START = '<!-- pp-pagefind-preload -->';
const PRELOAD_END = '<!-- /pp-pagefind-preload -->';

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count?: number }>;
}

/** The cache tag of an index: a digest of its entry file, so the address changes when the index does. */
function cacheTag(entryJson: string): string {
  return createHash('sha256').update(entryJson).digest('hex').slice(0, 16);
}

/**
 * The hints for one bundle at `base` whose entry file reads `entryJson`, for
 * a page in `lang`: its runtime (`modulepreload`, carrying the cache tag in
 * `tagAttribute`) and, as fetches (the way Pagefind asks for them, so the
 * preloaded bytes are used), its entry file, and the WebAssembly and the
 * metadata of the language Pagefind will pick (the page's, else its primary
 * subtag, else the language with most pages, as Pagefind's own `findIndex`
 * does).
 */
function bundleHints(
  entryJson: string,
  lang: string,
  base: string,
  tagAttribute: string,
): string[] {
  const tag = cacheTag(entryJson);
  const entry = JSON.parse(entryJson) as PagefindEntry;
  const l = lang.toLowerCase();
  const index =
    entry.languages[l] ??
    entry.languages[l.split('-')[0] ?? ''] ??
    Object.values(entry.languages).sort((a, b) => (b.page_count ?? 0) - (a.page_count ?? 0))[0];
  const fetches = [
    `${base}pagefind-entry.json?ts=${tag}`,
    ...(index ? [`${base}wasm.${index.wasm || 'unknown'}.pagefind`] : []),
    ...(index ? [`${base}pagefind.${index.hash}.pf_meta`] : []),
  ];
  return [
    `<link rel="modulepreload" href="${base}pagefind.js" ${tagAttribute}="${tag}">`,
    ...fetches.map(
      (href) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`,
    ),
  ];
}

/**
 * The preload hints of a search page in `lang` for the index whose entry
 * file reads `entryJson` (bundleHints, the tag in `data-pp-pagefind-tag`),
 * then the modules the page's script imports, then, given the policy text
 * bundle's entry file (pages of every language but English), the same hints
 * for that bundle (the tag in `data-pp-pagefind-text-tag`). The entry files
 * are asked for with `?ts=<tag>` (Pagefind's `metaCacheTag`, read by
 * src/client/search.ts from those attributes), so they can be cached and
 * preloaded.
 */
export function searchPreloads(
  entryJson: string,
  lang: string,
  base = PAGEFIND_BASE,
  modules: readonly string[] = [],
  policyTextEntryJson?: string,
): string {
  return [
    PRELOAD_START,
    ...bundleHints(entryJson, lang, base, 'data-pp-pagefind-tag'),
    ...modules.map((href) => `<link rel="modulepreload" href="${href}">`),
    ...(policyTextEntryJson === undefined
      ? []
      : bundleHints(
          policyTextEntryJson,
          lang,
          `${base}${POLICY_TEXT_DIR}/`,
          'data-pp-pagefind-text-tag',
        )),
    PRELOAD_END,
  ].join('');
}

/**
 * The modules the page's own scripts import statically (`/_astro/x.js` importing
 * `./format.js`, and what that imports), which the browser would otherwise
 * find only after it has loaded and parsed the script: one round trip more
 * before the search can start. Astro writes no hints for them.
 */
export function importedModules(site: string, html: string): string[] {
  const found = new Set<string>();
  const visit = (href: string): void => {
    const file = path.join(site, href);
    if (!href.startsWith('/_astro/') || !existsSync(file)) return;
    for (const m of readFileSync(file, 'utf8').matchAll(
      /\bimport\s*(?:[\w${},*\s]+from\s*)?["'](\.\/[^"']+\.js)["']/g,
    )) {
      const dep = path.posix.join(path.posix.dirname(href), m[1] as string);
      if (found.has(dep)) continue;
      found.add(dep);
      visit(dep);
    }
  };
  for (const m of html.matchAll(/<script type="module" src="(\/_astro\/[^"]+\.js)"/g))
    visit(m[1] as string);
  return [...found].sort();
}

/** Writes the preload hints into every search page of the built site; returns how many. */
export function linkSearchPages(site: string, outputPath: string): number {
  const entryJson = readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8');
  const policyTextEntry = path.join(outputPath, POLICY_TEXT_DIR, 'pagefind-entry.json');
  const policyTextJson = existsSync(policyTextEntry)
    ? readFileSync(policyTextEntry, 'utf8')
    : undefined;
  let n = 0;
  for (const e of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || e.name !== 'index.html' || path.basename(e.parentPath) !== 'search')
      continue;
    const file = path.join(e.parentPath, e.name);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pp-search-app')) continue;
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
    const start = html.indexOf(PRELOAD_START);
    const bare =
      start < 0
        ? html
        : html.slice(0, start) + html.slice(html.indexOf(PRELOAD_END) + PRELOAD_END.length);
    const head = bare.indexOf('</head>');
    if (head < 0) throw new Error(`${file}: no </head> to put the search preload hints before`);
    const modules = importedModules(site, bare);
    writeFileSync(
      file,
      bare.slice(0, head) +
        searchPreloads(
          entryJson,
          lang,
          PAGEFIND_BASE,
          modules,
          usesPolicyTextBundle(splitLocale(`/${path.relative(site, e.parentPath)}/`).locale)
            ? policyTextJson
            : undefined,
        ) +
        bare.slice(head),
    );
    n++;
  }
  return n;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const site = process.env.PP_OUT_DIR ?? 'dist';
  try {
    const s = await indexSite(site);
    console.log(
      `pagefind: indexed ${s.pages} pages and ${s.records} policy section records (English) into ${s.outputPath}/, ` +
        `one index per language (${Object.entries(s.languages)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([l, n]) => `${l} ${n}`)
          .join(
            ', ',
          )}), and the ${s.policyText} records once more into ${s.outputPath}/${POLICY_TEXT_DIR}/ ` +
        `for the other languages; preload hints on ${s.searchPages} search page(s)`,
    );
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
