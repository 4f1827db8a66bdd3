import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES, localePrefix } from '../src/i18n/locales.ts';
import {
  importedModules,
  indexLanguages,
  indexSite,
  languageGlobs,
  linkSearchPages,
  pagefindLanguage,
  searchPreloads,
} from './index-search.ts';
import { gunzipSync } from 'node:zlib';
import { type LanguageJob, type LanguageResult, indexLanguage } from './search/index-language.ts';
import { breakWordsBetweenElements } from '../src/lib/search/word-breaks.ts';
import {
  POLL_AFTER,
  POLL_BEFORE,
  SEGMENT_AFTER,
  SEGMENT_BEFORE,
} from './search/pagefind-runtime.ts';
import { mulberry32 } from './bench/random.ts';

const ENTRY = JSON.stringify({
  version: '1.6.0',
  languages: {
    en: { hash: 'en_529a97212c', wasm: 'en', page_count: 300 },
    es: { hash: 'es_0123456789', wasm: null, page_count: 20 },
  },
});

describe('searchPreloads', () => {
  it('preloads the runtime, the entry file under its cache tag, and the language’s WebAssembly and metadata', () => {
    const html = searchPreloads(ENTRY, 'en');
    const tag = /data-pp-pagefind-tag="([0-9a-f]{16})"/.exec(html)?.[1];
    expect(tag).toBeDefined();
    expect(html).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js"');
    expect(html).toContain(
      `<link rel="preload" href="/pagefind/pagefind-entry.json?ts=${tag}" as="fetch" crossorigin="anonymous">`,
    );
    expect(html).toContain('href="/pagefind/wasm.en.pagefind" as="fetch"');
    expect(html).toContain('href="/pagefind/pagefind.en_529a97212c.pf_meta" as="fetch"');
  });

  it('changes the tag when the index changes, and only then', () => {
    const tagOf = (entry: string) =>
      /data-pp-pagefind-tag="([^"]+)"/.exec(searchPreloads(entry, 'en'))?.[1];
    expect(tagOf(ENTRY)).toBe(tagOf(ENTRY));
    expect(tagOf(ENTRY.replace('en_529a97212c', 'en_ffffffffff'))).not.toBe(tagOf(ENTRY));
  });

  it('picks the language as Pagefind does: exact, primary subtag, else the largest', () => {
    expect(searchPreloads(ENTRY, 'es')).toContain('wasm.unknown.pagefind');
    expect(searchPreloads(ENTRY, 'es')).toContain('pagefind.es_0123456789.pf_meta');
    expect(searchPreloads(ENTRY, 'en-US')).toContain('pagefind.en_529a97212c.pf_meta');
    expect(searchPreloads(ENTRY, 'zh')).toContain('pagefind.en_529a97212c.pf_meta');
  });
});

describe('searchPreloads with the policy text bundle', () => {
  const TEXT = JSON.stringify({
    version: '1.6.0',
    languages: { en: { hash: 'en_77aa77aa77', wasm: 'en', page_count: 40 } },
  });

  it('adds the bundle’s runtime, entry file, English WebAssembly and metadata, under its own tag', () => {
    const html = searchPreloads(ENTRY, 'es', '/pagefind/', [], TEXT);
    const tag = /data-pp-pagefind-text-tag="([0-9a-f]{16})"/.exec(html)?.[1];
    expect(tag).toBeDefined();
    expect(tag).not.toBe(/data-pp-pagefind-tag="([0-9a-f]{16})"/.exec(html)?.[1]);
    expect(html).toContain('<link rel="modulepreload" href="/pagefind/policy-text/pagefind.js"');
    expect(html).toContain(`href="/pagefind/policy-text/pagefind-entry.json?ts=${tag}" as="fetch"`);
    expect(html).toContain('href="/pagefind/policy-text/wasm.en.pagefind" as="fetch"');
    expect(html).toContain(
      'href="/pagefind/policy-text/pagefind.en_77aa77aa77.pf_meta" as="fetch"',
    );
    // The page's own index first.
    expect(html.indexOf('pagefind.es_0123456789.pf_meta')).toBeLessThan(
      html.indexOf('policy-text'),
    );
    expect(searchPreloads(ENTRY, 'en')).not.toContain('policy-text');
  });
});

describe('linkSearchPages', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'pp-index-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const page = (lang: string, app: boolean) =>
    `<!doctype html><html lang="${lang}"><head><title>x</title></head><body>${app ? '<div data-pp-search-app hidden></div>' : ''}</body></html>`;
  mkdirSync(path.join(site, 'pagefind'), { recursive: true });
  writeFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), ENTRY);
  for (const [dir, lang, app] of [
    ['search', 'en', true],
    ['es/search', 'es', true],
    ['policies/x', 'en', false],
    ['other/search', 'en', false],
  ] as const) {
    mkdirSync(path.join(site, dir), { recursive: true });
    writeFileSync(path.join(site, dir, 'index.html'), page(lang, app));
  }

  it('puts the hints in the head of every search page, in its language, and nowhere else', () => {
    expect(linkSearchPages(site, path.join(site, 'pagefind'))).toBe(2);
    const en = readFileSync(path.join(site, 'search', 'index.html'), 'utf8');
    expect(en).toMatch(
      /<title>x<\/title><!-- pp-pagefind-preload -->.*<!-- \/pp-pagefind-preload --><\/head>/,
    );
    expect(en).toContain('pagefind.en_529a97212c.pf_meta');
    expect(readFileSync(path.join(site, 'es', 'search', 'index.html'), 'utf8')).toContain(
      'pagefind.es_0123456789.pf_meta',
    );
    expect(readFileSync(path.join(site, 'policies', 'x', 'index.html'), 'utf8')).toBe(
      page('en', false),
    );
    expect(readFileSync(path.join(site, 'other', 'search', 'index.html'), 'utf8')).toBe(
      page('en', false),
    );
  });

  it('replaces its hints when run again, instead of adding more', () => {
    writeFileSync(
      path.join(site, 'pagefind', 'pagefind-entry.json'),
      ENTRY.replace('en_529a97212c', 'en_ffffffffff'),
    );
    linkSearchPages(site, path.join(site, 'pagefind'));
    const en = readFileSync(path.join(site, 'search', 'index.html'), 'utf8');
    expect(en.match(/pp-pagefind-preload -->/g)).toHaveLength(2);
    expect(en).toContain('pagefind.en_ffffffffff.pf_meta');
    expect(en).not.toContain('en_529a97212c');
  });

  it('points the search pages of other languages, and only those, at the policy text bundle', () => {
    mkdirSync(path.join(site, 'pagefind', 'policy-text'), { recursive: true });
    writeFileSync(path.join(site, 'pagefind', 'policy-text', 'pagefind-entry.json'), ENTRY);
    linkSearchPages(site, path.join(site, 'pagefind'));
    expect(readFileSync(path.join(site, 'es', 'search', 'index.html'), 'utf8')).toContain(
      '<link rel="modulepreload" href="/pagefind/policy-text/pagefind.js" data-pp-pagefind-text-tag=',
    );
    expect(readFileSync(path.join(site, 'search', 'index.html'), 'utf8')).not.toContain(
      'policy-text',
    );
  });
});

/** The English record of the "rules" section of `/policies/x/`, linking its first paragraph. */
const RULES_RECORD = {
  url: '/policies/x/#rules',
  page: '/policies/x/',
  lang: 'en',
  key: 'rules',
  title: 'X: Rules',
  paragraphs: ['rules-p1'],
  html: '<!doctype html><html lang="en"><head><title>X: Rules</title></head><body><main data-pagefind-body><h1>X: Rules</h1><p>Retention of images.</p></main></body></html>',
};

/** Writes the policy page `/policies/x/` in every language: a "rules" section holding `paragraphs(code)`. */
function writePolicyPages(site: string, paragraphs: (code: string) => string): void {
  for (const l of LOCALES) {
    const file = path.join(site, `${localePrefix(l.code)}/policies/x/`, 'index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      `<!doctype html><html lang="${l.tag}"><head><title>X</title></head><body><main data-pagefind-body><h1>Policy ${l.code}</h1>` +
        `<div data-pp-policy-body><h2 id="rules">Rules</h2>${paragraphs(l.code)}</div></main></body></html>`,
    );
  }
}

describe('indexSite', () => {
  // A site with one policy page in every language, and the English record of its section.
  const site = mkdtempSync(path.join(tmpdir(), 'pp-index-site-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  writePolicyPages(site, () => '<p id="rules-p1">Retention of images.</p>');
  const records = [RULES_RECORD];
  mkdirSync(path.join(site, 'search'), { recursive: true });
  writeFileSync(path.join(site, 'search', 'policy-sections.json'), JSON.stringify({ records }));

  it('builds one index per language, in worker threads, merged into the same bundle every time', async () => {
    const s = await indexSite(site);
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => {
          const f = path.join(e.parentPath, e.name);
          return `${path.relative(dir, f)} ${createHash('sha256').update(readFileSync(f)).digest('hex')}`;
        })
        .sort();
    const first = files(path.join(site, 'pagefind'));
    await indexSite(site);
    expect(files(path.join(site, 'pagefind'))).toEqual(first);
    expect(Object.keys(s.languages).sort()).toEqual(
      LOCALES.map((l) => pagefindLanguage(l.tag)).sort(),
    );
    // English: its page and the section record; every other language: its page.
    for (const [key, n] of Object.entries(s.languages))
      expect([key, n]).toEqual([key, key === 'en' ? 2 : 1]);
    // The record once more, alone, in the policy text bundle (with its own runtime).
    expect(s.policyText).toBe(1);
    const text = JSON.parse(
      readFileSync(path.join(site, 'pagefind', 'policy-text', 'pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(text.languages)).toEqual(['en']);
    expect(text.languages['en']?.page_count).toBe(1);
    expect(readdirSync(path.join(site, 'pagefind', 'policy-text'))).toContain('pagefind.js');
    // Both runtimes wait for their index without Pagefind's 50 ms poll (the installed
    // Pagefind writes the wait that scripts/search/pagefind-runtime.ts changes).
    for (const runtime of ['pagefind.js', 'policy-text/pagefind.js']) {
      const js = readFileSync(path.join(site, 'pagefind', runtime), 'utf8');
      expect(js.includes(POLL_AFTER), `${runtime} waits with the shortened poll`).toBe(true);
      expect(js.includes(POLL_BEFORE), `${runtime} keeps no 50 ms poll`).toBe(false);
      expect(js.includes(SEGMENT_AFTER), `${runtime} skips segmenting Latin queries`).toBe(true);
      expect(js.includes(SEGMENT_BEFORE), `${runtime} keeps no unconditional segmenter`).toBe(
        false,
      );
    }
    const entry = JSON.parse(
      readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { hash: string }> };
    for (const { hash } of Object.values(entry.languages))
      expect(readdirSync(path.join(site, 'pagefind'))).toContain(`pagefind.${hash}.pf_meta`);
    expect(readdirSync(site).filter((f) => f.startsWith('.pagefind-'))).toEqual([]);
  });

  it("normalizes every query as Pagefind's own runtime does: the code point way only where it gives the grapheme way's result", () => {
    // The written runtime's own normalization of a query (from its language to the term it
    // looks up), run as changed and as Pagefind wrote it, over queries in every language of
    // the site, with and without characters Pagefind keeps.
    const js = readFileSync(path.join(site, 'pagefind', 'pagefind.js'), 'utf8');
    const helper = (name: string) => {
      const m = new RegExp(`var ${name}=\\(\\w+\\)=>\\{.*?\\};`).exec(js);
      if (!m) throw new Error(`the runtime has no ${name}`);
      return m[0];
    };
    const start = js.indexOf('let trueLanguage=null;');
    const endText = 'term=termPairs.map(([,normalized])=>normalized).join(" ");';
    const end = js.indexOf(endText, start);
    expect(
      start > 0 && end > start,
      'the runtime normalizes the query as Pagefind 1.6.0 does',
    ).toBe(true);
    const block = js.slice(start, end + endText.length);
    expect(block).toContain(SEGMENT_AFTER);
    type Normalize = (this: object, term: string, log: () => void) => [string, string];
    const compile = (body: string) =>
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the runtime's own code, read from the index just written
      new Function(
        'term',
        'log',
        `${helper('needsWordSegmentation')}${helper('normalizeDiacritics')}${body}return [term, originalTerm];`,
      ) as Normalize;
    const changed = compile(block);
    const original = compile(block.replace(SEGMENT_AFTER, SEGMENT_BEFORE));

    const random = mulberry32(20261204);
    const pick = (chars: readonly string[]) => chars[Math.floor(random() * chars.length)] ?? '';
    const range = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
    const latin = range(0, 0x2ff);
    // Around and beyond U+02FF: combining marks, Greek (a final sigma), Cyrillic, Arabic,
    // Bengali with its virama, Hangul, Han, kana, Thai, an emoji sequence, flags, zero width joiner.
    const other = [
      ...range(0x300, 0x36f),
      ...'ΣσςΑΩάЁёжАЯ',
      ...'بياناتالاحتفاظ',
      ...'তথ্যক্ষ',
      ...'데이터보존',
      ...'数据保留監視',
      ...'データ保存',
      ...'ข้อมูล',
      '\u{1F468}\u200D\u{1F469}',
      '\u{1F1FA}\u{1F1F8}',
      '\u200D',
      '\u00AD',
    ];
    const queries = [
      ...latin,
      ...latin.map((c) => `a${c}b`),
      ...latin.map((c) => `${c}\r\n${c}`),
      'Data Access',
      'retención de datos',
      'politique de conservation',
      'données',
      'Zażółć gęślą jaźń',
      'e\u0301',
      '!\u0301',
      '-\u0301x',
      ...Array.from({ length: 1500 }, () =>
        Array.from({ length: 1 + Math.floor(random() * 10) }, () => pick(latin)).join(''),
      ),
      ...Array.from({ length: 1500 }, () =>
        Array.from({ length: 1 + Math.floor(random() * 10) }, () =>
          random() < 0.5 ? pick(latin) : pick(other),
        ).join(''),
      ),
    ];
    const languages = [...new Set(LOCALES.map((l) => pagefindLanguage(l.tag))), 'ja', 'th'];
    let compared = 0;
    // Characters Pagefind keeps (its includeCharacters), in one language: they are checked
    // before the language's rules apply.
    const runs = [
      ...languages.map((loadedLanguage) => ({ loadedLanguage, includeCharacters: undefined })),
      { loadedLanguage: 'en', includeCharacters: ['-', '!', '\r', '\u0301'] },
    ];
    for (const self of runs)
      for (const q of queries) {
        const got = changed.call(self, q, () => undefined);
        const want = original.call(self, q, () => undefined);
        if (got[0] !== want[0] || got[1] !== want[1])
          expect({ ...self, q, got }).toEqual({ ...self, q, got: want });
        compared++;
      }
    expect(compared).toBe(runs.length * queries.length);
  });

  it('refuses a page filed under one language but marked as another, and leaves the index as it was', async () => {
    const before = readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8');
    mkdirSync(path.join(site, 'es', 'other'), { recursive: true });
    writeFileSync(
      path.join(site, 'es', 'other', 'index.html'),
      '<!doctype html><html lang="en"><head><title>O</title></head><body><main data-pagefind-body><p>Other</p></main></body></html>',
    );
    await expect(indexSite(site)).rejects.toThrow(
      /the Spanish pages \(es\/\*\*\/\*\.html\) were indexed as .*en.*every page under \/es\/ must carry <html lang="es">/,
    );
    expect(readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe(before);
    expect(readdirSync(site).filter((f) => f.startsWith('.pagefind-'))).toEqual([]);
  });
});

describe('indexSite and its records', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'pp-index-records-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  // The French page lacks the paragraph anchor.
  writePolicyPages(site, (code) => (code === 'fr' ? '' : '<p id="rules-p1">x</p>'));
  mkdirSync(path.join(site, 'search'), { recursive: true });
  const record = RULES_RECORD;
  const write = (records: unknown[]) =>
    writeFileSync(path.join(site, 'search', 'policy-sections.json'), JSON.stringify({ records }));

  it('refuses a record in another language, or linking a localized page, and a page of any language that lacks its anchors', async () => {
    write([
      record,
      { ...record, lang: 'es', html: record.html.replace('lang="en"', 'lang="es"') },
      { ...record, url: '/es/policies/x/#rules', page: '/es/policies/x/' },
    ]);
    const err = await indexSite(site).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(err).toMatch(/records must be in English \(lang "en" and <html lang="en">\)/);
    expect(err).toMatch(/\/es\/policies\/x\/#rules: records link to the English policy page/);
    expect(err).toMatch(
      /fr\/policies\/x\/index\.html: lacks id\(s\) #rules-p1 that search results for \/fr\/policies\/x\/#rules link to/,
    );
    expect(readdirSync(site)).not.toContain('pagefind');
  });

  it('refuses a page that lacks its anchors when the records are right (checked while the languages are indexed), and writes no index', async () => {
    write([record]);
    await expect(indexSite(site)).rejects.toThrow(
      /fr\/policies\/x\/index\.html: lacks id\(s\) #rules-p1 that search results for \/fr\/policies\/x\/#rules link to/,
    );
    expect(readdirSync(site)).not.toContain('pagefind');
    expect(readdirSync(site).filter((f) => f.startsWith('.pagefind-'))).toEqual([]);
  });

  it('refuses a site without records: its search would not find the policy text', async () => {
    write([]);
    await expect(indexSite(site)).rejects.toThrow(/no policy section records/);
  });
});

describe('indexLanguages', () => {
  const job = (code: string): LanguageJob => ({
    site: '/site',
    englishName: code,
    code,
    tag: code,
    key: code,
    glob: `${code}/**/*.html`,
    records: [],
    outputPath: `/out/${code}`,
  });
  const result = (code: string): LanguageResult => ({
    pageCount: code.length,
    entry: { version: '1', languages: { [code]: { hash: code } } },
  });
  const codes = ['en', 'es', 'fr', 'ko', 'ru'];

  it('runs at most `concurrency` languages at once and returns results in the order of the jobs', async () => {
    let running = 0;
    let most = 0;
    const run = async (j: LanguageJob) => {
      most = Math.max(most, ++running);
      // The first job finishes last: the order of results must not follow completion.
      await new Promise((r) => setTimeout(r, j.code === 'en' ? 30 : 5));
      running--;
      return result(j.code);
    };
    const out = await indexLanguages(codes.map(job), run, 2);
    expect(out.map((r) => Object.keys(r.entry.languages)[0])).toEqual(codes);
    expect(most).toBe(2);
  });

  it('starts no language after a failure, lets the running one finish, and reports the failure', async () => {
    const started: string[] = [];
    const run = async (j: LanguageJob) => {
      started.push(j.code);
      // es fails while en is still running.
      await new Promise((r) => setTimeout(r, j.code === 'en' ? 30 : 5));
      if (j.code === 'es') throw new Error('pagefind: es failed');
      return result(j.code);
    };
    await expect(indexLanguages(codes.map(job), run, 2)).rejects.toThrow('pagefind: es failed');
    expect(started).toEqual(['en', 'es']);
  });
});

describe('languageGlobs', () => {
  it('gives each language its folder and English every other top-level page and folder', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'pp-globs-'));
    for (const d of ['es', 'ar', 'foil', 'policies', 'pagefind', '.pagefind-1'])
      mkdirSync(path.join(site, d));
    writeFileSync(path.join(site, 'index.html'), '');
    writeFileSync(path.join(site, 'feed.xml'), '');
    const globs = languageGlobs(site);
    rmSync(site, { recursive: true, force: true });
    expect(globs.get('es')).toBe('es/**/*.html');
    expect(globs.get('en')).toBe('{foil/**/*.html,index.html,policies/**/*.html}');
  });
});

describe('importedModules', () => {
  it('lists what the page’s module scripts import, and what that imports, once each', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'pp-modules-'));
    mkdirSync(path.join(site, '_astro'));
    writeFileSync(
      path.join(site, '_astro', 'page.js'),
      'import{a as e}from"./format.js";import"./side.js";console.log(e)',
    );
    writeFileSync(
      path.join(site, '_astro', 'format.js'),
      'import{b}from"./base.js";export const a=b',
    );
    writeFileSync(path.join(site, '_astro', 'side.js'), 'import{b}from"./base.js";');
    writeFileSync(path.join(site, '_astro', 'base.js'), 'export const b=1');
    const html =
      '<script type="module" src="/_astro/page.js"></script><script type="module">import("/pagefind/pagefind.js")</script>';
    const modules = importedModules(site, html);
    rmSync(site, { recursive: true, force: true });
    expect(modules).toEqual(['/_astro/base.js', '/_astro/format.js', '/_astro/side.js']);
    expect(searchPreloads(ENTRY, 'en', '/pagefind/', modules)).toContain(
      '<link rel="modulepreload" href="/_astro/format.js">',
    );
  });
});

describe('word breaks in the index (src/lib/search/word-breaks.ts)', () => {
  /** The text Pagefind indexes for a page of `body`, read back from its fragment. */
  async function indexedText(body: string): Promise<string> {
    const out = mkdtempSync(path.join(tmpdir(), 'pp-words-'));
    try {
      const html = `<!doctype html><html lang="en"><head><title>T</title></head><body><main data-pagefind-body>${body}</main></body></html>`;
      await indexLanguage({
        site: out,
        englishName: 'English',
        code: 'en',
        tag: 'en',
        key: 'en',
        records: [{ url: '/t/', html }],
        outputPath: path.join(out, 'pagefind'),
      });
      const dir = path.join(out, 'pagefind', 'fragment');
      const [file] = readdirSync(dir);
      const fragment = JSON.parse(
        gunzipSync(readFileSync(path.join(dir, file!)))
          .subarray('pagefind_dcd'.length)
          .toString(),
      ) as { content: string };
      return fragment.content;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  const BODY =
    '<table><caption>Reported</caption><tr><th>Technology</th><th>Published figures</th></tr><tr><td>A</td><td>B</td></tr></table>' +
    '<dl><dt>Status</dt><dd>Published claims</dd></dl><details><summary>Sources</summary><p>Text</p></details>';

  it('Pagefind runs the words of adjacent header cells, terms and summaries together', async () => {
    // If this fails, Pagefind breaks words there itself and the middleware's step can go.
    const text = await indexedText(BODY);
    expect(text).toContain('TechnologyPublished');
    expect(text).toContain('StatusPublished');
  });

  it('the built pages give Pagefind a break between them', async () => {
    const text = await indexedText(breakWordsBetweenElements(BODY));
    expect(text).toMatch(/Reported\W+Technology\W+Published figures/);
    expect(text).toMatch(/Status\W+Published claims/);
    expect(text).toMatch(/Sources\W+Text/);
  });
});
