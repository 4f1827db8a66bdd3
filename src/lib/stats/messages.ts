/**
 * The words the statistics pages, their charts and the data catalogue
 * write come from the `site-stats` (interface: every language) and
 * `site-stats-prose` (longer texts: English and Spanish, the others fall
 * back to English) dictionaries in src/i18n/messages/. The lib functions
 * take a `StatsText` (src/lib/stats/text.ts builds one per language);
 * without one they write English, exactly as before.
 *
 * Values: strings with `{name}` placeholders or `[label](name)` links
 * (src/lib/text-template.ts), or functions of numbers (plural forms).
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import type { Translation } from '../../i18n/messages.ts';
import siteStats from '../../i18n/messages/site-stats.ts';
import siteStatsProse from '../../i18n/messages/site-stats-prose.ts';

/** Interface words: headings, labels, table headers, statuses (English). */
export const STATS_MESSAGES_EN = siteStats.messages.en;

/** Longer texts: notices, method notes, chart summaries, explanations of what is missing (English). */
export const STATS_PROSE_EN = siteStatsProse.messages.en;

export type StatsMessages = Translation<typeof STATS_MESSAGES_EN>;
export type StatsProse = Translation<typeof STATS_PROSE_EN>;

/**
 * The statistics' words in one page's language. Interface words (`m`) are
 * always in the page's language; prose (`p`) and the data's own words
 * (`v`: dataset titles, metrics, periods, who makes a claim, units) are in
 * it when translated, else in English, and say which (`proseLang`,
 * `vocabLang`), so the page can mark English text with `lang="en"`.
 */
export interface StatsText {
  locale: Locale;
  m: StatsMessages;
  p: StatsProse;
  proseLang: Locale;
  /** The data's own English words in `vocabLang` (unchanged when untranslated). */
  v: (english: string) => string;
  vocabLang: Locale;
}

export const STATS_TEXT_EN: StatsText = {
  locale: DEFAULT_LOCALE,
  m: STATS_MESSAGES_EN,
  p: STATS_PROSE_EN,
  proseLang: DEFAULT_LOCALE,
  v: (english) => english,
  vocabLang: DEFAULT_LOCALE,
};

/** The word for a point's status ("reported", "not reported", "suppressed") in the page's language. */
export function statusWord(
  status: 'reported' | 'not reported' | 'suppressed',
  m: StatsMessages = STATS_MESSAGES_EN,
): string {
  return status === 'reported'
    ? m.reported
    : status === 'suppressed'
      ? m.suppressed
      : m.notReported;
}

/** The words for time grains, in the interface (`m`) or the prose (`p`) of a language. */
export interface GrainWords {
  grainMonth: string;
  grainQuarter: string;
  grainYear: string;
  grainPeriod: string;
}

/** A time grain ("month") in the language of `words`; any other value as given. */
export function grainWord(grain: string | null, words: GrainWords = STATS_MESSAGES_EN): string {
  if (grain === 'month') return words.grainMonth;
  if (grain === 'quarter') return words.grainQuarter;
  if (grain === 'year') return words.grainYear;
  return grain ?? words.grainPeriod;
}
