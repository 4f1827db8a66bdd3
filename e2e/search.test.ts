import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './support/axe.ts';
import { launch, type Session } from '../scripts/lib/browser.ts';
import { openPage, type GuardedPage } from './support/page.ts';

const base = inject('baseURL');
const FR = '/policies/facial-recognition/';
const TC = '/policies/thermographic-cameras/';

/** Patience for UI updates on a loaded CI machine. */
const POLL = { timeout: 10_000 };

const status = (page: Page) => page.locator('[data-pp-search-status]');
const resultLinks = (page: Page) =>
  page.$$eval('[data-pp-search-results] > li h3 a', (as) =>
    as.map(
      (a) =>
        new URL((a as HTMLAnchorElement).href).pathname +
        new URL((a as HTMLAnchorElement).href).hash,
    ),
  );

/** Waits until the live region announces a search matching `message`. */
async function announced(page: Page, message: RegExp): Promise<void> {
  await expect.poll(() => status(page).textContent(), POLL).toMatch(message);
}

describe('search on the built site', () => {
  let session: Session;
  let current: GuardedPage | undefined;

  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });
  afterEach(async () => {
    if (!current) return;
    expect(current.offOrigin, 'requests that left 127.0.0.1').toEqual([]);
    expect(current.errors, 'console errors').toEqual([]);
    await current.context.close();
    current = undefined;
  });

  async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    current = await openPage(session.browser, options);
    await current.page.goto(base + path);
    return current.page;
  }

  it('"probe image" finds the facial recognition policy first, linking into its capabilities or rules section', async () => {
    const page = await open('/search/?q=probe+image');
    await announced(page, /^\d+ results? for “probe image”\.$/);
    const [first] = await resultLinks(page);
    expect(first).toMatch(new RegExp(`^${FR}#(capabilities|rules)$`));
    const subs = await page.$$eval('[data-pp-search-results] > li:first-child ul a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(subs.length).toBeGreaterThan(0);
    for (const href of subs) expect(href).toMatch(new RegExp(`^${FR}#(capabilities|rules)-p\\d+$`));
    const marks = await page
      .locator('[data-pp-search-results] > li:first-child mark')
      .allTextContents();
    expect(marks.map((m) => m.toLowerCase()).join(' ')).toMatch(/probe|image/);
  });

  it('"retention" finds the retention sections of both policies', async () => {
    const page = await open('/search/?q=retention');
    await announced(page, /results for “retention”\.$/);
    const top = (await resultLinks(page)).slice(0, 4);
    expect(top).toContain(`${FR}#retention`);
    expect(top).toContain(`${TC}#retention`);
    // The no-JavaScript list of every policy section stays unparsed text (a <noscript>):
    // at 200 policies it would be 2,200 elements to lay out before the first results.
    expect(
      await page.locator('[data-pp-search-browse] li, [data-pp-search-browse] h3').count(),
    ).toBe(0);
  });

  it("Pagefind's files are inflated by the browser, not by Pagefind's gunzip in JavaScript", async () => {
    current = await openPage(session.browser);
    const page = current.page;
    // Counts the DecompressionStreams the page builds (Pagefind's own gunzip builds none).
    await page.addInitScript(`{
      const Native = DecompressionStream;
      window.__ppInflated = 0;
      window.DecompressionStream = class extends Native {
        constructor(format) { super(format); window.__ppInflated++; }
      };
    }`);
    await page.goto(`${base}/search/?q=retention`);
    await announced(page, /results for “retention”\.$/);
    const compressed = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((r) =>
            /\/pagefind\/.*\.(pagefind|pf_meta|pf_index|pf_filter|pf_fragment)$/.test(r.name),
          ).length,
    );
    // The WebAssembly, the metadata, an index chunk and the first results' fragments at least
    expect(compressed).toBeGreaterThanOrEqual(4);
    expect(await page.evaluate('window.__ppInflated')).toBeGreaterThanOrEqual(compressed);
  });

  it('on a phone, a result quoting a long address wraps it instead of widening the page', async () => {
    // The reports cite their sources by URL; "legistar" finds those passages.
    current = await openPage(session.browser, { viewport: { width: 375, height: 800 } });
    const page = current.page;
    await page.goto(`${base}/search/?q=legistar`);
    await announced(page, /^\d+ results? for “legistar”\.$/);
    // Every result of the query is on the first page of results; wait for all of them.
    const n = Number(
      /^\d+/.exec((await page.locator('[data-pp-search-status]').textContent()) ?? '')?.[0],
    );
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(10);
    await expect.poll(() => page.locator('[data-pp-search-results] > li').count(), POLL).toBe(n);
    expect(await page.locator('[data-pp-search-results] mark').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  });

  it('the technology filter narrows results to one policy and updates the URL', async () => {
    const page = await open('/search/?q=retention');
    await announced(page, /results for “retention”\.$/);
    const before = await resultLinks(page);
    expect(before.some((u) => u.startsWith(TC))).toBe(true);
    // The option's value is the slug; its label the name.
    await page.selectOption('select[name="technology"]', 'facial-recognition');
    await announced(page, /for “retention” \(Technology: Facial Recognition\)\.$/);
    const after = await resultLinks(page);
    expect(after.length).toBeGreaterThan(0);
    const policies = new Set(
      after.filter((u) => u.startsWith('/policies/')).map((u) => u.split('#')[0]),
    );
    expect([...policies]).toEqual([FR]);
    expect(new URL(page.url()).search).toBe('?q=retention&technology=facial-recognition');
    expect(await page.locator('select[name="technology"] option:checked').textContent()).toMatch(
      /^Facial Recognition \(\d+\)$/,
    );
  });

  it('the statutory section filter keeps only that section of each policy', async () => {
    const page = await open('/search/?q=data&section=external-entities');
    await announced(page, /\(Statutory section: External Entities\)\.$/);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    for (const u of links) expect(u).toMatch(/^\/policies\/[a-z-]+\/#external-entities$/);
  });

  it('page-level filters reach the guides: kind and technology narrow to one FOIL page', async () => {
    const page = await open('/search/?q=request&kind=guide');
    await announced(page, /results? for “request”/);
    const guides = await resultLinks(page);
    expect(guides.length).toBeGreaterThan(0);
    for (const u of guides) expect(u).toMatch(/^\/foil\//);
    await page.selectOption('select[name="technology"]', 'thermographic-cameras');
    await announced(page, /Technology: Thermographic Cameras/);
    expect(new URL(page.url()).search).toBe(
      '?q=request&technology=thermographic-cameras&kind=guide',
    );
    const one = new Set((await resultLinks(page)).map((u) => u.split('#')[0]));
    expect([...one]).toEqual(['/foil/thermographic-cameras/']);
  });

  it('technology=<slug> in the URL filters to that policy (the URL contract)', async () => {
    const page = await open('/search/?q=retention&technology=facial-recognition');
    await announced(page, /^\d+ results? for “retention” \(Technology: Facial Recognition\)\.$/);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    for (const u of links)
      expect(u).toMatch(/^\/(policies|foil|statistics|reports)\/facial-recognition\//);
    expect(links).toContain(`${FR}#retention`);
    expect(await page.inputValue('select[name="technology"]')).toBe('facial-recognition');
    // The slug URL is already canonical: left as it is.
    expect(new URL(page.url()).search).toBe('?q=retention&technology=facial-recognition');
    // Without a query, the filter alone lists that technology's pages.
    await page.goto(`${base}/search/?technology=facial-recognition`);
    await announced(
      page,
      /^\d+ results? in the selected filters \(Technology: Facial Recognition\)\.$/,
    );
    for (const u of await resultLinks(page))
      expect(u).toMatch(/^\/(policies|foil|statistics|reports)\/facial-recognition\//);
    expect(current?.errors, 'page errors').toEqual([]);
  });

  it('section=<key> in the URL keeps only that section of each policy', async () => {
    // "use" appears in the rules section of both policies.
    const page = await open('/search/?q=use&section=rules');
    await announced(
      page,
      /^\d+ results? for “use” \(Statutory section: Rules, Processes & Guidelines\)\.$/,
    );
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    for (const u of links) expect(u).toMatch(/^\/policies\/[a-z-]+\/#rules$/);
    expect(new Set(links)).toEqual(new Set([`${FR}#rules`, `${TC}#rules`]));
    expect(await page.inputValue('select[name="section"]')).toBe('rules');
    expect(new URL(page.url()).search).toBe('?q=use&section=rules');
    expect(current?.errors, 'page errors').toEqual([]);
  });

  it('an old link with display names still works: read as slugs and rewritten in place', async () => {
    const page = await open(
      '/search/?q=retention&technology=Facial+Recognition&section=Retention%2C+Access+%26+Use+of+Data',
    );
    await announced(
      page,
      /for “retention” \(Technology: Facial Recognition; Statutory section: Retention, Access & Use of Data\)\.$/,
    );
    const links = (await resultLinks(page)).filter((u) => u.startsWith('/policies/'));
    expect(links).toEqual([`${FR}#retention`]);
    expect(new URL(page.url()).search).toBe(
      '?q=retention&technology=facial-recognition&section=retention',
    );
    expect(await page.inputValue('select[name="technology"]')).toBe('facial-recognition');
    expect(await page.inputValue('select[name="section"]')).toBe('retention');
    // The rewrite replaced the entry: back leaves the search page instead of returning to the old URL.
    expect(await page.evaluate('history.length')).toBe(2);
    expect(current?.errors, 'page errors').toEqual([]);
  });

  it('cuts a query longer than 200 characters and says so, visibly and in the status', async () => {
    const long = 'retention '.repeat(30).trim(); // 299 characters
    const page = await open(`/search/?q=${encodeURIComponent(long)}`);
    await announced(
      page,
      /results? for “(retention ){19}retention”\. Your search was 299 characters long, so only its first 200 characters were searched\.$/,
    );
    const notice = page.locator('[data-pp-search-cut]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toBe(
      'Your search was 299 characters long, so only its first 200 characters were searched.',
    );
    const q = await page.inputValue('#pp-search-q');
    expect(q).toBe(long.slice(0, 200).trim());
    expect(new URL(page.url()).searchParams.get('q')).toBe(q);
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations('/search/ (query cut)', violations)).toEqual([]);
    // A new, shorter search clears the notice.
    await page.fill('#pp-search-q', 'thermal');
    await page.locator('#pp-search-q').press('Enter');
    await announced(page, /for “thermal”\.$/);
    expect(await notice.isVisible()).toBe(false);
    expect(current?.errors, 'page errors').toEqual([]);
  });

  it('a deep link lands on the right paragraph of the right policy', async () => {
    const page = await open('/search/?q=probe+image');
    await announced(page, /results? for “probe image”/);
    const link = page.locator('[data-pp-search-results] > li:first-child ul a').first();
    const href = (await link.getAttribute('href')) as string;
    await link.click();
    await page.waitForURL((u) => u.pathname === FR);
    const id = new URL(page.url()).hash.slice(1);
    expect(`${FR}#${id}`).toBe(href);
    const target = page.locator(`[id="${id}"]`);
    expect(await target.count()).toBe(1);
    expect(await target.textContent()).toMatch(/probe|image/i);
    const inView = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  });

  it('round-trips query and filters through the URL and the back button', async () => {
    const page = await open(
      '/search/?q=retention&technology=thermographic-cameras&section=retention',
    );
    await announced(
      page,
      /for “retention” \(Technology: Thermographic Cameras; Statutory section: Retention, Access & Use of Data\)\.$/,
    );
    expect(await page.inputValue('#pp-search-q')).toBe('retention');
    expect(await page.inputValue('select[name="technology"]')).toBe('thermographic-cameras');
    expect(await page.inputValue('select[name="section"]')).toBe('retention');
    const onlyPolicies = async () =>
      (await resultLinks(page)).filter((u) => u.startsWith('/policies/'));
    expect(await onlyPolicies()).toEqual([`${TC}#retention`]);

    await page.selectOption('select[name="section"]', 'rules');
    await announced(page, /Statutory section: Rules, Processes & Guidelines\)\.$/);
    expect(new URL(page.url()).search).toBe(
      '?q=retention&technology=thermographic-cameras&section=rules',
    );

    await page.goBack();
    await announced(page, /Statutory section: Retention, Access & Use of Data\)\.$/);
    expect(new URL(page.url()).search).toBe(
      '?q=retention&technology=thermographic-cameras&section=retention',
    );
    expect(await page.inputValue('select[name="section"]')).toBe('retention');
    expect(await onlyPolicies()).toEqual([`${TC}#retention`]);
    // The filter counts arrive after the results.
    await expect
      .poll(() => page.locator('select[name="section"] option:checked').textContent(), POLL)
      .toMatch(/^Retention, Access & Use of Data \(\d+\)$/);
  });

  it('typing searches and replaces the URL; submitting moves focus to the results', async () => {
    const page = await open('/search/');
    await announced(page, /^Type a word or phrase/);
    await page.fill('#pp-search-q', 'thermal');
    await announced(page, /for “thermal”\.$/);
    expect(new URL(page.url()).search).toBe('?q=thermal');
    await page.locator('#pp-search-q').press('Enter');
    await expect
      .poll(
        () => page.evaluate('document.activeElement && document.activeElement.textContent'),
        POLL,
      )
      .toBe('Results');
    expect(await page.locator('[data-pp-search-status]').getAttribute('aria-live')).toBe('polite');
  });

  it('"Show more" appends the next results and moves focus to the first new one', async () => {
    const page = await open('/search/?q=data');
    await announced(page, /^\d+ results for “data”\.$/);
    const total = Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    await expect.poll(() => page.locator('[data-pp-search-results] > li').count(), POLL).toBe(10);
    const more = page.locator('[data-pp-search-more]');
    await expect(more.textContent()).resolves.toBe(`Show more results (${total - 10} more)`);
    await more.press('Enter');
    await expect
      .poll(() => page.locator('[data-pp-search-results] > li').count(), POLL)
      .toBe(Math.min(total, 20));
    const focused = await page.evaluate(
      'document.activeElement === document.querySelector("[data-pp-search-results] > li:nth-child(11) h3 a")',
    );
    expect(focused).toBe(true);
  });

  it('the header box on any page leads to results', async () => {
    const page = await open('/policies/');
    await page.fill('#pp-header-search-q', 'probe image');
    await page.locator('#pp-header-search-q').press('Enter');
    await page.waitForURL((u) => u.pathname === '/search/');
    expect(new URL(page.url()).search).toBe('?q=probe+image');
    await announced(page, /results? for “probe image”\.$/);
    expect(await page.inputValue('#pp-search-q')).toBe('probe image');
  });

  it('axe reports no violations with results and filters shown', async () => {
    const page = await open('/search/?q=retention&kind=policy');
    await announced(page, /results? for “retention”/);
    expect(await page.locator('[data-pp-search-results] mark').count()).toBeGreaterThan(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations('/search/?q=retention', violations)).toEqual([]);
  });

  it('without JavaScript explains itself and links the policy index and every section of every policy', async () => {
    const page = await open('/search/?q=retention', { javaScriptEnabled: false });
    expect(await page.locator('[data-pp-search-app]').isVisible()).toBe(false);
    await expect(page.locator('[data-pp-search-browse]').textContent()).resolves.toMatch(
      /needs JavaScript/,
    );
    const hrefs = await page.$$eval('[data-pp-search-browse] a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(hrefs).toContain('/policies/');
    for (const policy of [FR, TC])
      for (const key of ['capabilities', 'retention', 'disparate-impacts'])
        expect(hrefs).toContain(`${policy}#${key}`);
  });

  it('when the index cannot load, says so in an alert and shows the browse list (axe clean)', async () => {
    current = await openPage(session.browser);
    const { page } = current;
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${base}/search/?q=retention`);
    await expect
      .poll(() => page.locator('[data-pp-search-status][role="alert"]').textContent(), POLL)
      .toMatch(/^Search is unavailable: the search index could not be loaded/);
    expect(await page.locator('[data-pp-search-browse]').isVisible()).toBe(true);
    expect(await page.locator(`[data-pp-search-browse] a[href="${TC}#retention"]`).count()).toBe(1);
    const violations = await axeViolations(page);
    expect(violations, describeViolations('/search/ (index missing)', violations)).toEqual([]);
    // The aborted index request is the point of this test, not a failure.
    expect(current.errors.every((e) => /Failed to (load resource|fetch)/.test(e))).toBe(true);
    current.errors.length = 0;
  });

  it('with JavaScript on, the no-JavaScript notice does not show while the search script loads', async () => {
    current = await openPage(session.browser);
    const { page } = current;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${base}/search/?q=retention`, { waitUntil: 'commit' });
    await page.locator('footer').waitFor({ state: 'attached' });
    // The page is parsed and its script not yet run: neither the notice nor the search form shows.
    expect(await page.locator('[data-pp-search-browse]').isVisible()).toBe(false);
    expect(await page.locator('[data-pp-search-app]').isVisible()).toBe(false);
    release();
    await announced(page, /results for “retention”\.$/);
    expect(await page.locator('[data-pp-search-browse]').isVisible()).toBe(false);
  });

  it("when the page's search script cannot load, the notice's list of every section is there (axe clean)", async () => {
    current = await openPage(session.browser);
    const { page } = current;
    const aborted: string[] = [];
    await page.route('**/_astro/*.js', (route) => {
      aborted.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${base}/search/?q=retention`);
    expect(aborted.some((url) => /\/_astro\/index\.astro_astro_type_script/.test(url))).toBe(true);
    // The notice says every section is listed below: with scripts on, the <noscript> is not
    // shown, so the script written into the page (src/client/search-browse.ts) parses it.
    const browse = page.locator('[data-pp-search-browse]');
    await expect(browse.textContent()).resolves.toMatch(/Every policy section is listed below/);
    await expect
      .poll(() => page.locator(`[data-pp-search-browse] a[href="${TC}#retention"]`).count(), POLL)
      .toBe(1);
    expect(
      await page.locator(`[data-pp-search-browse] a[href="${FR}#retention"]`).isVisible(),
    ).toBe(true);
    expect(await page.locator('[data-pp-search-app]').isVisible()).toBe(false);
    const violations = await axeViolations(page);
    expect(violations, describeViolations('/search/ (script missing)', violations)).toEqual([]);
    // The aborted script requests are the point of this test, not a failure.
    expect(current.errors.every((e) => /Failed to load resource/.test(e))).toBe(true);
    current.errors.length = 0;
  });
});
