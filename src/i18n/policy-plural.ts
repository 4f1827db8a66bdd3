/**
 * Plural forms for the policy area's dictionaries (src/i18n/messages/policy-*.ts):
 * picks the form of a count by the language's rules (Intl.PluralRules) and
 * writes the count with src/i18n/format.ts. Dependency-free, and inside
 * src/i18n/ so that the dictionaries load with nothing from elsewhere (as
 * `npm run i18n:check` does on a copy of src/i18n/).
 */
import { formatNumber } from './format.ts';
import type { Locale } from './locales.ts';

const rules = new Map<Locale, Intl.PluralRules>();

/** The CLDR plural category of `n` in `locale` ("one", "few", "many", "other"…). */
export function pluralCategory(locale: Locale, n: number): Intl.LDMLPluralRule {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale === 'en' ? 'en-US' : locale);
    rules.set(locale, r);
  }
  return r.select(n);
}

/**
 * `n` written for `locale` followed by the word form its plural category
 * takes (`forms.other` when the language has no own form for it):
 * `count('pl', 5, { one: 'polityka', few: 'polityki', many: 'polityk', other: 'polityki' })`
 * is "5 polityk".
 */
export function count(
  locale: Locale,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return `${formatNumber(locale, n)} ${forms[pluralCategory(locale, n)] ?? forms.other}`;
}

/** The word form alone (for sentences where the number stands elsewhere). */
export function form(
  locale: Locale,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return forms[pluralCategory(locale, n)] ?? forms.other;
}

/** `n` written for `locale` (src/i18n/format.ts). */
export function num(locale: Locale, n: number): string {
  return formatNumber(locale, n);
}
