/**
 * A short descriptive text from the project's data (inventory, publication
 * records) in the page's language: its translation from the
 * `policy-data-text` dictionary, keyed by the exact English, or the English
 * itself flagged `english: true` (the page marks it `lang="en"` and shows the
 * "not yet translated" notice).
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import dataText from '../../i18n/messages/policy-data-text.ts';

export function dataTextIn(
  english: string,
  locale: Locale = DEFAULT_LOCALE,
): { text: string; english: boolean } {
  if (locale === DEFAULT_LOCALE) return { text: english, english: false };
  const translated = (dataText.messages[locale] as Record<string, string> | undefined)?.[english];
  return translated === undefined
    ? { text: english, english: true }
    : { text: translated, english: false };
}
