import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe.ts';
import { launch, type Session } from '../scripts/lib/browser.ts';
import { openPage } from './support/page.ts';
import { extractIds, extractLinks } from './support/links.ts';

const base = inject('baseURL');
const SLUGS = ['facial-recognition', 'thermographic-cameras'];
const PAGES = [
  '/compare/',
  '/boilerplate/',
  ...SLUGS.map((s) => `/boilerplate/${s}/`),
  '/scorecard/',
  ...SLUGS.map((s) => `/scorecard/${s}/`),
  '/methodology/',
  '/timeline/',
];

const cache = new Map<string, Promise<string>>();
function get(path: string): Promise<string> {
  let hit = cache.get(path);
  if (!hit) {
    hit = fetch(base + path).then((r) => {
      if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status}`);
      return r.text();
    });
    cache.set(path, hit);
  }
  return hit;
}

/** Loads each link's target page and checks that the element with the fragment's id exists. */
async function unresolved(from: string, hrefs: readonly string[]): Promise<string[]> {
  const bad: string[] = [];
  for (const href of new Set(hrefs)) {
    const url = new URL(href, base + from);
    const id = decodeURIComponent(url.hash.slice(1));
    if (!id) {
      bad.push(`${href} (no fragment)`);
      continue;
    }
    if (!extractIds(await get(url.pathname)).has(id)) bad.push(href);
  }
  return bad;
}

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

describe('compare matrix /compare/', () => {
  it('has one fact a row and one policy a column; answers are text citing existing paragraphs', async () => {
    const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
    await page.goto(`${base}/compare/`);
    const columns = await page
      .locator('[data-pp-matrix] thead th[data-technology]')
      .allTextContents();
    expect(columns.map((c) => c.trim())).toEqual(['Facial Recognition', 'Thermographic Cameras']);
    const rows = page.locator('[data-pp-matrix] tbody tr[data-pp-matrix-row]');
    expect(await rows.count()).toBe(17);
    const cells = page.locator('[data-pp-matrix] tbody tr[data-pp-matrix-row] td');
    const cellCount = await cells.count();
    expect(cellCount).toBe(17 * SLUGS.length);
    const hrefs: string[] = [];
    for (let i = 0; i < cellCount; i++) {
      const cell = cells.nth(i);
      const none = (await cell.getAttribute('class'))?.includes('pp-matrix__none');
      const links = await cell
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      if (none) {
        // "Not stated" reads as text; the row's fact links to how it was searched.
        expect(links, `cell ${i}`).toEqual([]);
        continue;
      }
      // The answer is text, not a link; its citations are links.
      expect(await cell.locator('.pp-matrix__value a').count()).toBe(0);
      expect(
        (await cell.locator('.pp-matrix__value').textContent())?.trim().length,
      ).toBeGreaterThan(1);
      expect(links.length, `cell ${i} cites a paragraph`).toBeGreaterThan(0);
      hrefs.push(...links);
    }
    expect(hrefs.length).toBeGreaterThan(20);
    for (const h of hrefs)
      expect(h).toMatch(/^\/policies\/[a-z-]+\/#([a-z-]+-p\d+(-\d+)?|changes|addendum-\d+)$/);
    expect(await unresolved('/compare/', hrefs)).toEqual([]);
    const methods = await page
      .locator('[data-pp-matrix] tbody th[scope="row"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(methods).toHaveLength(17);
    expect(await unresolved('/compare/', methods)).toEqual([]);
    await context.close();
  });

  it('links every fact-sheet citation to an existing anchor', async () => {
    const html = await get('/compare/');
    const cites = extractLinks(html).anchors.filter((h) => /^\/policies\/[a-z-]+\/#/.test(h));
    expect(await unresolved('/compare/', cites)).toEqual([]);
  });

  it('filters policies and fact groups with JavaScript and announces the result', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/compare/`);
    await expect(page.locator('[data-pp-matrix-controls]').isVisible()).resolves.toBe(true);
    const columns = () =>
      page.locator('[data-pp-matrix] thead th[data-technology]:not([hidden])').allTextContents();
    await page.getByLabel('Filter technologies').fill('thermo');
    expect((await columns()).map((t) => t.trim())).toEqual(['Thermographic Cameras']);
    expect(
      await page
        .locator('[data-pp-matrix] tbody td[data-technology="Facial Recognition"]:not([hidden])')
        .count(),
    ).toBe(0);
    await expect(page.locator('[data-pp-matrix-status]').textContent()).resolves.toMatch(
      /Showing 1 of 2 technologies/,
    );

    await page.getByLabel('Show facts').selectOption('security');
    const facts = await page
      .locator('[data-pp-matrix] tbody:not([hidden]) tr[data-pp-matrix-row] th')
      .allTextContents();
    expect(facts.map((t) => t.trim())).toEqual([
      'Access control',
      'Authentication',
      'Encryption in transit',
      'Encryption at rest',
    ]);
    await context.close();
  });

  it('is a plain table without JavaScript, with the controls hidden', async () => {
    const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
    await page.goto(`${base}/compare/`);
    await expect(page.locator('[data-pp-matrix-controls]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-pp-matrix] caption').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('fits a desktop without scrolling sideways, and scrolls in its own region on a phone', async () => {
    for (const [width, scrolls] of [
      [1280, false],
      [375, true],
    ] as const) {
      const { page, context } = await openPage(session.browser, {
        viewport: { width, height: 800 },
      });
      await page.goto(`${base}/compare/`);
      const pageWidth = await page.evaluate('document.documentElement.scrollWidth');
      expect(pageWidth).toBeLessThanOrEqual(width);
      const region = page.locator('.pp-matrix-wrap');
      await expect(region.getAttribute('tabindex')).resolves.toBe('0');
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth), `${width} px`).toBe(
        scrolls,
      );
      await context.close();
    }
  });

  it('offers the matrix as CSV and JSON with both policies and citation URLs', async () => {
    const csv = await get('/compare/key-facts.csv');
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'slug,technology,fact_id,fact,status,value,detail,source,citations,citation_urls',
    );
    for (const slug of SLUGS) expect(lines.filter((l) => l.startsWith(`${slug},`)).length).toBe(17);
    const json = JSON.parse(await get('/compare/key-facts.json')) as {
      policies: { slug: string; facts: { citations: { url: string }[] }[] }[];
    };
    expect(json.policies.map((p) => p.slug)).toEqual(SLUGS);
    const urls = json.policies.flatMap((p) =>
      p.facts.flatMap((f) => f.citations.map((c) => new URL(c.url))),
    );
    expect(urls.length).toBeGreaterThan(20);
    expect(
      await unresolved(
        '/compare/',
        urls.map((u) => u.pathname + u.hash),
      ),
    ).toEqual([]);
  });
});

describe('scorecard', () => {
  it.each(SLUGS)(
    'links every evidence item of /scorecard/%s/ to an existing anchor, or says "Not found"',
    async (slug) => {
      const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
      await page.goto(`${base}/scorecard/${slug}/`);
      const rows = page.locator('tr[data-pp-criterion]');
      const n = await rows.count();
      expect(n).toBe(19);
      const hrefs: string[] = [];
      for (let i = 0; i < n; i++) {
        const cell = rows.nth(i).locator('td').nth(1);
        const links = await cell
          .locator('a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        if (links.length === 0) await expect(cell.textContent()).resolves.toMatch(/Not found/);
        for (const h of links) expect(h.startsWith(`/policies/${slug}/#`)).toBe(true);
        hrefs.push(...links);
      }
      expect(hrefs.length).toBeGreaterThan(15);
      expect(await unresolved(`/scorecard/${slug}/`, hrefs)).toEqual([]);
      await context.close();
    },
  );

  it('says why a criterion fails, naming the rule it misses', async () => {
    const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
    let failing = 0;
    for (const slug of SLUGS) {
      await page.goto(`${base}/scorecard/${slug}/`);
      const rows = page.locator('tr[data-pp-criterion]');
      for (let i = 0; i < (await rows.count()); i++) {
        const row = rows.nth(i);
        const id = (await row.getAttribute('id')) ?? '';
        if (!id.startsWith('section-')) continue;
        if (!(await row.locator('.pp-result--fail').count())) continue;
        failing++;
        const why = (await row.locator('td').nth(2).textContent()) ?? '';
        expect(why, id).toMatch(
          /^(Missing: .*|[A-Z][^:]+: \d+ words(; a section needs at least \d+ words, \d+ of them not shared with other policies\.|, but only \d+.*))$/,
        );
      }
    }
    expect(failing).toBeGreaterThan(0);
    await context.close();
  });

  it('lists both policies in the citywide table with their score', async () => {
    const html = await get('/scorecard/');
    for (const slug of SLUGS) expect(html).toContain(`href="/scorecard/${slug}/"`);
    expect(html).toMatch(/\d+ of 19/);
  });
});

describe('boilerplate toggle', () => {
  const pages = SLUGS.flatMap((slug) => [`/boilerplate/${slug}/`, `/policies/${slug}/`]);
  it.each(pages)(
    'marks the shared passages on %s and toggles their highlight, announcing it',
    async (path) => {
      const { page, context } = await openPage(session.browser);
      await page.goto(`${base}${path}`);
      const marks = page.locator('mark[data-pp-shared]');
      expect(await marks.count()).toBeGreaterThan(10);
      await expect(marks.first().getAttribute('data-also-in')).resolves.toMatch(
        /^[a-z-]+#[a-z-]+-p\d+/,
      );
      const bg = () => marks.first().evaluate((m) => getComputedStyle(m).backgroundColor);
      expect(await bg()).toBe('rgba(0, 0, 0, 0)');
      const button = page.locator('[data-pp-shared-toggle]');
      await expect(button.isVisible()).resolves.toBe(true);
      await expect(button.getAttribute('aria-pressed')).resolves.toBe('false');
      await button.click();
      await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
      expect(await bg()).not.toBe('rgba(0, 0, 0, 0)');
      await expect(page.locator('[data-pp-shared-status]').textContent()).resolves.toMatch(
        /Highlighting \d+ shared passages/,
      );
      const violations = await axeViolations(page);
      expect(violations, describeViolations(`${path} (highlighted)`, violations)).toEqual([]);
      await button.click();
      await expect(button.getAttribute('aria-pressed')).resolves.toBe('false');
      expect(await bg()).toBe('rgba(0, 0, 0, 0)');
      await expect(page.locator('[data-pp-shared-status]').textContent()).resolves.toMatch(/off/);
      await context.close();
    },
  );

  it('shows the figures and the method link without JavaScript, and no dead button', async () => {
    const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
    await page.goto(`${base}/boilerplate/facial-recognition/`);
    await expect(page.locator('[data-pp-boilerplate]').textContent()).resolves.toMatch(
      /\d+% of this policy’s words/,
    );
    await expect(page.locator('[data-pp-shared-toggle]').isVisible()).resolves.toBe(false);
    await expect(
      page.locator('[data-pp-boilerplate] a[href="/boilerplate/#method"]').count(),
    ).resolves.toBe(1);
    await context.close();
  });

  it('links every shared passage to existing paragraphs in both policies', async () => {
    for (const slug of SLUGS) {
      const html = await get(`/boilerplate/${slug}/`);
      const start = html.indexOf('id="passages"');
      const end = html.indexOf('id="text"');
      const hrefs = extractLinks(html.slice(start, end)).anchors.filter((h) =>
        h.startsWith('/policies/'),
      );
      expect(hrefs.length).toBeGreaterThan(10);
      expect(await unresolved(`/boilerplate/${slug}/`, hrefs)).toEqual([]);
    }
  });
});

describe('feed and sitemap', () => {
  async function parseXml(
    path: string,
  ): Promise<{ error: string | null; links: string[]; locs: string[] }> {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/`);
    const xml = await get(path);
    const result = await page.evaluate<{
      error: string | null;
      links: string[];
      locs: string[];
    }>(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml');
      const err = doc.querySelector('parsererror');
      return {
        error: err ? err.textContent : null,
        links: [...doc.querySelectorAll('item > link')].map((l) => l.textContent),
        locs: [...doc.getElementsByTagNameNS('*', 'loc')].map((l) => l.textContent),
      };
    })()`);
    await context.close();
    return result;
  }

  it('/feed.xml is well-formed RSS that lists both policies', async () => {
    const r = await parseXml('/feed.xml');
    expect(r.error).toBeNull();
    const paths = r.links.map((l) => new URL(l).pathname);
    for (const slug of SLUGS) expect(paths).toContain(`/policies/${slug}/`);
    expect(await get('/feed.xml')).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0" xmlns:atom="http:\/\/www.w3.org\/2005\/Atom">/,
    );
  });

  it('dates every feed item: printed events by their date, an undated policy by the day it entered the portal, said so', async () => {
    const xml = await get('/feed.xml');
    const items = xml.split('<item>').slice(1);
    for (const item of items)
      expect(item).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} 00:00:00 GMT<\/pubDate>/);
    const fr = items.find((i) => i.includes('/policies/facial-recognition/<'));
    expect(fr).toContain('added to the portal (November 21, 2026)');
    expect(fr).toContain('prints no posted or updated date');
    expect(fr).toContain('<pubDate>Sat, 21 Nov 2026 00:00:00 GMT</pubDate>');
  });

  it('the sitemap index and sitemap are well-formed and list both policies and the oversight pages', async () => {
    const index = await parseXml('/sitemap-index.xml');
    expect(index.error).toBeNull();
    expect(index.locs.map((l) => new URL(l).pathname)).toContain('/sitemap-0.xml');
    const map = await parseXml('/sitemap-0.xml');
    expect(map.error).toBeNull();
    const paths = map.locs.map((l) => new URL(l).pathname);
    for (const slug of SLUGS) expect(paths).toContain(`/policies/${slug}/`);
    for (const p of PAGES) expect(paths).toContain(p);
  });
});

describe('timeline', () => {
  it('lists the printed events with links to their source and says no version can be compared yet', async () => {
    const html = await get('/timeline/');
    expect(html).toContain('href="/policies/thermographic-cameras/#addendum-1"');
    expect(html).toMatch(/Only one version of each policy is imported/);
    expect(html).toMatch(/prints no posted or updated date/);
    const hrefs = extractLinks(html).anchors.filter((h) => /^\/policies\/[a-z-]+\/#/.test(h));
    expect(await unresolved('/timeline/', hrefs)).toEqual([]);
  });
});

describe('accessibility', () => {
  it.each(PAGES)(
    '%s has no axe violations, console errors or off-origin requests',
    async (path) => {
      const { page, context, offOrigin, errors } = await openPage(session.browser);
      await page.goto(base + path, { waitUntil: 'load' });
      const violations = await axeViolations(page);
      expect(violations, describeViolations(path, violations)).toEqual([]);
      expect(offOrigin).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
