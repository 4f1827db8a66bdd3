/**
 * The statistics' words for one page's language (a `StatsText`, see
 * messages.ts): the interface from `site-stats`, the prose from
 * `site-stats-prose` (or English), and the data's own words looked up by
 * their English text in `site-stats-data` (or English).
 */
import { type Locale } from '../../i18n/locales.ts';
import { prose, t } from '../../i18n/messages.ts';
import siteStats from '../../i18n/messages/site-stats.ts';
import siteStatsData from '../../i18n/messages/site-stats-data.ts';
import siteStatsProse from '../../i18n/messages/site-stats-prose.ts';
import type { StatsText } from './messages.ts';

const cache = new Map<Locale, StatsText>();

/** The statistics' words in `locale`. */
export function statsText(locale: Locale): StatsText {
  const hit = cache.get(locale);
  if (hit) return hit;
  const words = prose(siteStatsProse, locale);
  const vocab = prose(siteStatsData, locale);
  const english = siteStatsData.messages.en as Record<string, string>;
  const translated = vocab.m as Record<string, string>;
  const table = new Map(Object.keys(english).map((k) => [english[k]!, translated[k]!]));
  const text: StatsText = {
    locale,
    m: t(siteStats, locale),
    p: words.m,
    proseLang: words.lang,
    v: (s) => table.get(s) ?? s,
    vocabLang: vocab.lang,
  };
  cache.set(locale, text);
  return text;
}

/** True when part of a statistics page is shown in English on a page in another language. */
export function statsUntranslated(text: StatsText): boolean {
  return text.proseLang !== text.locale || text.vocabLang !== text.locale;
}

/** The `lang` attribute for text in `lang` on a page in `text.locale`: undefined when they are the same. */
export function langAttr(text: StatsText, lang: Locale): string | undefined {
  return lang === text.locale ? undefined : lang;
}
