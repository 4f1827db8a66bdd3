/**
 * The home page, search, statistics, data catalogue, methodology and 404 in
 * other languages (issue 15): Spanish complete, the other languages'
 * interface translated, English left where it is the sources' or not yet
 * translated and marked `lang="en"`, search per language, right-to-left
 * Arabic without sideways scrolling on a phone, and axe clean.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Session } from '../scripts/lib/browser.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { openPage, type GuardedPage } from './support/page.ts';
import { SITE_DIR } from './support/site.ts';
import { LOCALES, localizePath } from '../src/i18n/locales.ts';
import { intlTag } from '../src/i18n/format.ts';

const base = inject('baseURL');
const POLL = { timeout: 10_000 };
const PHONE = { width: 375, height: 800 };

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

async function open(url: string, options: Parameters<typeof openPage>[1] = {}): Promise<Page> {
  current = await openPage(session.browser, options);
  await current.page.goto(base + url, { waitUntil: 'load' });
  return current.page;
}

/**
 * The visible text of `selector` outside any element marked with another
 * language than the page's (so English left on purpose is not counted).
 */
const OWN_TEXT = (selector: string) => `(() => {
  const pageLang = document.documentElement.lang;
  const root = document.querySelector(${JSON.stringify(selector)});
  const out = [];
  const walk = (node) => {
    if (node.nodeType === 3) { out.push(node.textContent); return; }
    if (node.nodeType !== 1) return;
    const lang = node.getAttribute('lang');
    if (lang && lang !== pageLang) return;
    if (node.matches('script, style, svg, code, [hidden], .pp-visually-hidden')) return;
    for (const c of node.childNodes) walk(c);
  };
  walk(root);
  return out.join(' ').replace(/\\s+/g, ' ');
})()`;

const ownText = (page: Page, selector = 'main') => page.evaluate<string>(OWN_TEXT(selector));

/** Internal links of the main content that point at a page of another language than `prefix`. */
const strayLinks = (page: Page, prefix: string) =>
  page.$$eval(
    // Links that name their language (the notice's link to the English page) excepted.
    'main a[href^="/"]:not([hreflang])',
    (as, p) =>
      as
        .map((a) => a.getAttribute('href')!)
        .filter((h) => h.endsWith('/') || /\/[#?]/.test(h))
        .filter((h) => !h.startsWith(`${p}/`) && !h.startsWith('/pagefind/')),
    prefix,
  );

describe('the Spanish home page', () => {
  it('has the three users’ paths in Spanish, linking Spanish pages', async () => {
    const page = await open('/es/', { javaScriptEnabled: false });
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('h1').textContent()).toBe('Portal de Transparencia de la Ley POST');
    expect(await page.locator('.pp-start__path h2').allTextContents()).toEqual([
      'Leer una política',
      'Preparar una audiencia',
      'Solicitar registros',
    ]);
    expect(await page.getAttribute('.pp-start', 'aria-label')).toBe('Por dónde empezar');
    for (const href of [
      '/es/policies/facial-recognition/',
      '/es/reports/',
      '/es/compare/',
      '/es/scorecard/',
      '/es/statistics/',
      '/es/foil/',
      '/es/foil/where-to-send/',
      '/es/foil/letter/',
      '/es/foil/deadlines/',
    ])
      expect(await page.locator(`.pp-start a[href="${href}"]`).count(), href).toBe(1);
    expect(await strayLinks(page, '/es')).toEqual([]);
    const text = await ownText(page);
    for (const english of [
      'Where to start',
      'Read a policy',
      'Prepare for a hearing',
      'Request records',
      'What changed lately',
      'Hearing packets',
      'Everything on the portal',
      'Every imported Impact and Use Policy',
    ])
      expect(text, english).not.toContain(english);
    expect(text).toContain('Cambios recientes');
    expect(text).toContain('Todo lo que hay en el portal');
    // The technologies' own names stay English, marked as such.
    expect(
      await page
        .locator('.pp-start a[href="/es/policies/facial-recognition/"]')
        .getAttribute('lang'),
    ).toBe('en');
    // Dates in Spanish, the machine-readable date unchanged.
    const time = page.locator('.pp-latest time').first();
    expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await time.textContent()).toMatch(/^\d{1,2} de [a-z]+ de \d{4}$/);
    // A fully translated page: no "not yet translated" notice.
    expect(await page.locator('[data-pp-not-translated]').count()).toBe(0);
  });
});

describe('search in Spanish', () => {
  it('finds the English policy text from /es/search/ and links the Spanish policy pages', async () => {
    const page = await open('/es/search/?q=probe+image');
    await expect
      .poll(() => page.locator('[data-pp-search-status]').textContent(), POLL)
      .toMatch(/^\d+ resultados? para “probe image”\.$/);
    const links = await page.$$eval('[data-pp-search-results] > li h3 a', (as) =>
      as.map(
        (a) =>
          new URL((a as HTMLAnchorElement).href).pathname +
          new URL((a as HTMLAnchorElement).href).hash,
      ),
    );
    // The policy text comes from its own bundle (src/lib/search/bundles.ts), ranked among the
    // Spanish pages by Pagefind's scores: its best section is the facial recognition policy's.
    const at = links.findIndex((l) => l.startsWith('/es/policies/'));
    expect(at, links.join(' ')).toBeGreaterThanOrEqual(0);
    expect(links[at]).toMatch(/^\/es\/policies\/facial-recognition\/#(capabilities|rules)$/);
    expect(
      links.every((l) => l.startsWith('/es/')),
      links.join(' '),
    ).toBe(true);
    const result = page.locator('[data-pp-search-results] > li').nth(at);
    const subs = await result
      .locator('ul a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(subs.length).toBeGreaterThan(0);
    for (const s of subs) expect(s).toMatch(/^\/es\/policies\/facial-recognition\/#[a-z-]+-p\d+/);
    // Titles and descriptions of results in Spanish.
    expect(await result.locator('h3').textContent()).toMatch(
      /^Facial Recognition: (Capacidades|Normas, procesos y directrices)$/,
    );
    expect(await result.locator('.pp-search-result__meta').textContent()).toMatch(
      /^Política de Impacto y Uso · Facial Recognition · Definitiva/,
    );
    expect(await result.locator('ul a').first().textContent()).toMatch(
      /^(Capacidades|Normas, procesos y directrices) ¶\d+$/,
    );
  });

  it('returns Spanish pages for a Spanish word, with /es/ addresses', async () => {
    const page = await open('/es/search/?q=coincidencias');
    await expect
      .poll(() => page.locator('[data-pp-search-status]').textContent(), POLL)
      .toMatch(/ para “coincidencias”\.$/);
    const links = await page.$$eval('[data-pp-search-results] > li h3 a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links).toContain('/es/statistics/facial-recognition/');
    expect(links.every((l) => l.startsWith('/es/'))).toBe(true);
  });

  /** The FOIL guide is translated by another part of issue 15; until it is built in Spanish there is nothing to find. */
  const foilTranslated = (() => {
    const h1 = (p: string) =>
      /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(path.join(SITE_DIR, p), 'utf8'))?.[1];
    return h1('es/foil/index.html') !== h1('foil/index.html');
  })();

  it.skipIf(!foilTranslated)(
    'a Spanish query ("solicitud") finds the Spanish FOIL guide under /es/foil/',
    async () => {
      const page = await open('/es/search/?q=solicitud');
      await expect
        .poll(() => page.locator('[data-pp-search-status]').textContent(), POLL)
        .toMatch(/ para “solicitud”\.$/);
      const links = await page.$$eval('[data-pp-search-results] > li h3 a', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(
        links.some((l) => l.startsWith('/es/foil/')),
        links.join(' '),
      ).toBe(true);
    },
  );

  it('keeps the address, the filters and the messages in Spanish', async () => {
    const page = await open('/es/search/?q=retention&section=Retention,+Access+%26+Use+of+Data');
    await expect
      .poll(() => page.locator('[data-pp-search-status]').textContent(), POLL)
      .toBe(
        '4 resultados para “retention” (Sección exigida por la ley: Conservación, acceso y uso de los datos).',
      );
    // An old link with a display name is rewritten in place, on the Spanish page.
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
      '/es/search/?q=retention&section=retention',
    );
    expect(await page.locator('label[for="pp-search-filter-technology"]').textContent()).toBe(
      'Tecnología',
    );
    await expect
      .poll(() => page.locator('select[name="technology"] option').first().textContent(), POLL)
      .toBe('Cualquier tecnología');
    // Typing replaces the address with a Spanish one.
    await page.fill('#pp-search-q', 'thermal');
    await page.locator('#pp-search-q').press('Enter');
    await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/es/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('thermal');
    const violations = await axeViolations(page);
    expect(violations, describeViolations('/es/search/', violations)).toEqual([]);
  });

  /** Opens /es/search/?q=retention with `blocked` failing, and waits for the page to say search is unavailable. */
  const openUnavailable = async (blocked: string) => {
    const opened = await openPage(session.browser);
    current = opened;
    const { page } = opened;
    await page.route(blocked, (route) => route.abort());
    await page.goto(`${base}/es/search/?q=retention`);
    await expect
      .poll(() => page.locator('[data-pp-search-status][role="alert"]').textContent(), POLL)
      .toMatch(/^La búsqueda no está disponible/);
    return opened;
  };

  it('says so in Spanish when the index cannot load, and lists every section in Spanish', async () => {
    const { page, errors } = await openUnavailable('**/pagefind/**');
    expect(
      await page
        .locator('[data-pp-search-browse] a[href="/es/policies/thermographic-cameras/#retention"]')
        .textContent(),
    ).toBe('Conservación, acceso y uso de los datos');
    errors.length = 0;
  });

  it('says so when the policy text bundle alone cannot load, instead of showing results without the policies', async () => {
    const { page, errors } = await openUnavailable('**/pagefind/policy-text/**');
    expect(await page.locator('[data-pp-search-results] > li').count()).toBe(0);
    errors.length = 0;
  });
});

describe('search in the other languages', () => {
  it('stems the English policy text as English in every language (Russian: "identities" finds identity, identified)', async () => {
    // Searched with the page's own stemmer, as when each language indexed the policy text
    // itself, "identities" found no policy section from /ru/search/; the English page found them.
    const found = async (path: string) => {
      const page = await open(path);
      await expect
        .poll(() => page.locator('[data-pp-search-status]').textContent(), POLL)
        .toMatch(/identities/);
      // Every result: wait for the first page, then show the rest.
      const items = page.locator('[data-pp-search-results] > li');
      const more = page.locator('[data-pp-search-more]');
      await expect
        .poll(async () => (await more.isHidden()) || (await items.count()) >= 10, POLL)
        .toBe(true);
      while (await more.isVisible()) {
        const before = await items.count();
        await more.click();
        await expect.poll(() => items.count(), POLL).toBeGreaterThan(before);
      }
      return page.$$eval('[data-pp-search-results] > li h3 a', (as) =>
        as
          .map(
            (a) =>
              new URL((a as HTMLAnchorElement).href).pathname +
              new URL((a as HTMLAnchorElement).href).hash,
          )
          .filter((l) => /\/policies\/[^/]+\/#/.test(l)),
      );
    };
    const english = await found('/search/?q=identities');
    expect(english.length).toBeGreaterThan(1);
    const russian = await found('/ru/search/?q=identities');
    expect(russian.sort()).toEqual(english.map((l) => `/ru${l}`).sort());
  });

  it('writes the count with the page’s own digits, as the browser’s Intl writes it (Bengali; every language’s digits)', async () => {
    // Counts under 1,000 come from the digits the build embedded (src/i18n/format.ts), not Intl.
    const page = await open('/bn/search/?q=identities');
    const status = page.locator('[data-pp-search-status]');
    await expect.poll(() => status.textContent(), POLL).toMatch(/identities/);
    const text = (await status.textContent()) ?? '';
    const count = /[০-৯]+/.exec(text)?.[0] ?? '';
    expect(count, text).not.toBe('');
    expect(text).not.toMatch(/[0-9]/);
    const n = Number([...count].map((d) => '০১২৩৪৫৬৭৮৯'.indexOf(d)).join(''));
    expect(n).toBeGreaterThan(0);
    expect(await page.evaluate((k) => new Intl.NumberFormat('bn').format(k), n)).toBe(count);
    // Every language's search page: the digits it embeds write 0 to 999 as the browser's Intl does.
    for (const { code } of LOCALES) {
      const file = path.join(SITE_DIR, localizePath(code, '/search/'), 'index.html');
      const digits = /data-pp-digits="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      expect([...digits], `${file} embeds ten digits`).toHaveLength(10);
      const differs = await page.evaluate(
        ([tag, ten]) => {
          const f = new Intl.NumberFormat(tag);
          const d = [...ten];
          for (let k = 0; k < 1000; k++) {
            const ours = [...String(k)].map((c) => d[Number(c)]).join('');
            if (f.format(k) !== ours) return `${k}: Intl ${f.format(k)}, embedded ${ours}`;
          }
          return '';
        },
        [intlTag(code), digits] as const,
      );
      expect(differs, code).toBe('');
    }
  });

  it('splits a Chinese query into words before searching (Pagefind’s segmentation, kept for it)', async () => {
    // The runtime skips grapheme segmentation only for Latin-script queries
    // (scripts/search/pagefind-runtime.ts); "数据与保存" is searched as 数据, 与, 保存.
    const page = await open(`/zh-hans/search/?q=${encodeURIComponent('数据与保存')}`);
    await expect
      .poll(() => page.locator('[data-pp-search-status]').textContent(), POLL)
      .toMatch(/^“数据与保存”：\d+ 个结果。$/);
    const links = await page.$$eval('[data-pp-search-results] > li h3 a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links.length).toBeGreaterThan(0);
    expect(
      links.every((l) => l.startsWith('/zh-hans/')),
      links.join(' '),
    ).toBe(true);
  });
});
describe('statistics in Spanish', () => {
  it('shows the figures with Spanish words, the sources’ words in English marked lang="en"', async () => {
    const page = await open('/es/statistics/facial-recognition/', { javaScriptEnabled: false });
    const text = await ownText(page);
    for (const english of [
      'Published figures',
      'not reported',
      'Who says so',
      'In their words',
      'news summary of an NYPD statement',
      'Possible matches',
      'The largest published figure',
    ])
      expect(text, english).not.toContain(english);
    expect(await page.locator('h2#published').textContent()).toBe('Cifras publicadas');
    expect(await page.locator('h2#usage + p').textContent()).toMatch(/^No informado: /);
    // Quotes from sources stay English, marked.
    const quotes = page.locator('main q');
    expect(await quotes.count()).toBeGreaterThan(0);
    for (const lang of await quotes.evaluateAll((qs) => qs.map((q) => q.getAttribute('lang'))))
      expect(lang).toBe('en');
    expect(text).toContain('más de 11.000 búsquedas');
    expect(await page.locator('[data-pp-not-translated]').count()).toBe(0);
    expect(await strayLinks(page, '/es')).toEqual([]);
  });

  it('translates the data catalogue', async () => {
    const page = await open('/es/data/', { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBe('Datos');
    const text = await ownText(page);
    for (const english of ['Status', 'Licence', 'Schema of', 'Published claims', 'CSV as received'])
      expect(text, english).not.toContain(english);
    expect(text).toContain('Reconocimiento facial: cifras de uso publicadas');
  });

  it('shows the Spanish methodology guide', async () => {
    const page = await open('/es/methodology/', { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBe('Metodología de las vistas de supervisión');
    expect(await page.locator('[data-pp-not-translated]').count()).toBe(0);
    expect(await page.locator('main a[href="/es/compare/"]').count()).toBeGreaterThan(0);
  });
});

describe('the Chinese statistics page', () => {
  it('has its interface in Chinese and marks the English still shown', async () => {
    const page = await open('/zh-hans/statistics/', { javaScriptEnabled: false });
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.locator('h1').textContent()).toBe('统计');
    expect(await page.locator('h2#coverage').textContent()).toBe('各技术的报告情况');
    expect(await page.locator('h2#records').textContent()).toBe('记录级数据');
    expect(await page.locator('#coverage + .pp-table-wrap thead th').allTextContents()).toContain(
      '技术',
    );
    const text = await ownText(page);
    for (const english of [
      'not reported',
      'reported',
      'Technology',
      'Statistics',
      'Method',
      'Period',
    ])
      expect(text, english).not.toContain(english);
    expect(text).toContain('未报告');
    // The prose is not translated yet: the notice says so and the English is marked.
    expect(await page.locator('[data-pp-not-translated]').count()).toBe(1);
    expect(await page.locator('h2#method + p').getAttribute('lang')).toBe('en');
    // Charts keep their left-to-right layout and say which of their texts are English.
    expect(await page.locator('[data-pp-chart] svg').first().getAttribute('direction')).toBe('ltr');
    const descLangs = await page
      .locator('[data-pp-chart] svg desc')
      .evaluateAll((ds) =>
        ds.map((d) => d.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')),
      );
    expect(descLangs.length).toBeGreaterThan(0);
    expect(descLangs.every((l) => l === 'en')).toBe(true);
  });
});

describe('Arabic, right to left', () => {
  it.each(['/ar/', '/ar/statistics/', '/ar/search/?q=retention'])(
    '%s is dir="rtl" and does not scroll sideways at 375 px',
    async (url) => {
      const page = await open(url, { viewport: PHONE });
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      const { scrollWidth, clientWidth } = await page.evaluate<{
        scrollWidth: number;
        clientWidth: number;
      }>(
        '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
      );
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    },
  );

  it('has the three paths in Arabic on the home page', async () => {
    const page = await open('/ar/', { javaScriptEnabled: false });
    expect(await page.locator('.pp-start__path h2').allTextContents()).toEqual([
      'اقرأ سياسة',
      'استعد لجلسة استماع',
      'اطلب السجلات',
    ]);
  });
});

describe('axe', () => {
  it.each([
    '/es/',
    '/es/statistics/',
    '/es/statistics/facial-recognition/',
    '/es/data/',
    '/es/methodology/',
    '/ar/',
    '/ar/statistics/',
    '/ar/statistics/facial-recognition/',
    '/zh-hant/',
    '/zh-hant/statistics/',
    '/zh-hant/statistics/thermographic-cameras/',
    '/404.html',
  ])('%s has no violations (WCAG 2.2 AA)', async (url) => {
    const page = await open(url);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(url, violations)).toEqual([]);
  });
});

describe('the not-found page', () => {
  it('says so in every language, each line marked with its language and linking its home', async () => {
    const page = await open('/404.html', { javaScriptEnabled: false });
    const items = await page.$$eval('.pp-notfound-languages li', (lis) =>
      lis.map((li) => ({
        lang: li.getAttribute('lang'),
        dir: li.getAttribute('dir'),
        href: li.querySelector('a')!.getAttribute('href'),
        hreflang: li.querySelector('a')!.getAttribute('hreflang'),
      })),
    );
    expect(items).toHaveLength(11);
    expect(items).toContainEqual({ lang: 'es', dir: 'ltr', href: '/es/', hreflang: 'es' });
    expect(items).toContainEqual({ lang: 'ar', dir: 'rtl', href: '/ar/', hreflang: 'ar' });
    expect(items).toContainEqual({
      lang: 'zh-Hant',
      dir: 'ltr',
      href: '/zh-hant/',
      hreflang: 'zh-Hant',
    });
    expect(await page.locator('.pp-notfound-languages li[lang="es"]').textContent()).toMatch(
      /Página no encontrada/,
    );
  });
});
