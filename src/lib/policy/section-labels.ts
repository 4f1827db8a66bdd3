/**
 * Section names in the page's language. The keys and the English labels are
 * defined once, in src/schemas/sections.ts (the schema stays free of
 * languages); the translations live in the `policy-sections` dictionary.
 * English output is exactly `sectionLabel(key)`.
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/messages.ts';
import sectionNames from '../../i18n/messages/policy-sections.ts';
import { type BlockKey, sectionLabel } from '../../schemas/sections.ts';

/** The portal's name of a section key (or the abstract) in `locale`: "External Entities", "Entidades externas"… */
export function sectionLabelIn(key: BlockKey, locale: Locale = DEFAULT_LOCALE): string {
  if (locale === DEFAULT_LOCALE) return sectionLabel(key);
  const names = t(sectionNames, locale);
  return names[key] ?? sectionLabel(key);
}
