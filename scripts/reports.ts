/**
 * `npm run reports`: the reports stage on a built site (default dist/, or
 * PP_OUT_DIR): prints every report to a tagged PDF with Chromium when it
 * finds one (CHROMIUM_PATH or /usr/bin/chromium), writes the JSON sidecars
 * and fills /reports/ with page counts and sizes. Without Chromium it says in
 * one line that the PDFs were skipped and how to get them, and the HTML
 * reports stay complete. Part of npm run build (after astro build, before
 * the search index); run alone after astro build to re-print the reports.
 *
 * Options: --only <id>[,<id>] (print these reports only), --no-pdf (HTML
 * reports only). Exit 1 on a stale or missing build or a failed print, with
 * nothing half-written.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runReportsStage } from './reports/stage.ts';
import { formatBytes } from '../src/lib/reports/fill.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    'no-pdf': { type: 'boolean', default: false },
  },
});

const siteDir = process.env.PP_OUT_DIR ?? 'dist';
try {
  const result = await runReportsStage({
    siteDir,
    root: path.resolve('.'),
    pdf: !values['no-pdf'],
    ...(values.only ? { only: values.only.split(',').map((s) => s.trim()) } : {}),
    log: (line) => console.log(line),
  });
  if (result.skipped) {
    console.log(`reports: PDFs skipped: ${result.skipped}. The HTML reports are built.`);
  } else {
    const bytes = result.printed.reduce((s, p) => s + p.bytes, 0);
    const pages = result.printed.reduce((s, p) => s + p.pages, 0);
    console.log(
      `reports: ${result.printed.length} PDFs (${pages} pages, ${formatBytes(bytes)}) printed by ${result.printer} in ${(result.totalMs / 1000).toFixed(1)} s`,
    );
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
