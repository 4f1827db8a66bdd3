import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe.ts';
import { launch, type Session } from '../scripts/lib/browser.ts';
import { openPage } from './support/page.ts';
import { SITE_DIR } from './support/site.ts';

const base = inject('baseURL');
const SLUGS = ['facial-recognition', 'thermographic-cameras'];
const PAGES = ['/statistics/', ...SLUGS.map((s) => `/statistics/${s}/`), '/data/'];

interface Point {
  category: string;
  series: string;
  value: number | null;
  status: string;
}

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

describe.each(PAGES)('%s', (url) => {
  it('has no axe violations (WCAG 2.2 AA) and makes no off-origin request', async () => {
    const { page, context, offOrigin, errors } = await openPage(session.browser);
    await page.goto(`${base}${url}`);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(url, violations)).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows every figure with JavaScript disabled', async () => {
    const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
    await page.goto(`${base}${url}`);
    expect(await page.locator('main table').first().isVisible()).toBe(true);
    const charts = page.locator('[data-pp-chart]');
    for (let i = 0; i < (await charts.count()); i++) {
      const chart = charts.nth(i);
      // A chart draws two or more numbers; a single number is a figure card instead.
      const kind = await chart.getAttribute('data-pp-chart-kind');
      const reported = await chart.locator('tbody tr:not([data-value=""])').count();
      expect(kind).toBe(reported >= 2 ? 'chart' : 'card');
      if (kind === 'chart') {
        await expect(chart.locator('svg title').count()).resolves.toBe(1);
        expect(await chart.locator('svg').isVisible()).toBe(true);
      } else {
        expect(await chart.locator('svg').count()).toBe(0);
        expect(await chart.locator('[data-pp-figure-card]').isVisible()).toBe(reported === 1);
      }
      expect(await chart.locator('table').isVisible()).toBe(true);
      expect(
        (await chart.locator('[data-pp-chart-summary]').textContent())?.trim().length,
      ).toBeGreaterThan(10);
    }
    await context.close();
  });
});

describe('statistics charts', () => {
  it('render on the overview and on each technology page', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/statistics/`);
    expect(await page.locator('[data-pp-chart] svg rect').count()).toBeGreaterThan(5);
    await page.goto(`${base}/statistics/facial-recognition/`);
    const box = await page.locator('[data-pp-chart="published-fr-fis-by-year"] svg').boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(100);
    await context.close();
  });

  it.each(PAGES.filter((p) => p !== '/data/'))(
    'on %s, every data table holds exactly the numbers of its JSON and CSV downloads',
    async (url) => {
      const { page, context } = await openPage(session.browser);
      await page.goto(`${base}${url}`);
      const ids = await page.$$eval('[data-pp-chart]', (els) =>
        els.map((e) => e.getAttribute('data-pp-chart')!),
      );
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const rows = await page.$$eval(`[data-pp-chart-table="${id}"] tbody tr`, (trs) =>
          trs.map((tr) => ({
            category: tr.querySelector('th')!.textContent.trim(),
            series: tr.querySelectorAll('td')[0]!.textContent.trim(),
            value:
              tr.getAttribute('data-value') === '' ? null : Number(tr.getAttribute('data-value')),
            status: tr.getAttribute('data-status')!,
            shown: tr.querySelectorAll('td')[1]!.textContent.trim(),
          })),
        );
        const jsonLink = await page
          .locator(`[data-pp-chart="${id}"] a[data-pp-download="json"]`)
          .getAttribute('href');
        const res = await fetch(new URL(jsonLink!, base));
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/application\/json/);
        const json = (await res.json()) as { points: Point[] };
        expect(
          rows.map(({ category, series, value, status }) => ({ category, series, value, status })),
        ).toEqual(
          json.points.map(({ category, series, value, status }) => ({
            category,
            series,
            value,
            status,
          })),
        );
        for (const r of rows) {
          if (r.value === null) expect(r.shown).toBe(r.status);
          else expect(r.shown.replaceAll(',', '')).toContain(String(r.value));
        }
        const csvLink = await page
          .locator(`[data-pp-chart="${id}"] a[data-pp-download="csv"]`)
          .getAttribute('href');
        const csv = await (await fetch(new URL(csvLink!, base))).text();
        const lines = csv.trimEnd().split('\n');
        expect(lines[0]).toBe('category,series,value,status,qualifier,uncertain,source,claimant');
        expect(lines).toHaveLength(json.points.length + 1);
      }
      await context.close();
    },
  );

  it('says "not reported" for record-level statistics, never 0', async () => {
    const { page, context } = await openPage(session.browser);
    for (const slug of SLUGS) {
      await page.goto(`${base}/statistics/${slug}/`);
      for (const id of ['usage', 'disclosures', 'foil']) {
        const text = await page.locator(`h2#${id} + p`).textContent();
        expect(text).toMatch(/^Not reported/);
      }
    }
    await context.close();
  });
});

describe('/data/', () => {
  it('serves datapackage.json describing every dataset, with no-record datasets marked', async () => {
    const res = await fetch(`${base}/data/datapackage.json`);
    expect(res.status).toBe(200);
    const pkg = (await res.json()) as {
      profile: string;
      resources: { name: string; path: string; 'x-pp-status': string }[];
    };
    expect(pkg.profile).toBe('data-package');
    const names = pkg.resources.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'nypd-facial-recognition',
        'usage-log-statistics',
        'foil-requests-statistics',
      ]),
    );
    expect(pkg.resources.find((r) => r.name === 'usage-log-statistics')?.['x-pp-status']).toBe(
      'no published records yet',
    );
    for (const r of pkg.resources) expect((await fetch(new URL(r.path, base))).status).toBe(200);
  });

  it('serves each published-claims file exactly as received', async () => {
    for (const name of ['nypd-facial-recognition', 'foil-statistics', 'oig-post-act']) {
      const served = await (await fetch(`${base}/data/${name}.csv`)).text();
      expect(served).toBe(
        readFileSync(path.resolve('data/stats/published', `${name}.csv`), 'utf8'),
      );
    }
  });

  it('lists which datasets have no published records yet', () => {
    const html = readFileSync(path.join(SITE_DIR, 'data', 'index.html'), 'utf8');
    for (const id of ['usage-log', 'disclosures', 'foil-requests']) {
      expect(html).toMatch(new RegExp(`href="#${id}"[^<]*</a>\\s*\\(no published records yet\\)`));
    }
  });
});
