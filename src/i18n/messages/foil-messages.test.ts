/**
 * The FOIL dictionaries: every interface dictionary has every language and
 * key (the types say so too); every template uses only placeholders the code
 * fills (a stray one would throw in the page); no translation was left as
 * the English, apart from words that are the same in that language.
 */
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, type Locale } from '../locales.ts';
import type { Dictionary, Messages } from '../messages.ts';
import { placeholders } from '../../lib/foil/text.ts';
import foilExplanations from './foil-explanations.ts';
import foilForms from './foil-forms.ts';
import foilLetter from './foil-letter.ts';
import foilPages from './foil-pages.ts';
import foilProse from './foil-prose.ts';
import foilTools from './foil-tools.ts';

const DICTIONARIES: Dictionary<Messages>[] = [
  foilTools,
  foilForms,
  foilPages,
  foilExplanations,
  foilLetter,
  foilProse,
];

/** Placeholders the code fills together: a translation may use any of a group the English uses. */
const GROUPS = [
  ['subject', 'subjectLower'],
  ['period', 'Period', 'periodAdjective'],
];
const group = (name: string) => GROUPS.find((g) => g.includes(name)) ?? [name];

/** Translations identical to the English that are right as they are: punctuation and templates of values only. */
const SAME = new Set([
  'listSemicolon',
  'listComma',
  'listEnd',
  'factSeparator',
  'lawColon',
  'dateShown',
  'dateQuoted',
  'exCountedDay',
  'exSkippedDay',
  'lpRecord',
  'exHolidayJuneteenth',
]);
/** Words spelled the same in a language. */
const SAME_WORD: Partial<Record<Locale, Set<string>>> = {
  es: new Set(['uiErrorPrefix']),
  fr: new Set(['uiColDate', 'rqFormat', 'chSource', 'lfSource', 'letterSourceLink']),
};

describe.each(DICTIONARIES.map((d) => [d.namespace, d] as const))('%s', (_name, dict) => {
  const en = dict.messages.en;
  const languages = (Object.keys(dict.messages) as Locale[]).filter((l) => l !== 'en');

  it(dict.kind === 'interface' ? 'has every language' : 'has Spanish', () => {
    if (dict.kind === 'interface')
      expect(Object.keys(dict.messages).sort()).toEqual([...LOCALE_CODES].sort());
    else expect(languages).toContain('es');
    for (const l of languages) expect(dict.translated[l]).toBeDefined();
  });

  it.each(languages)('%s: every key, each of the English kind, with its placeholders', (l) => {
    const m = dict.messages[l]!;
    expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      const tr = m[key];
      expect(typeof tr, `${l}.${key}`).toBe(typeof value);
      if (typeof value !== 'string' || typeof tr !== 'string') continue;
      const want = new Set(placeholders(value));
      const allowed = new Set([...want].flatMap(group));
      for (const p of placeholders(tr))
        expect(
          allowed.has(p),
          `${dict.namespace} ${l}.${key} uses {${p}}, which the code does not fill`,
        ).toBe(true);
      for (const p of want)
        expect(
          group(p).some((g) => placeholders(tr).includes(g)),
          `${dict.namespace} ${l}.${key} lacks {${p}}`,
        ).toBe(true);
      if (!SAME.has(key) && !SAME_WORD[l]?.has(key) && value.length > 3)
        expect(tr, `${dict.namespace} ${l}.${key} is still the English`).not.toBe(value);
    }
  });
});
