/**
 * Prints report pages of a built site to PDF with Debian's Chromium through
 * playwright-core (scripts/lib/browser.ts).
 *
 * The built folder is served to the browser under the site's own origin
 * (SITE_URL, from the manifest) by request interception: no server, no
 * port, so relative links in the PDF become the site's public addresses and
 * the bytes do not depend on the machine. Any request for another origin is
 * refused. Before printing, links to other sites are turned into plain text
 * (the report prints their address in full), so every link in the PDF leads
 * to a page of the portal.
 *
 * page.pdf({ tagged: true, outline: true, preferCSSPageSize: true }): without
 * `tagged` the PDF has no structure and no bookmarks; `preferCSSPageSize`
 * takes the paper and margins from the report stylesheet's @page. The footer
 * ("Page X of Y") is Chromium's footer template; Chromium does not tag it, so
 * nothing essential is only there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { resolveFile } from '../lib/static-server.ts';
import { escapeHtml } from '../../src/lib/reports/fill.ts';
import { formatIsoDate } from '../../src/lib/policy/dates.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** What the printer needs of a report. */
export interface PrintJob {
  id: string;
  /** Site-relative address of the report's page. */
  html: string;
  title: string;
  /** YYYY-MM-DD, printed in the footer. */
  dataAsOf: string;
}

/** A browser context that serves `siteDir` under `origin` and refuses every other request. */
export async function siteContext(
  browser: Browser,
  siteDir: string,
  origin: string,
): Promise<{ context: BrowserContext; refused: string[] }> {
  const root = path.resolve(siteDir);
  const base = new URL(origin).origin;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const refused: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== base) {
      refused.push(url.href);
      return route.abort();
    }
    const file = resolveFile(root, url.pathname);
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      body: readFileSync(file),
      contentType: TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    });
  });
  return { context, refused };
}

/** The footer: report title, data as of, page X of Y (not tagged by Chromium: repeats the body). */
export function footerTemplate(job: PrintJob): string {
  return `<div style="box-sizing:border-box;width:100%;padding:0 0.7in;font:8pt system-ui,sans-serif;color:#4a4a4a;display:flex;justify-content:space-between;gap:1em"><span>${escapeHtml(job.title)} · data as of ${escapeHtml(formatIsoDate(job.dataAsOf))}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

/** Replaces every link to another origin by a span with the same content and class. */
const UNLINK_OTHER_SITES = `(() => {
  let n = 0;
  for (const a of [...document.querySelectorAll('a[href]')]) {
    const url = new URL(a.getAttribute('href'), location.href);
    if (url.origin === location.origin) continue;
    const span = document.createElement('span');
    if (a.className) span.className = a.className;
    span.append(...a.childNodes);
    a.replaceWith(span);
    n++;
  }
  return n;
})()`;

/**
 * Width of the printed page's text block in CSS pixels: US Letter (8.5in)
 * less the left and right margins of `@page` in src/styles/report-print.css
 * (0.7in each), at 96 px to the inch.
 */
export const PRINTED_WIDTH_PX = Math.floor((8.5 - 2 * 0.7) * 96);

/**
 * Tables of the page wider than the printed page (laid out for print at its
 * width): in the PDF their last columns would be cut off, silently.
 * Evaluated in an isolated world (the page runs no script).
 */
const TABLES_TOO_WIDE = `(() => {
  const limit = document.documentElement.clientWidth + 1;
  const out = [];
  for (const t of document.querySelectorAll('table')) {
    const r = t.getBoundingClientRect();
    if (r.width === 0) continue;
    if (r.right > limit || t.scrollWidth > Math.ceil(r.width) + 1) {
      const caption = (t.caption?.textContent ?? '').replace(/\\s+/g, ' ').trim();
      out.push({ caption: caption || '(no caption)', width: Math.round(Math.max(r.right, t.scrollWidth)) });
    }
  }
  return out;
})()`;

/**
 * Prints one report page; returns Chromium's PDF (before finalizePdf). With
 * `tab`, prints in that page (left open for the next report): a new page
 * costs a renderer process of its own, about as much CPU as the print itself.
 * The finalized bytes are the same either way (the structure ids Chromium
 * takes from the renderer's history are renumbered by finalizePdf).
 */
export async function printPage(
  context: BrowserContext,
  origin: string,
  job: PrintJob,
  tab?: Page,
): Promise<Uint8Array> {
  const page = tab ?? (await context.newPage());
  try {
    // Laid out for print at the printed page's width, so that TABLES_TOO_WIDE measures what prints.
    await page.setViewportSize({ width: PRINTED_WIDTH_PX, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const res = await page.goto(new URL(job.html, origin).href, { waitUntil: 'load' });
    if (res?.status() !== 200)
      throw new Error(
        `${job.html}: the built page answered ${res?.status() ?? 'nothing'}; build the site first (npm run build)`,
      );
    // The page runs no script (JavaScript is off); this evaluates in an isolated world.
    await page.evaluate(UNLINK_OTHER_SITES);
    const tooWide = await page.evaluate<{ caption: string; width: number }[]>(TABLES_TOO_WIDE);
    if (tooWide.length > 0)
      throw new Error(
        `${job.html}: ${tooWide.length === 1 ? 'a table is' : `${tooWide.length} tables are`} wider than the printed page (${PRINTED_WIDTH_PX} px): ${tooWide
          .slice(0, 3)
          .map((t) => `"${t.caption}" (${t.width} px)`)
          .join(
            ', ',
          )}; the PDF would cut off their last columns. Fix: give the table fewer columns (a matrix of every policy is cut into tables of a few policies: src/lib/reports/column-groups.ts)`,
      );
    const pdf = await page.pdf({
      tagged: true,
      outline: true,
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(job),
    });
    return new Uint8Array(pdf);
  } finally {
    if (!tab) await page.close();
  }
}
