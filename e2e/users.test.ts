/**
 * The three users' acceptance checks, in Chromium at a phone's width (375 px)
 * and a desktop's (1280 px): the policy text starts within the first screen;
 * no page scrolls sideways except inside a marked table region; chart text is
 * legible; the FOIL short path is
 * linked from every records map; the policy links the NYPD's own publication.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Session } from '../scripts/lib/browser.ts';
import { type GuardedPage, openPage } from './support/page.ts';
import { englishPaths } from './support/site.ts';

const base = inject('baseURL');
/**
 * The English pages (the languages' own checks are in e2e/i18n*.test.ts);
 * the notes' words are checked with axe on every page checked in the
 * browser (e2e/support/page-checks.ts).
 */
const paths = englishPaths();
const SLUGS = ['facial-recognition', 'thermographic-cameras'];
const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

interface Overflow {
  page: { scrollWidth: number; clientWidth: number };
  /** Elements that scroll sideways, and whether each is a marked table region with a cue. */
  scrollers: { what: string; region: boolean; named: boolean; cue: boolean }[];
}

/** What scrolls sideways on the open page: the page itself, and every element that does. */
const MEASURE_OVERFLOW = `(() => {
  const doc = document.documentElement;
  const scrollers = [...document.querySelectorAll('body *')].filter((el) => {
    const s = getComputedStyle(el);
    return (s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
  }).map((el) => {
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
    const name = (el.getAttribute('aria-label') || ids.map((id) => document.getElementById(id)?.textContent || '').join(' ')).trim();
    const cueEl = el.previousElementSibling;
    const cueText = !!(cueEl && cueEl.hasAttribute('data-pp-scroll-cue') && !cueEl.hidden && cueEl.getBoundingClientRect().height > 0);
    const shadow = getComputedStyle(el).backgroundImage.includes('gradient');
    return {
      what: el.tagName.toLowerCase() + '.' + el.className,
      region: el.getAttribute('role') === 'region' && el.getAttribute('tabindex') === '0',
      named: name.length > 0,
      cue: cueText && shadow,
    };
  });
  return { page: { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth }, scrollers };
})()`;

describe.each([
  ['375 px', PHONE],
  ['1280 px', DESKTOP],
])('at %s', (_label, viewport) => {
  // One tab visits every page (as e2e/support/page-checks.ts does): nothing of a page's
  // layout survives the next navigation, and a new context per page costs about 0.3 s.
  let tab: GuardedPage;
  beforeAll(async () => {
    tab = await openPage(session.browser, { viewport });
  });
  afterAll(async () => {
    await tab.context.close();
  });
  it.each(paths)(
    '%s does not scroll sideways, except inside a marked table region with a visible cue',
    async (p) => {
      const { page } = tab;
      await page.goto(base + p, { waitUntil: 'load' });
      // Let the scroll cue's observer run.
      await page.evaluate(
        'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))',
      );
      const o = await page.evaluate<Overflow>(MEASURE_OVERFLOW);
      expect(o.page.scrollWidth, `${p} page width`).toBeLessThanOrEqual(o.page.clientWidth);
      for (const s of o.scrollers) {
        expect(s.region, `${p}: ${s.what} scrolls but is not a focusable region`).toBe(true);
        expect(s.named, `${p}: ${s.what} has no accessible name`).toBe(true);
        expect(s.cue, `${p}: ${s.what} shows no scroll cue`).toBe(true);
      }
    },
  );
});

describe('a phone (375 px)', () => {
  it.each(SLUGS)(
    'shows the first paragraph of /policies/%s/ within 900 px of the top',
    async (slug) => {
      const { page, context } = await openPage(session.browser, { viewport: PHONE });
      await page.goto(`${base}/policies/${slug}/`, { waitUntil: 'load' });
      const top = await page
        .locator('[data-pp-para]')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeLessThanOrEqual(900);
      // The statistics are one line before the text, not a box of lines.
      expect(await page.locator('[data-pp-stats-panel]').evaluate((el) => el.tagName)).toBe('P');
      await context.close();
    },
  );

  it('sizes every chart text at 11 CSS px or more, as drawn', async () => {
    const { page, context } = await openPage(session.browser, { viewport: PHONE });
    let measured = 0;
    for (const p of paths.filter((x) => x.startsWith('/statistics/'))) {
      await page.goto(base + p, { waitUntil: 'load' });
      const sizes = await page.evaluate<
        { px: number; h: number; text: string }[]
      >(`[...document.querySelectorAll('[data-pp-chart] svg text')].map((t) => {
        const scale = t.getScreenCTM() ? Math.abs(t.getScreenCTM().a) : 1;
        return { px: parseFloat(getComputedStyle(t).fontSize) * scale, h: t.getBoundingClientRect().height, text: t.textContent };
      })`);
      for (const s of sizes) {
        expect(s.px, `${p}: "${s.text}"`).toBeGreaterThanOrEqual(11);
        expect(s.h, `${p}: "${s.text}" height`).toBeGreaterThanOrEqual(11);
      }
      measured += sizes.length;
    }
    expect(measured).toBeGreaterThan(10);
    await context.close();
  });

  it('keeps the citation button from covering the paragraph once it reports "copied"', async () => {
    const { page, context } = await openPage(session.browser, { viewport: PHONE });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/policies/facial-recognition/`, { waitUntil: 'load' });
    const para = page.locator('[data-pp-para]').first();
    await para.locator('[data-pp-copy]').click();
    await expect
      .poll(() => para.locator('[data-pp-copy]').getAttribute('data-pp-copied'))
      .toBe('yes');
    const [button, text] = await Promise.all([
      para.locator('[data-pp-copy]').boundingBox(),
      para.locator(':scope > p, :scope > ol, :scope > ul').first().boundingBox(),
    ]);
    expect(button!.x + button!.width).toBeLessThanOrEqual(text!.x);
    await context.close();
  });
});

describe('policy pages', () => {
  it.each(SLUGS)(
    '/policies/%s/ links the NYPD’s own publication beside the source text',
    async (slug) => {
      const publication = JSON.parse(
        readFileSync(path.join('data/policies', slug, 'publication.json'), 'utf8'),
      ) as { nypdPage: { url: string }; pdf: { url: string } | null };
      const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
      await page.goto(`${base}/policies/${slug}/`);
      const source = page.locator('section[aria-labelledby="source"]');
      expect(await source.locator(`a[href="${publication.nypdPage.url}"]`).count()).toBe(1);
      expect(await source.locator(`a[href^="/sources/"]`).count()).toBeGreaterThan(0);
      if (publication.pdf === null)
        expect(await source.textContent()).toMatch(
          /not known to the portal, so no PDF link is given/,
        );
      expect(await source.textContent()).toMatch(/could not open this page itself/);
      await context.close();
    },
  );

  it('has one tab stop per paragraph with JavaScript: the Cite button, not the ¶ link too', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/policies/thermographic-cameras/`, { waitUntil: 'load' });
    const stops = await page.evaluate<
      number[]
    >(`[...document.querySelectorAll('[data-pp-para]')].map((para) =>
      [...para.querySelectorAll(':scope > a, :scope > button')].filter((el) => el.tabIndex >= 0).length)`);
    expect(stops.length).toBeGreaterThan(30);
    expect(new Set(stops)).toEqual(new Set([1]));
    // Tab moves from one paragraph's button to the next.
    await page.locator('#abstract-p1 [data-pp-copy]').focus();
    await page.keyboard.press('Tab');
    const next = await page.evaluate('document.activeElement.closest("[data-pp-para]")?.id');
    expect(next).toBe('abstract-p2');
    await context.close();
  });
});

describe('home page', () => {
  it('opens with a start path for each user and the latest changes', async () => {
    const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
    await page.goto(`${base}/`);
    const paths = await page.locator('.pp-start__path h2').allTextContents();
    expect(paths).toEqual(['Read a policy', 'Prepare for a hearing', 'Request records']);
    for (const href of [
      '/policies/facial-recognition/',
      '/compare/',
      '/scorecard/',
      '/foil/letter/',
      '/foil/deadlines/',
    ])
      expect(await page.locator(`.pp-start a[href="${href}"]`).count(), href).toBe(1);
    const latest = page.locator('.pp-latest li');
    expect(await latest.count()).toBeGreaterThan(0);
    const dates = await latest
      .locator('time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
    await context.close();
  });
});

describe('published figures', () => {
  it('show each figure of the revised reference files with who makes the claim (source kind)', async () => {
    const csv = readFileSync('data/stats/published/nypd-facial-recognition.csv', 'utf8');
    const kinds = new Set(
      csv
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => /,(?:"[^"]*"|[^,]*),([^,]+),https?:/.exec(line)?.[1] ?? ''),
    );
    expect(kinds.size).toBeGreaterThan(0);
    const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
    await page.goto(`${base}/statistics/facial-recognition/`);
    const text = (await page.locator('#all-figures ~ .pp-table-wrap').first().textContent()) ?? '';
    for (const kind of kinds) expect(text, kind).toContain(kind);
    await context.close();
  });
});
