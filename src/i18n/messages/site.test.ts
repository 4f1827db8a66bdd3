/**
 * The site area's dictionaries (home, search, statistics, data, methodology):
 * every interface dictionary has every language; a translation uses only the
 * placeholders its English has and keeps every link; every message function
 * writes a sentence in every language.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, type Locale } from '../locales.ts';
import type { Dictionary, Messages } from '../messages.ts';
import { templateNames } from '../../lib/text-template.ts';
import siteData from './site-data.ts';
import siteHome from './site-home.ts';
import siteMethodology from './site-methodology.ts';
import siteSearch from './site-search.ts';
import siteStats from './site-stats.ts';
import siteStatsData from './site-stats-data.ts';
import siteStatsProse from './site-stats-prose.ts';

const DICTIONARIES: Dictionary<Messages>[] = [
  siteHome,
  siteSearch,
  siteStats,
  siteStatsProse,
  siteStatsData,
  siteData,
  siteMethodology,
];

const links = (text: string) =>
  [...text.matchAll(/\]\(([A-Za-z][A-Za-z0-9]*)\)/g)].map((m) => m[1]).sort();

describe.each(DICTIONARIES.map((d) => [d.namespace, d] as const))('%s', (_name, dict) => {
  const en = dict.messages.en;
  const languages = Object.keys(dict.messages) as Locale[];

  it(dict.kind === 'interface' ? 'has every language' : 'has English and Spanish', () => {
    if (dict.kind === 'interface') expect(languages.sort()).toEqual([...LOCALE_CODES].sort());
    else expect(languages).toEqual(expect.arrayContaining(['en', 'es']));
    for (const l of languages.filter((l) => l !== 'en'))
      expect(dict.translated[l], l).toBeDefined();
  });

  it.each(languages)('%s: every key, only the English placeholders, every link', (locale) => {
    const m = dict.messages[locale]!;
    expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(m)) {
      const source = en[key]!;
      expect(typeof value, key).toBe(typeof source);
      if (typeof value !== 'string' || typeof source !== 'string') continue;
      expect(value.trim(), `${locale}.${key}`).not.toBe('');
      const allowed = new Set(templateNames(source));
      for (const name of templateNames(value))
        expect(allowed.has(name), `${locale}.${key} uses {${name}}`).toBe(true);
      expect(links(value), `${locale}.${key} links`).toEqual(links(source));
    }
  });

  it.each(languages)('%s: every message function writes a sentence', (locale) => {
    for (const [key, fn] of Object.entries(dict.messages[locale]!)) {
      if (typeof fn !== 'function') continue;
      for (const n of [0, 1, 2, 5, 21, 1234]) {
        const args: unknown[] = Array.from({ length: fn.length - 1 }, (_, i) => n + i);
        const out = fn(...args, locale);
        expect(out, `${locale}.${key}(${args.join(', ')})`).toMatch(/\S/);
        expect(out, `${locale}.${key}`).not.toMatch(/undefined|NaN|\{|\}/);
      }
    }
  });
});

describe('site-methodology', () => {
  it('says in English what the English guide says', () => {
    const mdx = readFileSync(
      path.resolve(import.meta.dirname, '../../../content/guides/methodology.mdx'),
      'utf8',
    );
    const field = (name: string) =>
      new RegExp(`^${name}: '?(.*?)'?$`, 'm').exec(mdx)?.[1]?.replace(/''/g, "'");
    expect(siteMethodology.messages.en).toEqual({
      title: field('title'),
      heading: field('heading'),
      description: field('description'),
    });
  });
});
