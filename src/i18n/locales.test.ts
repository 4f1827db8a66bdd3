import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { englishLeftToRight, rewriteBuiltPage, rewritePage } from './links.ts';
import { breakWordsBetweenElements } from '../lib/search/word-breaks.ts';
import {
  LOCALES,
  LOCALE_CODES,
  isPagePath,
  localeFromParam,
  localePrefix,
  localizePath,
  splitLocale,
} from './locales.ts';
import { localeStaticPaths, withLocales } from './routes.ts';

describe('locales', () => {
  it("are English and New York City's ten designated languages (Chinese in both scripts)", () => {
    expect(LOCALE_CODES).toHaveLength(12);
    expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'ur']);
    expect(new Set(LOCALES.map((l) => l.tag)).size).toBe(12);
  });

  it('localize page paths only, never files, assets or other sites', () => {
    expect(localizePath('es', '/policies/x/#p3')).toBe('/es/policies/x/#p3');
    expect(localizePath('es', '/')).toBe('/es/');
    expect(localizePath('es', '/search/?q=a&b=c')).toBe('/es/search/?q=a&b=c');
    expect(localizePath('en', '/policies/')).toBe('/policies/');
    for (const href of [
      '/feed.xml',
      '/reports/x.pdf',
      '/data/a.csv',
      '/_astro/a.css',
      '/pagefind/',
      '//evil.example/',
      'https://nyc.gov/',
      '#top',
      'mailto:a@b',
    ])
      expect(localizePath('ar', href)).toBe(href);
    expect(localizePath('es', '/es/policies/')).toBe('/es/policies/');
    expect(isPagePath('/policies/?a=/')).toBe(true);
  });

  it('split a path into its language and the English path', () => {
    expect(splitLocale('/zh-hant/policies/x/')).toEqual({
      locale: 'zh-hant',
      path: '/policies/x/',
    });
    expect(splitLocale('/policies/x/')).toEqual({ locale: 'en', path: '/policies/x/' });
    expect(splitLocale('/en/x/')).toEqual({ locale: 'en', path: '/en/x/' });
    expect(splitLocale('/esx/')).toEqual({ locale: 'en', path: '/esx/' });
  });

  it('refuse an unknown language in a route', () => {
    expect(localeFromParam(undefined)).toBe('en');
    expect(localeFromParam('ur')).toBe('ur');
    expect(() => localeFromParam('en')).toThrow(/Unknown language "en"/);
    expect(() => localeFromParam('xx')).toThrow(/use one of es, zh-hant/);
  });

  it('give every page one path per language', () => {
    expect(localeStaticPaths().map((p) => p.params.lang)).toEqual([
      undefined,
      ...LOCALE_CODES.slice(1),
    ]);
    const paths = withLocales([{ params: { slug: 'a' }, props: { n: 1 } }]);
    expect(paths).toHaveLength(12);
    expect(paths[1]).toEqual({ params: { slug: 'a', lang: 'es' }, props: { n: 1 } });
  });
});

describe('rewritePage: links', () => {
  it('rewrites links and form actions to pages, and nothing else', () => {
    const html =
      '<a href="/policies/x/#p1" class="c">x</a><form action="/search/" method="get"></form>' +
      '<a href="/reports/x.pdf">pdf</a><a href="/" hreflang="en">English</a>' +
      '<link rel="canonical" href="/x/"><a data-pp-keep-href href="/y/">y</a><img src="/a/">';
    expect(rewritePage(html, 'es')).toBe(
      '<a href="/es/policies/x/#p1" class="c">x</a><form action="/es/search/" method="get"></form>' +
        '<a href="/reports/x.pdf">pdf</a><a href="/" hreflang="en">English</a>' +
        '<link rel="canonical" href="/x/"><a data-pp-keep-href href="/y/">y</a><img src="/a/">',
    );
    expect(rewritePage(html, 'en')).toBe(html);
  });
});

describe('rewritePage', () => {
  const html =
    '<table><tr><th><a href="/policies/x/">X</a></th><th>Y</th></tr></table>' +
    '<dl><dt>Status</dt><dd><a href="/" hreflang="en">English</a></dd></dl>' +
    '<a href="/policies/x/#p1">x</a><form action="/search/"></form><a href="/x.csv">csv</a>';

  it('breaks words and rewrites links in the same page, in every language', () => {
    for (const l of LOCALES) {
      const p = localePrefix(l.code);
      expect(rewritePage(html, l.code)).toBe(
        breakWordsBetweenElements(html)
          .replaceAll('href="/policies/', `href="${p}/policies/`)
          .replace('action="/search/"', `action="${p}/search/"`),
      );
    }
    expect(rewritePage(html, 'es')).toBe(
      '<table><tr><th><a href="/es/policies/x/">X</a></th> <th>Y</th> </tr></table>' +
        '<dl><dt>Status</dt> <dd><a href="/" hreflang="en">English</a></dd> </dl>' +
        '<a href="/es/policies/x/#p1">x</a><form action="/es/search/"></form><a href="/x.csv">csv</a>',
    );
  });
});

describe('englishLeftToRight', () => {
  it('gives English elements of a right-to-left page dir="ltr", unless they have a dir', () => {
    expect(
      englishLeftToRight(
        '<div class="p" lang="en"><p>x</p></div><span lang="en" dir="auto">y</span><p lang="ar">z</p>',
      ),
    ).toBe(
      '<div class="p" lang="en" dir="ltr"><p>x</p></div><span lang="en" dir="auto">y</span><p lang="ar">z</p>',
    );
  });
});

describe('rewriteBuiltPage', () => {
  /** Fragments of pages: every pattern the rewrite looks for, near misses, and text in many scripts. */
  const FRAGMENTS = [
    '<a href="/policies/x/#p1">',
    '<a href="/policies/café-ñ/">',
    '<A HREF="/search/">',
    '<a hreflang="en" href="/">',
    '<a data-pp-keep-href href="/y/">',
    '<a title="数据 «x»" href="/policies/y/?q=ü">',
    '<form action="/search/" method="get">',
    '<a href="/reports/x.pdf">',
    '<a href="/es/policies/x/">',
    '<a href="//example.org/">',
    '<a href="/_astro/x/">',
    '<abbr title="/x/">',
    '</a>',
    '</form>',
    '</th>',
    '</TH>',
    '</dt>',
    '</dd>',
    '</caption>',
    '</summary>',
    '</ſummary>',
    '</figcaption>',
    '</thead>',
    '<th>',
    '<td>',
    '</p>',
    '<p lang="en">',
    '<div class="ü" lang="en">',
    '<span lang="en" dir="auto">',
    '<html lang="en">',
    '<p lang="ar">',
    '<p data-x="ـ" lang="en" title="😀">',
    'Data retention',
    '数据与保存',
    'البيانات والاحتفاظ',
    'ডেটা',
    'Ñandú ÿ µ ß',
    'ſ K İ ı',
    '😀👍🏽',
    'e\u0301',
    'Привет',
    '\u00a0',
    ' ',
    '\r\n',
  ];
  /** Deterministic pages of 1 to 40 fragments (no randomness: the same pages on every run). */
  const pages = Array.from({ length: 3000 }, (_, i) =>
    Array.from(
      { length: 1 + ((i * 7) % 40) },
      (_, j) => FRAGMENTS[(i * 7919 + j * 104729 + j * j * 31) % FRAGMENTS.length],
    ).join(''),
  );
  const asBytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
  const asText = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');

  it("gives the same page from the page's UTF-8 bytes as from its text, in every language", () => {
    let changed = 0;
    for (const l of LOCALES)
      for (const html of pages) {
        const fromText = rewriteBuiltPage(html, l.code);
        expect(asText(rewriteBuiltPage(asBytes(html), l.code))).toBe(fromText);
        if (fromText !== html) changed++;
      }
    // The pages exercise the rewrite: most of them change in every language.
    expect(changed).toBeGreaterThan(pages.length * LOCALES.length * 0.8);
  });

  it('is rewritePage, then englishLeftToRight on a right-to-left page', () => {
    for (const l of LOCALES)
      for (const html of pages.slice(0, 300))
        expect(rewriteBuiltPage(html, l.code)).toBe(
          l.dir === 'rtl'
            ? englishLeftToRight(rewritePage(html, l.code))
            : rewritePage(html, l.code),
        );
    expect(LOCALES.filter((l) => l.dir === 'rtl').length).toBeGreaterThan(0);
  });

  it('keeps bytes that are not UTF-8 as they were', () => {
    const bytes = Buffer.from([
      ...Buffer.from('<dl><dt>'),
      0xff,
      0xc3,
      ...Buffer.from('</dt><dd><a href="/policies/'),
      0x80,
      ...Buffer.from('/">x</a></dd></dl>'),
    ]);
    const out = Buffer.from(rewriteBuiltPage(bytes.toString('latin1'), 'es'), 'latin1');
    expect(out).toEqual(
      Buffer.from([
        ...Buffer.from('<dl><dt>'),
        0xff,
        0xc3,
        ...Buffer.from('</dt> <dd><a href="/es/policies/'),
        0x80,
        ...Buffer.from('/">x</a></dd> </dl>'),
      ]),
    );
  });
});
