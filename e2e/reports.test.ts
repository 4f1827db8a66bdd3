/**
 * The reports of the built site: the PDFs npm run build printed (tagged,
 * titled, with bookmarks, text in reading order, links only to pages and
 * anchors of the site, sidecars that match), one report printed twice to the
 * same bytes, and the HTML reports (axe, no JavaScript needed, headings,
 * tables, print styles that hide nothing essential). PDFs are read with
 * pdf-lib and unpdf, so no poppler is needed.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Session } from '../scripts/lib/browser.ts';
import { type Bookmark, readPdf } from '../scripts/reports/pdf.ts';
import { PRINTED_WIDTH_PX, printPage, siteContext } from '../scripts/reports/print.ts';
import { printReport, readManifest } from '../scripts/reports/stage.ts';
import { ANNUAL_REPORT_FIELDS } from '../src/schemas/annual-report.ts';
import { checksumText } from '../src/lib/reports/fingerprint.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { extractIds } from './support/links.ts';
import { openPage } from './support/page.ts';
import { SITE_DIR, sitemapPaths } from './support/site.ts';

const base = inject('baseURL');
const manifest = readManifest(SITE_DIR);
const reports = manifest.reports;
const origin = new URL(manifest.site).origin;
const file = (address: string) =>
  path.join(SITE_DIR, address.endsWith('/') ? `${address}index.html` : address);
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Every bookmark title, depth first. */
const titles = (marks: readonly Bookmark[]): string[] =>
  marks.flatMap((b) => [b.title, ...titles(b.children)]);

/** The PDF's text, pages joined, white space collapsed. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(doc, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** Positions of `needles` in `hay`, each searched after the previous one; -1 when missing. */
function inOrder(hay: string, needles: readonly string[]): number[] {
  let from = 0;
  return needles.map((n) => {
    const i = hay.indexOf(n, from);
    if (i >= 0) from = i + n.length;
    return i;
  });
}

describe('the manifest', () => {
  it('lists a hearing packet per policy and an annual report per year with data', () => {
    const packets = reports.filter((r) => r.kind === 'hearing-packet').map((r) => r.id);
    expect(packets.sort()).toEqual(['facial-recognition', 'thermographic-cameras']);
    expect(reports.filter((r) => r.kind === 'annual-report').map((r) => r.year)).toEqual([
      2024, 2023, 2022,
    ]);
  });
});

describe.each(reports)('the PDF of $id', (report) => {
  const pdfFile = file(report.pdf);
  let bytes: Uint8Array;
  let text: string;
  beforeAll(async () => {
    if (!existsSync(pdfFile))
      throw new Error(
        `${pdfFile} is missing: the build printed no PDFs (Chromium not found?). Run npm run build with Chromium installed`,
      );
    bytes = new Uint8Array(readFileSync(pdfFile));
    text = await pdfText(bytes);
  });

  it('is tagged, with its title, language, subject, keywords and the data-as-of date', async () => {
    const facts = await readPdf(bytes);
    expect(facts.tagged).toBe(true);
    expect(facts.title).toBe(report.title);
    expect(facts.lang).toBe('en-US');
    expect(facts.subject).toBe(report.subject);
    expect(facts.keywords).toBe(report.keywords.join('; '));
    expect(facts.creationDate?.toISOString()).toBe(`${report.dataAsOf.date}T00:00:00.000Z`);
    expect(facts.pages).toBeGreaterThan(3);
  });

  it('has a bookmark for every section, in order', async () => {
    const facts = await readPdf(bytes);
    const marks = titles(facts.outline);
    expect(marks[0]).toBe(report.title);
    const order = inOrder(
      marks.join('\n'),
      report.sections.map((s) => s.title),
    );
    expect(
      order.every((i) => i >= 0),
      marks.join(' | '),
    ).toBe(true);
  });

  it('holds the title, technology, fingerprint and every section title in reading order', () => {
    expect(text).toContain(report.title);
    if (report.technology) {
      const tech = report.title.replace(/^Hearing packet: /, '');
      expect(text).toContain(`Technology ${tech}`);
    }
    expect(text.replace(/\s/g, '')).toContain(report.fingerprint);
    const order = inOrder(text, ['Contents', ...report.sections.map((s) => s.title)]);
    // The contents list names each section once; the headings follow in the same order.
    const headings = inOrder(
      text.slice(text.indexOf(report.sections.at(-1)!.title) + 1),
      report.sections.map((s) => s.title),
    );
    expect(
      order.every((i) => i >= 0),
      order.join(','),
    ).toBe(true);
    expect(
      headings.every((i) => i >= 0),
      headings.join(','),
    ).toBe(true);
  });

  it('holds the reporting-gap table: every field with its status', () => {
    // The section starts where its title is soon followed by the table's
    // header (the title also appears in the contents, and the table's caption,
    // which begins with the title, may print where the table continues).
    const title = report.sections.find((s) => s.id === 'reporting-gap')!.title;
    const start = [...text.matchAll(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))]
      .map((m) => m.index)
      .find((i) => /#\s+Field\s+Required\s+elsewhere\s+by/.test(text.slice(i, i + 1500)));
    expect(start, `no "${title}" followed by the table header`).toBeDefined();
    const gap = text.slice(start);
    const labels = ANNUAL_REPORT_FIELDS.map((f) => f.label.slice(0, 30));
    const order = inOrder(
      gap.replace(/- /g, '-'),
      labels.map((l) => l.replace(/- /g, '-')),
    );
    expect(
      order.every((i) => i >= 0),
      `${order.join(',')}\n${gap.slice(0, 3000)}`,
    ).toBe(true);
    expect(gap).toMatch(/NOT REPORTED|not reported/);
  });

  it('links only to existing pages and anchors of the site', async () => {
    const facts = await readPdf(bytes);
    expect(facts.uris.length).toBeGreaterThan(10);
    expect(facts.internalLinks).toBeGreaterThan(10);
    const broken: string[] = [];
    const pages = new Map<string, string>();
    for (const uri of new Set(facts.uris)) {
      if (!uri.startsWith(`${origin}/`)) {
        broken.push(`${uri} (not on ${origin})`);
        continue;
      }
      const url = new URL(uri);
      const target = file(url.pathname);
      if (!existsSync(target)) {
        broken.push(`${uri} (no ${url.pathname})`);
        continue;
      }
      const frag = decodeURIComponent(url.hash.slice(1));
      if (!frag) continue;
      if (!pages.has(target)) pages.set(target, readFileSync(target, 'utf8'));
      if (!extractIds(pages.get(target)!).has(frag)) broken.push(`${uri} (no #${frag})`);
    }
    expect(broken).toEqual([]);
  });

  it('has a sidecar listing every input with its hash, matching the PDF and the fingerprint', () => {
    const side = JSON.parse(readFileSync(file(report.sidecar), 'utf8')) as {
      fingerprint: { value: string };
      inputs: { path: string; sha256: string }[];
      pdf: { url: string; bytes: number; pages: number; sha256: string };
    };
    expect(side.fingerprint.value).toBe(report.fingerprint);
    expect(side.pdf.url).toBe(new URL(report.pdf, manifest.site).href);
    expect(side.pdf.bytes).toBe(bytes.length);
    expect(side.pdf.sha256).toBe(sha256(bytes));
    // Anyone can check the cover against the data: hash the listed files, then the listing.
    const listing = side.inputs.map((i) => ({
      ...i,
      sha256: sha256(readFileSync(i.path)),
      bytes: 0,
      role: 'code' as const,
    }));
    expect(
      sha256(checksumText(listing)),
      'the inputs changed since the build: run npm run build',
    ).toBe(report.fingerprint);
  });
});

describe('determinism', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('prints a hearing packet twice to the same bytes as the build', async () => {
    const report = reports.find((r) => r.id === 'facial-recognition')!;
    const runs: Uint8Array[] = [];
    for (let i = 0; i < 2; i++) {
      const { context } = await siteContext(session.browser, SITE_DIR, manifest.site);
      runs.push((await printReport(context, manifest.site, report)).bytes);
      await context.close();
    }
    expect(sha256(runs[1]!)).toBe(sha256(runs[0]!));
    expect(sha256(runs[0]!)).toBe(sha256(readFileSync(file(report.pdf))));
  });
});

describe('a table wider than the printed page', () => {
  let session: Session;
  let dir: string;
  /** A page with one table of `columns` columns of unbreakable words. */
  const page = (name: string, columns: number) => {
    mkdirSync(path.join(dir, name));
    const cells = (tag: string) =>
      Array.from({ length: columns }, (_, i) => `<${tag}>Technology-${i}-name</${tag}>`).join('');
    writeFileSync(
      path.join(dir, name, 'index.html'),
      `<!doctype html><html lang="en"><title>${name}</title><body><table><caption>Matrix of ${columns} policies</caption><tr>${cells('th')}</tr><tr>${cells('td')}</tr></table></body></html>`,
    );
  };
  beforeAll(async () => {
    session = await launch();
    dir = mkdtempSync(path.join(tmpdir(), 'pp-print-wide-'));
    page('narrow', 3);
    page('wide', 40);
  });
  afterAll(async () => {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const job = (name: string) => ({
    id: name,
    html: `/${name}/`,
    title: name,
    dataAsOf: '2025-01-01',
  });

  it('is refused, naming the table and the fix, instead of printed with its last columns cut off', async () => {
    const { context } = await siteContext(session.browser, dir, manifest.site);
    try {
      const narrow = await printPage(context, manifest.site, job('narrow'));
      expect(narrow.length).toBeGreaterThan(0);
      await expect(printPage(context, manifest.site, job('wide'))).rejects.toThrow(
        new RegExp(
          `/wide/: a table is wider than the printed page \\(${PRINTED_WIDTH_PX} px\\): "Matrix of 40 policies" \\(\\d+ px\\).*Fix: give the table fewer columns`,
        ),
      );
    } finally {
      await context.close();
    }
  });
});

describe('the HTML reports', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });
  const pages = ['/reports/', ...reports.map((r) => r.html)];

  it('are in the sitemap and the feed', async () => {
    const inMap = sitemapPaths();
    for (const p of pages) expect(inMap).toContain(p);
    const feed = await (await fetch(`${base}/feed.xml`)).text();
    for (const r of reports)
      expect(feed).toContain(
        `<guid isPermaLink="false">urn:post-act-portal:report:${r.id}:${r.dataAsOf.date}</guid>`,
      );
  });

  it.each(pages)('%s has no axe violations at 1280 px', async (p) => {
    const { page, context, offOrigin, errors } = await openPage(session.browser);
    await page.goto(base + p, { waitUntil: 'load' });
    const violations = await axeViolations(page);
    expect(violations, describeViolations(p, violations)).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(reports.map((r) => [r.html, r] as const))(
    '%s reads fully without JavaScript, headings in order, tables captioned with scoped headers',
    async (p, report) => {
      const withJs = await openPage(session.browser);
      await withJs.page.goto(base + p);
      const full = await withJs.page.locator('article.pp-report').innerText();
      await withJs.context.close();
      const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
      await page.goto(base + p);
      const article = page.locator('article.pp-report');
      expect(await article.innerText()).toBe(full);
      const headings = await article.evaluate((el) =>
        [...el.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
      );
      expect(headings[0]).toBe(1);
      headings.forEach((level, i) => {
        if (i > 0) expect(level, `heading ${i}`).toBeLessThanOrEqual(headings[i - 1]! + 1);
      });
      const h2 = await article.locator('section > h2').allTextContents();
      expect(h2).toEqual(report.sections.map((s) => s.title));
      const tables = await article.evaluate((el) =>
        [...el.querySelectorAll('table')].map((t) => ({
          caption: t.querySelector('caption')?.textContent?.trim() ?? '',
          unscoped: t.querySelectorAll('th:not([scope])').length,
        })),
      );
      expect(tables.length).toBeGreaterThan(4);
      for (const t of tables)
        expect(t).toEqual({ caption: expect.any(String) as string, unscoped: 0 });
      expect(tables.every((t) => t.caption.length > 0)).toBe(true);
      await context.close();
    },
  );

  it.each(reports.map((r) => [r.html, r] as const))(
    '%s prints every section, the gap table and every question',
    async (p, report) => {
      const { page, context } = await openPage(session.browser);
      await page.goto(base + p);
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(`(() => {
        const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const must = [...document.querySelectorAll('article.pp-report section > h2, article.pp-report [id^="gap-"], [data-pp-question], [data-pp-fingerprint], .pp-report__sources li')];
        return { count: must.length, hidden: must.filter((el) => !shown(el)).map((el) => el.id || el.textContent.slice(0, 40)) };
      })()`);
      const r = hidden as { count: number; hidden: string[] };
      expect(r.hidden).toEqual([]);
      expect(r.count).toBeGreaterThan(report.sections.length + 16);
      await context.close();
    },
  );

  it('/reports/ lists every report with its PDF page count, size and link, once printed', () => {
    const html = readFileSync(file('/reports/'), 'utf8');
    expect(html).toContain('The PDFs were printed from these web pages by Chromium');
    for (const r of reports) {
      const side = JSON.parse(readFileSync(file(r.sidecar), 'utf8')) as {
        pdf: { pages: number };
      };
      expect(html).toMatch(
        new RegExp(`data-pp-fill="${r.id}:pages"[^>]*>${side.pdf.pages}</span>`),
      );
      expect(html).toMatch(
        new RegExp(`data-pp-fill="${r.id}:size"[^>]*>\\d+(\\.\\d)? (kB|MB)</span>`),
      );
      expect(html).toContain(`<a href="${r.pdf}" aria-label="PDF: ${r.title}">PDF</a>`);
      expect(html).toContain(`href="${r.sidecar}"`);
      expect(html).toContain(r.fingerprint.slice(0, 12));
    }
  });

  it('are found by search, filed as reports', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/search/?q=witnesses&kind=report`);
    await expect
      .poll(() => page.$$eval('[data-pp-search-results] > li h3 a', (as) => as.length), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    const links = await page.$$eval('[data-pp-search-results] > li h3 a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links).toContain('/reports/facial-recognition/');
    for (const l of links) expect(l).toMatch(/^\/reports\//);
    await context.close();
  });
});

describe('without Chromium', () => {
  it('builds the HTML reports, says in one line that the PDFs were skipped and how to get them, and /reports/ says so', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pp-reports-'));
    try {
      cpSync(path.join(SITE_DIR, 'reports'), path.join(out, 'reports'), { recursive: true });
      for (const f of readdirSync(path.join(out, 'reports'), { recursive: true, encoding: 'utf8' }))
        if (f.endsWith('.pdf')) rmSync(path.join(out, 'reports', f));
      const { stdout } = await promisify(execFile)(
        path.resolve('node_modules/.bin/node'),
        ['scripts/reports.ts'],
        { env: { ...process.env, PP_OUT_DIR: out, CHROMIUM_PATH: '/nonexistent/chromium' } },
      );
      const lines = stdout.trim().split('\n');
      expect(lines).toEqual([
        'reports: PDFs skipped: no Chromium at /nonexistent/chromium (install it with apt-get install chromium, or set CHROMIUM_PATH), then run npm run reports. The HTML reports are built.',
      ]);
      const index = readFileSync(path.join(out, 'reports', 'index.html'), 'utf8');
      expect(index).toContain('The PDFs were not made in this build: no Chromium at');
      expect(index).not.toMatch(/href="[^"]+\.pdf"/);
      for (const r of reports) {
        const page = readFileSync(path.join(out, r.html, 'index.html'), 'utf8');
        expect(page.includes(`href="${r.pdf}"`), `${r.html} links its PDF`).toBe(false);
        expect(
          new RegExp(`data-pp-fill="${r.id}:pdf-link"[^>]*>not made in this build</span>`).test(
            page,
          ),
          `${r.html} says the PDF was not made`,
        ).toBe(true);
        const side = JSON.parse(readFileSync(path.join(out, r.sidecar), 'utf8')) as {
          pdf: { url: null; skipped: string };
          fingerprint: { value: string };
        };
        expect(side.pdf.url).toBeNull();
        expect(side.pdf.skipped).toMatch(/^no Chromium at/);
        expect(side.fingerprint.value).toBe(r.fingerprint);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
