/**
 * The words a FOIL tool is given by its page, as JSON, in the page's
 * language: the interface (every language), the explanations of the dates
 * (the page's language, or English where it has none yet) and the words of a
 * reading copy of the letter (only in a language that has one). Pure and
 * dependency-free: the browser scripts read it (src/client/foil/dom.ts) and
 * the pages build it (src/data/foil-text.ts).
 */
import type { Locale } from '../../i18n/locales.ts';
import type { FoilToolWords } from '../../i18n/messages/foil-tools.ts';
import type { DeadlineProse, DeadlineText } from './deadlines.ts';
import type { LetterChecksText, LetterText } from './letters.ts';
import type { ProseLocale, Text } from './text.ts';

export type { FoilToolWords } from '../../i18n/messages/foil-tools.ts';

export interface ToolText {
  /** The page's language. */
  locale: Locale;
  /** The interface words in the page's language. */
  ui: FoilToolWords;
  /** The explanations of computed dates and their language. */
  explanations: Text<DeadlineProse> & { locale: ProseLocale };
  /** The words of a reading copy of the letter, when the page's language has them (never on English pages). */
  letter: LetterText | null;
}

/** The calculator's words from a tool's text. */
export function deadlineText(text: ToolText): DeadlineText {
  return { ui: { locale: text.locale, m: text.ui }, prose: text.explanations };
}

/** The letter checks' words from a tool's text. */
export function checksText(text: ToolText): LetterChecksText {
  return { locale: text.locale, m: text.ui };
}
