/**
 * The portal in eleven languages besides English (issue 15): every page in
 * every language, `lang`/`dir` and hreflang alternates, the sitemap, the
 * translation notice, links that keep the reader's language, the language
 * switcher (by mouse and keyboard, on a phone) and right-to-left pages that
 * never scroll sideways at 375 px. Each area's translations are checked in
 * e2e/i18n-<area>.test.ts; axe runs on the pages of e2e/site.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Session } from '../scripts/lib/browser.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { type GuardedPage, openPage } from './support/page.ts';
import { SITE_DIR, englishPaths, languageOf, sitemapPaths } from './support/site.ts';

const base = inject('baseURL');
const all = sitemapPaths();
const english = englishPaths();
const OTHER = LOCALES.filter((l) => l.code !== 'en');
const html = (p: string) => readFileSync(path.join(SITE_DIR, p, 'index.html'), 'utf8');

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

describe('every page in every language', () => {
  it('the sitemap lists each English page in all eleven other languages, and nothing else', () => {
    expect(english.length).toBeGreaterThan(25);
    const expected = english.flatMap((p) => [p, ...OTHER.map((l) => `/${l.code}${p}`)]).sort();
    expect([...all].sort()).toEqual(expected);
  });

  it('the sitemap names the versions of each page in every language (xhtml:link hreflang)', () => {
    const xml = readFileSync(path.join(SITE_DIR, 'sitemap-0.xml'), 'utf8');
    const entry = xml
      .split('<url>')
      .find((u) => /<loc>[^<]*\/es\/policies\/facial-recognition\/<\/loc>/.test(u))!;
    for (const l of LOCALES) expect(entry).toContain(`hreflang="${l.tag}"`);
  });

  it.each(LOCALES.map((l) => [l.code, l]))(
    '%s: every page has its lang, dir, canonical and hreflang alternates; translated pages the notice',
    (_code, l) => {
      for (const p of english) {
        const local = l.code === 'en' ? p : `/${l.code}${p}`;
        const page = html(local);
        expect(page, local).toContain(`<html lang="${l.tag}" dir="${l.dir}">`);
        expect(page, local).toMatch(
          new RegExp(`<link rel="canonical" href="[^"]*${local.replace(/[/]/g, '\\/')}">`),
        );
        const alternates = [
          ...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g),
        ];
        expect(
          alternates.map((a) => a[1]),
          local,
        ).toEqual([...LOCALES.map((x) => x.tag), 'x-default']);
        for (const [, tag, href] of alternates) {
          const other = LOCALES.find((x) => x.tag === tag) ?? LOCALES[0]!;
          expect(new URL(href!).pathname, `${local} ${tag}`).toBe(
            other.code === 'en' ? p : `/${other.code}${p}`,
          );
        }
        const notices = page.match(/data-pp-translation-notice/g)?.length ?? 0;
        expect(notices, `${local}: translation notice`).toBe(l.code === 'en' ? 0 : 1);
      }
    },
  );

  it('links on a translated page lead to pages in its language (files and the switcher excepted)', () => {
    const wrong: string[] = [];
    for (const p of all.filter((x) => languageOf(x) !== '')) {
      const lang = languageOf(p);
      for (const m of html(p).matchAll(/<(a|form)\b([^>]*)>/g)) {
        const attrs = m[2]!;
        if (/\shreflang=/.test(attrs)) continue;
        const href = /\s(?:href|action)="(\/[^"]*)"/.exec(attrs)?.[1];
        if (!href || href.startsWith('//')) continue;
        const isPage =
          href.replace(/[?#].*$/, '').endsWith('/') && !/^\/(_astro|pagefind)\//.test(href);
        if (isPage && !href.startsWith(`/${lang}/`)) wrong.push(`${p} -> ${href}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('the notice says, in the page language, that the English is authoritative and deadlines are not extended', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/es/foil/deadlines/`);
    // The notice is in the HTML (no script): read once, with the locator's own wait, not a
    // 1-second poll that a busy CI machine overran (innerText took longer than the poll allows).
    const notice = page.locator('[data-pp-translation-notice]');
    const text = await notice.innerText();
    expect(text).toMatch(/Traducción no oficial/);
    expect(text).toMatch(/texto en inglés es el que vale/);
    expect(text).toMatch(/no amplía ningún plazo de FOIL ni de apelación/);
    expect(await notice.locator('a[hreflang="en"]').getAttribute('href')).toBe('/foil/deadlines/');
    await context.close();
  });
});

describe('the language switcher', () => {
  it('keeps the reader on the same page, by mouse on a phone and by keyboard', async () => {
    const { page, context } = await openPage(session.browser, {
      viewport: { width: 375, height: 800 },
    });
    await page.goto(`${base}/policies/facial-recognition/`);
    await page.locator('.pp-lang summary').click();
    await page.locator('.pp-lang a[hreflang="es"]').click();
    await page.waitForURL(`${base}/es/policies/facial-recognition/`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');

    // Keyboard only: focus the switcher, open it, go to العربية.
    await page.locator('.pp-lang summary').focus();
    await page.keyboard.press('Enter');
    const arabic = page.locator('.pp-lang a[hreflang="ar"]');
    for (let i = 0; i < 20 && !(await arabic.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/ar/policies/facial-recognition/`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await context.close();
  });

  it('marks the current language and names each language in itself', () => {
    const page = html('/ko/statistics/');
    expect(page).toMatch(
      /<a href="\/ko\/statistics\/" hreflang="ko" lang="ko" dir="ltr" aria-current="page"[^>]*>한국어<\/a>/,
    );
    expect(page).toMatch(
      /<a href="\/ur\/statistics\/" hreflang="ur" lang="ur" dir="rtl"[^>]*>اردو<\/a>/,
    );
  });
});

describe('right to left', () => {
  const rtl = all.filter((p) => ['ar', 'ur'].includes(languageOf(p)));
  // One tab for every page, as in e2e/support/page-checks.ts (the site keeps no state in the
  // browser): a fresh context for each of the 62 pages cost about half a second each.
  let tab: GuardedPage;
  beforeAll(async () => {
    tab = await openPage(session.browser, { viewport: { width: 375, height: 800 } });
  });
  afterAll(async () => {
    await tab.context.close();
  });
  it.each(rtl)('%s is dir="rtl" and does not scroll sideways at 375 px', async (p) => {
    const { page } = tab;
    await page.goto(base + p, { waitUntil: 'load' });
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const { scrollWidth, clientWidth } = await page.evaluate<{
      scrollWidth: number;
      clientWidth: number;
    }>(
      '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
    );
    expect(scrollWidth, `${p} scrolls sideways`).toBeLessThanOrEqual(clientWidth + 1);
  });

  it('mirrors the layout: the skip link, the notice rule and the menu sit on the right', async () => {
    const { page, context } = await openPage(session.browser, {
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(`${base}/ar/`);
    const notice = await page
      .locator('[data-pp-translation-notice]')
      .evaluate((el) => getComputedStyle(el).borderRightWidth);
    expect(notice).toBe('4px');
    const brand = await page.locator('.pp-header__brand').boundingBox();
    expect(brand!.x + brand!.width).toBeGreaterThan(1280 / 2);
    await context.close();
  });
});
