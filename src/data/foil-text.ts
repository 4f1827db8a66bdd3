/**
 * The words of the FOIL tools for a page in a language (src/lib/foil/tool-text.ts),
 * from the dictionaries under src/i18n/messages/. Build-time: the page
 * renders them into the tool as JSON; the browser never loads a dictionary.
 */
import type { Locale } from '../i18n/locales.ts';
import { prose, t } from '../i18n/messages.ts';
import foilExplanations from '../i18n/messages/foil-explanations.ts';
import foilLetter from '../i18n/messages/foil-letter.ts';
import foilTools from '../i18n/messages/foil-tools.ts';
import { DEADLINE_PROSE_EN } from '../lib/foil/deadlines.ts';
import { isProseLocale } from '../lib/foil/text.ts';
import type { ToolText } from '../lib/foil/tool-text.ts';

/**
 * The tools' words in `locale`, and whether the explanations are in it
 * (false: they are in English, and the page says part of it is not translated).
 */
export function toolText(locale: Locale): ToolText & { explanationsTranslated: boolean } {
  const ex = prose(foilExplanations, locale);
  const letter = prose(foilLetter, locale);
  // The tools write periods in words only in the languages text.ts knows (ProseLocale).
  const exLocale = isProseLocale(ex.lang) ? ex.lang : null;
  return {
    locale,
    ui: t(foilTools, locale),
    explanations: exLocale ? { locale: exLocale, m: ex.m } : { locale: 'en', m: DEADLINE_PROSE_EN },
    explanationsTranslated: exLocale !== null && ex.lang === locale,
    letter:
      locale !== 'en' && letter.translated && isProseLocale(letter.lang)
        ? { locale: letter.lang, m: letter.m }
        : null,
  };
}
