import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECTION_KEYS } from '../src/schemas/sections.ts';
import { launch, type Session } from '../scripts/lib/browser.ts';
import { openPage } from './support/page.ts';
import { SITE_DIR } from './support/site.ts';

const base = inject('baseURL');
const SLUGS = ['facial-recognition', 'thermographic-cameras'];

describe.each(SLUGS)('policy page /policies/%s/', (slug) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('holds all ten section anchors in the built HTML, in statutory order', () => {
    const html = readFileSync(path.join(SITE_DIR, 'policies', slug, 'index.html'), 'utf8');
    const ids = [...html.matchAll(/<h2 id="([a-z-]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id) => (SECTION_KEYS as readonly string[]).includes(id!))).toEqual([
      ...SECTION_KEYS,
    ]);
  });

  it('renders the title, a summary of changes and numbered paragraphs', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/policies/${slug}/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Impact and Use Policy/);
    expect(
      await page.locator('#changes + * table tbody tr, #changes ~ div table tbody tr').count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('[data-pp-para]').count()).toBeGreaterThan(30);
    await context.close();
  });

  it('lands on every on-page link target', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/policies/${slug}/`);
    const hrefs = await page.$$eval('a[href^="#"]', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of new Set(hrefs)) {
      const id = decodeURIComponent(href.slice(1));
      expect(await page.locator(`[id="${id}"]`).count(), `${href} has a target`).toBe(1);
    }
    // Follow a section link with the keyboard-equivalent activation and check the target.
    await page.locator('.pp-toc a[href="#external-entities"]').click();
    expect(new URL(page.url()).hash).toBe('#external-entities');
    const inView = await page.locator('#external-entities').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await context.close();
  });

  it('copies a citation with the paragraph link and announces it', async () => {
    const { page, context } = await openPage(session.browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/policies/${slug}/#external-entities-p3`);
    const para = page.locator('#external-entities-p3');
    await para.locator('[data-pp-copy]').focus();
    await page.keyboard.press('Enter');
    const expected = `, External Entities ¶3. ${base}/policies/${slug}/#external-entities-p3`;
    await expect
      .poll(() => page.locator('[data-pp-copy-status]').textContent())
      .toContain(expected);
    const clip = await page.evaluate('navigator.clipboard.readText()');
    expect(clip).toMatch(/^NYPD Impact and Use Policy: .+, External Entities ¶3\. http/);
    await context.close();
  });

  it('is readable without JavaScript', async () => {
    const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
    await page.goto(`${base}/policies/${slug}/`);
    expect(await page.locator('#retention-p1').isVisible()).toBe(true);
    expect(await page.locator('[data-pp-copy]').count()).toBe(0);
    expect(await page.locator('#retention-p1 .pp-para__num').getAttribute('href')).toBe(
      '#retention-p1',
    );
    await context.close();
  });
});
