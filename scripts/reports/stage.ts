/**
 * The reports stage of the build (npm run reports), after astro build and
 * before Pagefind:
 *
 * 1. reads the manifest astro build wrote (`<site>/reports/index.json`) and
 *    checks that every input still has the SHA-256 the reports were built
 *    from (otherwise dist/ is stale: run npm run build);
 * 2. fills each report page's PDF link (or "not made in this build");
 * 3. prints each report to PDF with Chromium when it finds one
 *    (CHROMIUM_PATH or /usr/bin/chromium) and finalizes it (pdf-lib:
 *    document information, fixed dates, deterministic ids);
 * 4. writes the PDFs and the JSON sidecars (inputs, fingerprint, PDF facts);
 * 5. fills /reports/ with each PDF's page count, size and link, or says the
 *    PDFs were skipped and how to make them.
 *
 * Steps 2 and 5 fill the pages of every language: one PDF per report,
 * printed from the English page, which the other languages link and say is
 * in English (`hreflang="en"`), with their numbers and words
 * (src/i18n/messages/reports.ts). A language whose pages are not in the
 * built site (a partial copy) is left out.
 *
 * Every file is written only once everything is printed, so a failure leaves
 * dist/ as it was. Deterministic: the same built pages give the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_PATH, launch } from '../lib/browser.ts';
import {
  type Manifest,
  ManifestSchema,
  type PdfFacts,
  sidecar,
} from '../../src/lib/reports/manifest.ts';
import type { ReportMeta } from '../../src/lib/reports/meta.ts';
import {
  PDF_NOT_MADE,
  escapeHtml,
  fillPlaceholders,
  formatBytes,
  placeholderKeys,
  reportNameId,
} from '../../src/lib/reports/fill.ts';
import { richHtml } from '../../src/lib/reports/rich.ts';
import { LOCALES, type Locale, localizePath } from '../../src/i18n/locales.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { t } from '../../src/i18n/messages.ts';
import reportsMessages from '../../src/i18n/messages/reports.ts';
import { finalizePdf } from './pdf.ts';
import { printPage, siteContext } from './print.ts';

/** Options of the stage. */
export interface StageOptions {
  /** The built site, e.g. dist/. */
  siteDir: string;
  /** Repository root the manifest's input paths are relative to. */
  root: string;
  /** False: do not print (HTML reports only), as when no Chromium is found. */
  pdf: boolean;
  /** Print only these report ids (the others keep their PDFs and sidecars). */
  only?: readonly string[];
  /** Progress lines. */
  log?: (line: string) => void;
}

/** What the stage did. */
export interface StageResult {
  printed: { id: string; file: string; pages: number; bytes: number; ms: number }[];
  skipped: string | null;
  printer: string | null;
  totalMs: number;
}

/** Why PDFs are skipped when Chromium is missing, with how to get them. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM_PATH)
    ? null
    : `no Chromium at ${CHROMIUM_PATH} (install it with apt-get install chromium, or set CHROMIUM_PATH), then run npm run reports`;
}

/** Reads and validates the manifest astro build wrote. */
export function readManifest(siteDir: string): Manifest {
  const file = path.join(siteDir, 'reports', 'index.json');
  if (!existsSync(file))
    throw new Error(`${file} is missing: build the site first (npm run build, or astro build)`);
  const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${file}: ${issue.path.join('.')}: ${issue.message}. Fix: rebuild the site (npm run build); the manifest is written by src/pages/reports/index.json.ts`,
    );
  }
  return parsed.data;
}

/** The inputs whose bytes differ from the manifest (dist/ built from other data or code). */
export function staleInputs(manifest: Manifest, root: string): string[] {
  const checked = new Map<string, string | null>();
  const stale = new Set<string>();
  for (const r of manifest.reports)
    for (const i of r.inputs) {
      if (!checked.has(i.path)) {
        const abs = path.resolve(root, i.path);
        checked.set(
          i.path,
          existsSync(abs) ? createHash('sha256').update(readFileSync(abs)).digest('hex') : null,
        );
      }
      const now = checked.get(i.path);
      if (now !== i.sha256) stale.add(`${i.path} (${now === null ? 'missing' : 'changed'})`);
    }
  return [...stale].sort();
}

/** The built file of a site-relative address. */
function builtFile(siteDir: string, address: string): string {
  return path.join(siteDir, address.endsWith('/') ? `${address}index.html` : address);
}

function writeAtomic(file: string, data: string | Uint8Array): void {
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}

/** The PDF's link on a report's cover: in another language, it says the PDF is in English. */
function pdfLink(r: ReportMeta, locale: Locale): string {
  const lang = locale === 'en' ? '' : ' hreflang="en"';
  return `<a href="${escapeHtml(r.pdf)}"${lang}>${escapeHtml(r.pdf)}</a>`;
}

/** The built page of an address in a language, or null when that language is not built. */
function localized(siteDir: string, address: string, locale: Locale): string | null {
  const file = builtFile(siteDir, localizePath(locale, address));
  return locale === 'en' || existsSync(file) ? file : null;
}

/** The values of /reports/ in a language, from what printing told. */
function indexValues(
  locale: Locale,
  reports: readonly ReportMeta[],
  facts: ReadonlyMap<string, PdfFacts>,
  printer: string | null,
  skipped: string | null,
): Record<string, string> {
  const m = t(reportsMessages, locale);
  const english = locale === 'en';
  // The English page's bytes are the ones it always had; other languages use their words.
  const values: Record<string, string> = {
    status: english
      ? skipped === null
        ? escapeHtml(
            `The PDFs were printed from these web pages by ${printer ?? 'Chromium'}: tagged, with bookmarks for their sections, on US Letter. The same inputs give the same bytes.`,
          )
        : escapeHtml(
            `The PDFs were not made in this build: ${skipped}. The web pages below are complete.`,
          )
      : richHtml(
          skipped === null ? m.statusPrinted(printer ?? 'Chromium') : m.statusSkipped(skipped),
          [],
          {},
          'bdi',
        ),
  };
  for (const r of reports) {
    const f = facts.get(r.id);
    values[`${r.id}:pages`] = f
      ? english
        ? String(f.pages)
        : formatNumber(locale, f.pages)
      : escapeHtml(m.notPrinted);
    values[`${r.id}:size`] = f
      ? escapeHtml(formatBytes(f.bytes, locale))
      : escapeHtml(m.notPrinted);
    values[`${r.id}:pdf`] = !f
      ? escapeHtml(m.pdfNotMade)
      : english
        ? `<a href="${escapeHtml(r.pdf)}" aria-label="PDF: ${escapeHtml(r.title)}">PDF</a>`
        : // Named by its own words ("PDF (en inglés)") and its row's header (the report's title).
          `<a href="${escapeHtml(r.pdf)}" hreflang="en" id="report-${r.id}-pdf" aria-labelledby="report-${r.id}-pdf ${reportNameId(r.id)}">${escapeHtml(m.pdf)}</a>`;
  }
  return values;
}

/** Reports printed at once. */
export const PRINT_CONCURRENCY = Math.max(1, Math.min(2, availableParallelism()));

/** A printed report before it is written. */
interface Printed {
  bytes: Uint8Array;
  pages: number;
  ms: number;
}

/** Prints and finalizes the reports into `made`; returns the browser's name and version. */
async function printAll(
  opts: StageOptions,
  manifest: Manifest,
  reports: readonly ReportMeta[],
  made: Map<string, Printed>,
  log: (line: string) => void,
): Promise<string> {
  const session = await launch();
  try {
    const printer = `Chromium ${session.browser.version()}`;
    const { context, refused } = await siteContext(session.browser, opts.siteDir, manifest.site);
    // Two pages at a time: Chromium renders each in its own process (2 cores). Each worker
    // prints its reports one after the other in one page, not a new page (and process) each.
    // The first worker takes reports from the front of the manifest (the annual reports, the
    // largest documents, come first), the others from the back (the hearing packets), so two
    // annual reports are never in Chromium's memory at once.
    const queue = [...reports];
    const worker = async (lane: number) => {
      const next = () => (lane === 0 ? queue.shift() : queue.pop());
      const tab = await context.newPage();
      try {
        for (let r = next(); r; r = next())
          made.set(r.id, await printReport(context, manifest.site, r, log, tab));
      } finally {
        await tab.close();
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(PRINT_CONCURRENCY, queue.length) }, (_, lane) => worker(lane)),
    );
    await context.close();
    if (refused.length > 0)
      throw new Error(
        `reports: the report pages asked for other origins (${refused.slice(0, 3).join(', ')}); every asset must come from the site`,
      );
    return printer;
  } finally {
    await session.close();
  }
}

/**
 * Prints one report and finalizes its PDF (used by the stage, the tests and
 * the benchmark); in `tab` when given (see printPage), else in a new page.
 */
export async function printReport(
  context: BrowserContext,
  site: string,
  r: ReportMeta,
  log: (line: string) => void = () => {},
  tab?: Page,
): Promise<Printed> {
  const t0 = performance.now();
  const raw = await printPage(
    context,
    site,
    {
      id: r.id,
      html: r.html,
      title: r.title,
      dataAsOf: r.dataAsOf.date,
    },
    tab,
  );
  const { bytes, pages } = await finalizePdf(raw, {
    title: r.title,
    subject: r.subject,
    keywords: r.keywords,
    lang: r.lang,
    date: r.dataAsOf.date,
  });
  const ms = performance.now() - t0;
  log(`reports: ${r.pdf}: ${pages} pages, ${formatBytes(bytes.length)} (${Math.round(ms)} ms)`);
  return { bytes, pages, ms };
}

/** Runs the stage. Throws, writing nothing, on a stale build or a failed print. */
export async function runReportsStage(opts: StageOptions): Promise<StageResult> {
  const start = performance.now();
  const log = opts.log ?? (() => {});
  const manifest = readManifest(opts.siteDir);
  const stale = staleInputs(manifest, opts.root);
  if (stale.length > 0)
    throw new Error(
      `reports: ${opts.siteDir}/ was built from other inputs than the working tree: ${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ` and ${stale.length - 5} more` : ''}. Fix: npm run build`,
    );
  const wanted = opts.only ? new Set(opts.only) : null;
  if (wanted)
    for (const id of wanted)
      if (!manifest.reports.some((r) => r.id === id))
        throw new Error(
          `reports: no report "${id}" (reports: ${manifest.reports.map((r) => r.id).join(', ')})`,
        );
  const reports = manifest.reports.filter((r) => !wanted || wanted.has(r.id));
  const skipped = opts.pdf ? chromiumMissing() : 'PDFs turned off (--no-pdf)';

  // 1. The PDF link on each report's cover: first on the English pages, which are printed
  //    (restored if printing fails), then, once printing succeeded, in the other languages.
  //    Only the English originals are kept in memory: 12 languages' pages at 200 policies
  //    would be hundreds of MB.
  const originals = new Map<string, string>();
  const willHave = (r: ReportMeta): boolean =>
    skipped === null && (!wanted || wanted.has(r.id) || existsSync(builtFile(opts.siteDir, r.pdf)));
  const fillLinks = (code: Locale, keep: boolean): void => {
    for (const r of manifest.reports) {
      const file = localized(opts.siteDir, r.html, code);
      if (!file) continue;
      const html = readFileSync(file, 'utf8');
      if (keep) originals.set(file, html);
      const link = willHave(r)
        ? pdfLink(r, code)
        : code === 'en'
          ? PDF_NOT_MADE
          : escapeHtml(t(reportsMessages, code).notMade);
      writeAtomic(file, fillPlaceholders(html, { [`${r.id}:pdf-link`]: link }, file));
    }
  };
  fillLinks('en', true);

  // 2. Print.
  const made = new Map<string, Printed>();
  let printer: string | null = null;
  if (skipped === null) {
    try {
      printer = await printAll(opts, manifest, reports, made, log);
    } catch (e) {
      for (const [file, html] of originals) writeAtomic(file, html);
      throw e;
    }
  }
  originals.clear();
  for (const { code } of LOCALES) if (code !== 'en') fillLinks(code, false);

  // 3. PDFs and sidecars, then the index.
  const facts = new Map<string, PdfFacts>();
  for (const r of manifest.reports) {
    const m = made.get(r.id);
    const pdfFile = builtFile(opts.siteDir, r.pdf);
    if (m) {
      writeAtomic(pdfFile, m.bytes);
      facts.set(r.id, {
        bytes: m.bytes.length,
        pages: m.pages,
        sha256: createHash('sha256').update(m.bytes).digest('hex'),
        printer: printer ?? 'Chromium',
      });
    } else if (skipped === null && existsSync(pdfFile)) {
      // Not printed this run (--only): keep the PDF and its facts from its sidecar.
      const old = JSON.parse(readFileSync(builtFile(opts.siteDir, r.sidecar), 'utf8')) as {
        pdf?: Partial<PdfFacts> & { url?: string | null };
      };
      if (old.pdf?.pages && old.pdf.sha256 && old.pdf.bytes && old.pdf.printer)
        facts.set(r.id, {
          bytes: old.pdf.bytes,
          pages: old.pdf.pages,
          sha256: old.pdf.sha256,
          printer: old.pdf.printer,
        });
    }
    const f = facts.get(r.id);
    const body = sidecar(r, manifest.site, f ?? { skipped: skipped ?? 'not printed in this run' });
    writeAtomic(builtFile(opts.siteDir, r.sidecar), `${JSON.stringify(body, null, 2)}\n`);
  }

  for (const { code } of LOCALES) {
    const indexFile = localized(opts.siteDir, '/reports/', code);
    if (!indexFile) continue;
    const index = readFileSync(indexFile, 'utf8');
    const values = indexValues(code, manifest.reports, facts, printer, skipped);
    const keys = placeholderKeys(index);
    if (keys.length !== Object.keys(values).length)
      throw new Error(
        `${indexFile}: expected ${Object.keys(values).length} placeholders, found ${keys.length}`,
      );
    writeAtomic(indexFile, fillPlaceholders(index, values, indexFile));
  }

  return {
    printed: reports.flatMap((r) => {
      const m = made.get(r.id);
      return m ? [{ id: r.id, file: r.pdf, pages: m.pages, bytes: m.bytes.length, ms: m.ms }] : [];
    }),
    skipped,
    printer,
    totalMs: performance.now() - start,
  };
}
