/**
 * Every dictionary has every key in every language it must have: a missing
 * key fails here (and in `astro check`), never shows an English word on a
 * translated page.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from './locales.ts';
import type { Dictionary, Messages, OtherLocale } from './messages.ts';
import { prose, t } from './messages.ts';

const dir = path.join(import.meta.dirname, 'messages');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const dictionaries = await Promise.all(
  files.map(async (f) => {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as {
      default: Dictionary<Messages>;
    };
    return { file: f, dict: mod.default };
  }),
);

/** Whether `visible` is part of `name`, ignoring case, spacing and tags. */
function labelInName(visible: string, name: string): boolean {
  const norm = (s: string): string =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLocaleLowerCase();
  return norm(name).includes(norm(visible));
}

/** Problems of one language's messages against the English. */
function problems(en: Messages, other: Messages | undefined, locale: string): string[] {
  if (!other) return [`no "${locale}" messages`];
  const out: string[] = [];
  for (const key of Object.keys(en)) {
    const a = en[key]!;
    const b = other[key];
    if (b === undefined) out.push(`${locale}.${key} is missing`);
    else if (typeof a !== typeof b)
      out.push(`${locale}.${key} is a ${typeof b}, English a ${typeof a}`);
    else if (typeof b === 'string' && b.trim() === '') out.push(`${locale}.${key} is empty`);
    else if (typeof a === 'function' && typeof b === 'function' && a.length !== b.length)
      out.push(`${locale}.${key} takes ${b.length} argument(s), English ${a.length}`);
  }
  for (const key of Object.keys(other))
    if (!(key in en)) out.push(`${locale}.${key} is not in English`);
  return out;
}

describe('dictionaries', () => {
  it('are found (src/i18n/messages/*.ts), each with a unique namespace named as its file', () => {
    expect(dictionaries.length).toBeGreaterThan(0);
    for (const { file, dict } of dictionaries) expect(`${dict.namespace}.ts`).toBe(file);
  });

  for (const { file, dict } of dictionaries) {
    const others = LOCALE_CODES.filter((l): l is OtherLocale => l !== 'en');
    const required: OtherLocale[] =
      dict.kind === 'interface'
        ? others
        : ['es', ...others.filter((l) => l !== 'es' && dict.messages[l] !== undefined)];
    it(`${file}: every ${dict.kind === 'interface' ? 'language' : 'translation'} has every key of the English`, () => {
      const found = required.flatMap((l) => problems(dict.messages.en, dict.messages[l], l));
      expect(found).toEqual([]);
    });
    it(`${file}: each translation records its date and the English it was made from`, () => {
      for (const l of required) {
        const rec = dict.translated[l];
        expect(rec, `${file}: no translation record for ${l}`).toBeDefined();
        expect(rec!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(rec!.from).toMatch(/^([0-9a-f]{12}|pending)$/);
      }
    });
  }

  // WCAG 2.5.3 (label in name): a link whose visible text is `foo` and
  // whose accessible name is `fooOf(x)` must say `foo` inside that name, in
  // every language (axe: label-content-name-mismatch).
  for (const { file, dict } of dictionaries) {
    it(`${file}: every accessible name \`xOf(…)\` contains its visible text \`x\``, () => {
      const found: string[] = [];
      for (const [locale, messages] of Object.entries(dict.messages)) {
        if (!messages) continue;
        for (const [key, fn] of Object.entries(messages)) {
          const visible = messages[key.replace(/Of$/, '')];
          if (!key.endsWith('Of') || typeof fn !== 'function' || typeof visible !== 'string')
            continue;
          const name = fn('«TITLE»', '«TITLE»');
          if (!labelInName(visible, name))
            found.push(`${locale}.${key}: "${name}" lacks "${visible}"`);
        }
      }
      expect(found).toEqual([]);
    });
  }
  it('the label-in-name check compares as a screen reader user hears it', () => {
    expect(labelInName('Web page', 'web  page: X')).toBe(true);
    expect(labelInName('입력 데이터(JSON)', '입력 데이터와 해시(JSON): X')).toBe(false);
  });

  it('t() refuses a language a dictionary lacks; prose() falls back to English and says so', () => {
    const d = {
      namespace: 'x',
      kind: 'prose' as const,
      messages: { en: { a: 'A' }, es: { a: 'Á' } },
      translated: { es: { date: '2026-12-03', from: 'pending' } },
    };
    expect(() => t(d, 'fr')).toThrow(/no "fr" messages/);
    expect(prose(d, 'es')).toEqual({ m: { a: 'Á' }, translated: true, lang: 'es' });
    expect(prose(d, 'fr')).toEqual({ m: { a: 'A' }, translated: false, lang: 'en' });
  });
  it('the completeness check finds a missing key, a wrong kind and an extra key', () => {
    expect(problems({ a: 'A', b: (n: number) => `${n}` }, { a: '', c: 'C' }, 'es')).toEqual([
      'es.a is empty',
      'es.b is missing',
      'es.c is not in English',
    ]);
  });
});
