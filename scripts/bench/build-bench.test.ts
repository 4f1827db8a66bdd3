import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PEER_ROUNDS,
  DEFAULT_SEED,
  DEFAULT_SIZES,
  REDUCED_SCOPES,
  UsageError,
  englishOnlyLocales,
  fitLinear,
  formatBytes,
  marginalCosts,
  parseBuildBenchArgs,
  peerComparison,
  scopeSteps,
  summaryLine,
} from './build-bench.ts';
import { busyTicks, median, parseStat, written } from './measure.ts';
import { peerPage, starlightLocales } from './peer.ts';
import { printedDate, publishedText } from './published-text.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';
import { identify } from '../import/cover.ts';
import { linesFromText } from '../import/lines.ts';
import { importPolicy } from '../import/pipeline.ts';
import { parsePolicyBody } from '../../src/lib/policy/body.ts';
import type * as Locales from '../../src/i18n/locales.ts';

describe('parseBuildBenchArgs', () => {
  it('runs 10, 50 and 200 policies without the peer by default', () => {
    expect(parseBuildBenchArgs([])).toEqual({
      sizes: [...DEFAULT_SIZES],
      peer: false,
      peerRounds: DEFAULT_PEER_ROUNDS,
      scopes: false,
      seed: DEFAULT_SEED,
      keep: false,
    });
  });

  it('reads sizes, sorted and without repeats, --large, --peer, --seed and --keep', () => {
    expect(parseBuildBenchArgs(['--policies', '200,10,10', '--large', '--peer'])).toEqual({
      sizes: [10, 200, 1000],
      peer: true,
      peerRounds: DEFAULT_PEER_ROUNDS,
      scopes: false,
      seed: DEFAULT_SEED,
      keep: false,
    });
    expect(parseBuildBenchArgs(['--peer', '--peer-rounds', '5']).peerRounds).toBe(5);
    expect(parseBuildBenchArgs(['--policies', '200', '--scopes']).scopes).toBe(true);
    expect(parseBuildBenchArgs(['--policies', '50', '--seed', '7', '--keep'])).toMatchObject({
      sizes: [50],
      seed: 7,
      keep: true,
    });
  });

  it.each([
    [['--policies', '0'], '--policies must be between 1 and 5000, not 0'],
    [['--policies', '10,x'], '--policies takes a positive whole number, not "x"'],
    [['--policies=-5'], '--policies takes a positive whole number, not "-5"'],
    [['--policies', '6000'], '--policies must be between 1 and 5000, not 6000'],
    [['--seed', '1.5'], '--seed takes a positive whole number, not "1.5"'],
    [['--peer-rounds', '3'], '--peer-rounds needs --peer'],
    [['--peer', '--peer-rounds', '0'], '--peer-rounds must be between 1 and 20, not 0'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['200'], 'Unexpected argument'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseBuildBenchArgs(argv)).toThrow(UsageError);
    expect(() => parseBuildBenchArgs(argv)).toThrow(message);
  });
});

describe('the reduced scopes (--scopes)', () => {
  const steps = [
    'npm run aggregate',
    'npm run i18n:check',
    'npm run build:pages',
    'npm run reports',
    'npm run index',
  ];

  it('leave the PDFs out through the reports step, and nothing else', () => {
    const [noPdf, english, englishNoPdf] = REDUCED_SCOPES;
    expect(scopeSteps(steps, noPdf!)).toEqual([
      ...steps.slice(0, 3),
      'npm run reports -- --no-pdf',
      'npm run index',
    ]);
    expect(scopeSteps(steps, english!)).toEqual(steps);
    expect(scopeSteps(steps, englishNoPdf!)[3]).toBe('npm run reports -- --no-pdf');
    expect(() => scopeSteps(['npm run build:pages'], noPdf!)).toThrow('one "npm run reports" step');
  });

  it('build English only from the real locales module, which still knows every language', async () => {
    const source = readFileSync(
      path.join(import.meta.dirname, '..', '..', 'src', 'i18n', 'locales.ts'),
      'utf8',
    );
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pp-locales-'));
    try {
      const file = path.join(dir, 'locales.ts');
      writeFileSync(file, englishOnlyLocales(source));
      const m = (await import(pathToFileURL(file).href)) as typeof Locales;
      expect(m.LOCALES.map((l) => l.code)).toEqual(['en']);
      expect(m.localeInfo('ar').dir).toBe('rtl');
      expect(m.LOCALE_CODES).toHaveLength(12);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(() => englishOnlyLocales(source.replace('const BY_CODE', 'const byCode'))).toThrow(
      'update englishOnlyLocales()',
    );
  });
});

describe('fitLinear and marginalCosts', () => {
  it('finds the fixed cost and the cost per policy of a straight line', () => {
    const fit = fitLinear([
      { n: 10, seconds: 12 },
      { n: 50, seconds: 20 },
      { n: 200, seconds: 50 },
    ]);
    expect(fit.intercept).toBeCloseTo(10);
    expect(fit.slope).toBeCloseTo(0.2);
    expect(fit.r2).toBeCloseTo(1);
  });

  it('says less of a line when time grows faster than the number of policies', () => {
    const quadratic = [10, 50, 200].map((n) => ({ n, seconds: 5 + n * n * 0.001 }));
    expect(fitLinear(quadratic).r2).toBeLessThan(0.999);
    const m = marginalCosts(quadratic);
    expect(m.map((x) => [x.from, x.to])).toEqual([
      [10, 50],
      [50, 200],
    ]);
    expect(m[0]!.perPolicy).toBeCloseTo(0.06);
    expect(m[1]!.perPolicy).toBeCloseTo(0.25);
  });

  it('needs two different sizes', () => {
    expect(() => fitLinear([{ n: 10, seconds: 1 }])).toThrow(RangeError);
    expect(() =>
      fitLinear([
        { n: 10, seconds: 1 },
        { n: 10, seconds: 2 },
      ]),
    ).toThrow(RangeError);
  });
});

describe('peerComparison', () => {
  it("takes the median of the rounds' ratios, not the ratio of one round", () => {
    // Three rounds as measured on 2026-12-04 (seconds): one slow peer round does not set the ratio.
    const c = peerComparison([
      { ours: 39.6, peer: 41.0 },
      { ours: 37.3, peer: 41.0 },
      { ours: 47.3, peer: 59.7 },
    ]);
    expect(c.ratios.map((x) => x.toFixed(2))).toEqual(['0.97', '0.91', '0.79']);
    expect(c.ratio).toBeCloseTo(37.3 / 41.0, 10);
    expect(c.peerSeconds).toBe(41.0);
    expect(c.oursSeconds).toBe(39.6);
  });

  it('is the one round when there is one, and the middle two averaged for an even count', () => {
    expect(peerComparison([{ ours: 30, peer: 40 }]).ratio).toBe(0.75);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('summaryLine', () => {
  it('is the last line of the benchmark, with the peer and the ratio', () => {
    expect(summaryLine(200, 58.234, 0.2154, { ran: true, seconds: 12.81, ratio: 0.874 })).toBe(
      'build: 200 policies in 58.2 s (0.215 s per policy; peer: 12.8 s, ratio 0.87)',
    );
    expect(summaryLine(10, 9.5, 0.95, { ran: true, seconds: 4.2, ratio: 1.23 })).toBe(
      'build: 10 policies in 9.50 s (0.950 s per policy; peer: 4.20 s, ratio 1.23)',
    );
  });

  it('says why the peer did not run', () => {
    expect(
      summaryLine(50, 20, 0.1, { ran: false, why: 'npm install of Starlight failed: ENOTFOUND' }),
    ).toBe(
      'build: 50 policies in 20.0 s (0.100 s per policy; peer: not run (npm install of Starlight failed: ENOTFOUND))',
    );
  });

  it('formats sizes', () => {
    expect(formatBytes(812 * 1024)).toBe('812 KB');
    expect(formatBytes(61.44 * 1024 * 1024)).toBe('61.4 MB');
  });
});

describe('measure helpers', () => {
  it('reads /proc/<pid>/stat even when the command name holds spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i + 3));
    fields[4 - 3] = '41'; // ppid
    fields[14 - 3] = '250'; // utime
    fields[15 - 3] = '30'; // stime
    fields[22 - 3] = '987654'; // starttime
    fields[24 - 3] = '1000'; // rss in pages
    const p = parseStat(`4242 (node (worker) x) ${fields.join(' ')}`);
    expect(p).toEqual({ pid: 4242, ppid: 41, start: '987654', cpuTicks: 280, rssKb: 4000 });
  });

  it("counts the machine's busy ticks from /proc/stat: idle and iowait left out, guest time not twice", () => {
    const stat = 'cpu  100 5 40 9000 300 7 3 2 50 0\ncpu0 50 2 20 4500 150 3 1 1 25 0\nintr 1 2\n';
    expect(busyTicks(stat)).toBe(100 + 5 + 40 + 7 + 3 + 2);
    expect(busyTicks('')).toBe(0);
  });

  it('counts files written between snapshots, their bytes and the pages among them', () => {
    const before = new Map([
      ['dist/a/index.html', '100:1:1'],
      ['dist/b.json', '50:1:2'],
    ]);
    const after = new Map([
      ['dist/a/index.html', '100:1:1'],
      ['dist/b.json', '70:2:2'],
      ['dist/c/index.html', '30:3:3'],
    ]);
    expect(written(before, after)).toEqual({ files: 2, bytes: 100, pages: 1 });
  });
});

describe('the synthetic policies as published', () => {
  const corpus = syntheticCorpus({ seed: 11, policies: 6 });

  it('print dates as the covers do', () => {
    expect(printedDate('2023-04-11')).toBe('April 11, 2023');
    expect(() => printedDate('2023-4-11')).toThrow('not a YYYY-MM-DD date');
  });

  it('import with the real importer to the policy written: status, sections and paragraphs', () => {
    for (const [i, p] of corpus.entries()) {
      const text = publishedText(p, 100 + i);
      expect(publishedText(p, 100 + i)).toBe(text);
      const lines = linesFromText(text);
      const { slug } = identify(lines, 'x.txt');
      const result = importPolicy({
        lines,
        fileName: `${slug}.txt`,
        sha256: '0'.repeat(64),
        format: 'text',
        corrections: null,
      });
      expect(result.frontmatter.status).toBe(p.status);
      expect(result.frontmatter.technology).toBe(p.technology);
      const read = (md: string) =>
        parsePolicyBody(md).map((s) => [s.key, s.paragraphs.map((x) => x.text)]);
      expect(read(result.markdown.slice(result.markdown.indexOf('\n---\n', 4) + 5))).toEqual(
        read(p.body),
      );
    }
  });
});

describe('the peer site', () => {
  it('keeps the body, without the importer anchors, and the footnotes as Markdown footnotes', () => {
    const page = peerPage({
      slug: 'x',
      title: 'X: Impact and Use Policy',
      technology: 'X',
      body: '## ABSTRACT {#abstract}\n\nText.[^1]\n\n## TRAINING {#training}\n\n1. One\n',
      footnotes: [{ n: 1, text: 'A note.' }],
    });
    expect(page).toContain('title: "X: Impact and Use Policy"');
    expect(page).toContain('## ABSTRACT\n\nText.[^1]\n\n## TRAINING\n\n1. One');
    expect(page).toContain('[^1]: A note.');
    expect(page).not.toContain('{#');
  });

  it('builds in the locales the portal builds its policy pages in', () => {
    expect(starlightLocales([''])).toBeNull();
    expect(starlightLocales(['', 'es', 'zh'])).toEqual({
      root: { label: 'root', lang: 'en' },
      es: { label: 'es', lang: 'es' },
      zh: { label: 'zh', lang: 'zh' },
    });
  });
});
