/**
 * /policies/ lists every known technology: each row of the inventory file
 * (data/inventory/nypd-policy-inventory.csv) with what the portal holds of it,
 * its source and its certainty; referenced ones cite the paragraph naming them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { slugify } from '../src/lib/search/filters.ts';
import { INVENTORY_FILE } from '../src/schemas/inventory.ts';
import { launch, type Session } from '../scripts/lib/browser.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { openPage } from './support/page.ts';

const base = inject('baseURL');
const rows = csvParse(readFileSync(INVENTORY_FILE, 'utf8'));
const imported = new Set(readdirSync('content/policies').map((f) => f.replace(/\.md$/, '')));
const expectedHolding = (r: (typeof rows)[number]): string =>
  imported.has(slugify(r['title'] ?? ''))
    ? 'imported'
    : r['status_seen'] === 'referenced'
      ? 'referenced'
      : 'published';

describe('/policies/ lists every known technology', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('shows each inventory row once, with its status here, its source and its certainty', async () => {
    const { page, context, offOrigin, errors } = await openPage(session.browser);
    await page.goto(`${base}/policies/`);
    const table = page.locator('[data-pp-known-technologies] table');
    expect(await table.locator('caption').textContent()).toContain(`(${rows.length})`);
    const listed = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-pp-technology')));
    expect(listed).toEqual(rows.map((r) => slugify(r['title'] ?? '')));

    for (const r of rows) {
      const slug = slugify(r['title'] ?? '');
      const row = table.locator(`tr[data-pp-technology="${slug}"]`);
      const text = (await row.textContent())?.replace(/\s+/g, ' ') ?? '';
      const holding = expectedHolding(r);
      expect(await row.getAttribute('data-pp-holding'), slug).toBe(holding);
      expect(text, slug).toContain(r['source']);
      expect(text, slug).toContain(r['certainty']);
      expect(text, slug).toContain(r['status_seen']);
      if ((r['certainty'] ?? '').startsWith('uncertain'))
        expect(text, slug).toContain('Cited by a third party, not settled');
      if (/^https?:/.test(r['source'] ?? ''))
        expect(await row.locator(`a[href="${r['source']}"]`).count(), slug).toBe(1);
      if (holding === 'imported')
        expect(await row.locator(`th a[href="/policies/${slug}/"]`).count(), slug).toBe(1);
      if (holding === 'published') {
        expect(text, slug).toContain('Published by the NYPD, not imported here');
        expect(await row.locator('a[href*="nyc.gov/site/nypd"]').count(), slug).toBe(1);
        expect(text, slug).toContain('not verified');
      }
      if (holding === 'referenced') {
        expect(text, slug).toContain('Only referenced');
        const cite = row.locator('a[href^="/policies/"][href*="#"]');
        expect(await cite.count(), slug).toBeGreaterThan(0);
        // The cited paragraph exists on the policy page (it holds the footnote marker).
        const href = (await cite.first().getAttribute('href')) ?? '';
        const target = await openPage(session.browser);
        await target.page.goto(base + href);
        const para = target.page.locator(href.slice(href.indexOf('#')));
        expect(await para.count(), href).toBe(1);
        await target.context.close();
      }
    }

    const summary = (await page.locator('[data-pp-known-summary]').textContent())?.replace(
      /\s+/g,
      ' ',
    );
    const count = (h: string) => rows.filter((r) => expectedHolding(r) === h).length;
    expect(summary).toContain(`knows of ${rows.length} technologies`);
    expect(summary).toContain(`${count('imported')} imported here`);
    expect(summary).toContain(`${count('published')} published by the NYPD but not imported here`);
    expect(summary).toContain(`${count('referenced')} only referenced`);

    const violations = await axeViolations(page);
    expect(violations, describeViolations('/policies/', violations)).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
