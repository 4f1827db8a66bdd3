/**
 * The words of the FOIL tools in a language: templates filled with values,
 * and the dates, times, numbers and periods inside them. The English of every
 * tool lives in its own module (deadlines.ts, date-input.ts, letters.ts) as a
 * plain object of templates; the other languages are dictionaries under
 * src/i18n/messages/foil-*.ts with the same keys, which a page renders into
 * the tool as JSON. Templates are strings (so that the browser can be given
 * them) with `{name}` placeholders. English output is unchanged: English
 * dates, times and periods are written exactly as before.
 *
 * Dependency-free apart from src/i18n (locales, Intl formatting): browser
 * code imports it.
 */
import {
  type IsoDate,
  formatDate,
  formatLong,
  formatShort,
  formatTime,
  parseTime,
} from '../calendar.ts';
import { formatDateIn, formatLongDateIn, formatNumber, intlTag } from '../../i18n/format.ts';
import { type Locale, localeInfo } from '../../i18n/locales.ts';
import type { Period } from '../../schemas/foil.ts';
import { capitalize, periodAdjective, periodText, numberWord } from './terms.ts';

/** A dictionary of templates: every value a string. */
export type Templates = Readonly<Record<string, string>>;

/** The words of a tool in one language: its templates and the language they are in. */
export interface Text<T> {
  locale: Locale;
  m: T;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names of a template, e.g. `["date", "n"]`. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/**
 * Fills the `{name}` placeholders of a template. Throws naming the template
 * when one has no value: a translation that uses a placeholder its English
 * does not have (src/i18n/messages tests catch that before a page does).
 */
export function fill(
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(PLACEHOLDER, (_m, name: string) => {
    const v = values[name];
    if (v === undefined)
      throw new Error(
        `Template "${template}" uses {${name}}, which is not given; given: ${Object.keys(values).join(', ') || 'nothing'}.`,
      );
    return String(v);
  });
}

/** "December 22, 2025" (en), "22 de diciembre de 2025" (es). */
export function dateIn(locale: Locale, date: IsoDate): string {
  return locale === 'en' ? formatDate(date) : formatDateIn(locale, date);
}

/** "Monday, December 22, 2025" (en), "lunes, 22 de diciembre de 2025" (es). */
export function longDateIn(locale: Locale, date: IsoDate): string {
  return locale === 'en' ? formatLong(date) : formatLongDateIn(locale, date);
}

const SHORT = new Map<Locale, Intl.DateTimeFormat>();

/** "Thu Dec 25" (en), "jue, 25 dic" (es): a day in a list of counted or skipped days. */
export function shortDateIn(locale: Locale, date: IsoDate): string {
  if (locale === 'en') return formatShort(date);
  let f = SHORT.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(intlTag(locale), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    SHORT.set(locale, f);
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(0);
  at.setUTCFullYear(y, m - 1, d);
  return f.format(at);
}

/** "February 2025" (en), "febrero de 2025" (es). */
export function monthYearIn(locale: Locale, year: number, month: number): string {
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, 1);
  return new Intl.DateTimeFormat(intlTag(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}

/** "16:00" -> "4:00 pm" (en, as the portal writes it), "16:00" (es), through Intl elsewhere. */
export function timeIn(locale: Locale, time: string): string {
  if (locale === 'en') return formatTime(time);
  const minutes = parseTime(time);
  return new Intl.DateTimeFormat(intlTag(locale), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60));
}

/** A number as the language writes it in running text ("12", "١٢"...); English as before. */
export function numberIn(locale: Locale, n: number): string {
  return locale === 'en' ? String(n) : formatNumber(locale, n);
}

// Spanish numbers in words, written by hand (Intl has no spelled-out numbers).
const ES_ONES = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
] as const;
const ES_TENS = [
  '',
  '',
  '',
  'treinta',
  'cuarenta',
  'cincuenta',
  'sesenta',
  'setenta',
  'ochenta',
  'noventa',
];

/**
 * A whole number from 0 to 99 in Spanish words, in the form used before a
 * masculine noun (días, meses): "cinco", "veinte", "treinta y un"; digits
 * otherwise.
 */
export function spanishNumberWord(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  const word =
    n < 30
      ? (ES_ONES[n] as string)
      : `${ES_TENS[Math.floor(n / 10)] as string}${n % 10 ? ` y ${ES_ONES[n % 10] as string}` : ''}`;
  // Apocope before a masculine noun: un día, veintiún días, treinta y un días.
  return word.replace(/veintiuno$/, 'veintiún').replace(/uno$/, 'un');
}

const ES_UNITS: Readonly<Record<Period['unit'], [one: string, many: string]>> = {
  'business-days': ['día hábil', 'días hábiles'],
  days: ['día', 'días'],
  months: ['mes', 'meses'],
};

/** The unit of a period in Spanish words ("días hábiles"; singular for 1). */
export function spanishUnitWords(period: Period): string {
  const [one, many] = ES_UNITS[period.unit];
  return period.count === 1 ? one : many;
}

/**
 * Languages whose explanations and letters (prose) the tools can write with
 * periods in words. Every other language has the interface only, with digits.
 */
export type ProseLocale = 'en' | 'es';

/** A count in words: "thirty" (en), "treinta" (es). */
export function numberWordIn(locale: ProseLocale, n: number): string {
  return locale === 'es' ? spanishNumberWord(n) : numberWord(n);
}

/** A period in words: "five business days" (en), "cinco días hábiles" (es). */
export function periodIn(locale: ProseLocale, period: Period): string {
  return locale === 'es'
    ? `${spanishNumberWord(period.count)} ${spanishUnitWords(period)}`
    : periodText(period);
}

/**
 * A period as the words before "deadline": "five-business-day" (en); in
 * Spanish the period itself ("cinco días hábiles"), which its templates
 * place after "plazo de".
 */
export function periodAdjectiveIn(locale: ProseLocale, period: Period): string {
  return locale === 'es' ? periodIn('es', period) : periodAdjective(period);
}

export { capitalize };

/** True when the locale has prose (explanations, a reading copy of the letters). */
export function isProseLocale(locale: Locale): locale is ProseLocale {
  return locale === 'en' || locale === 'es';
}

/** One piece of a template: text, or the name of a placeholder a page fills with markup. */
export type TemplatePart = { text: string } | { slot: string };

/**
 * A template cut at its placeholders, for a page that puts markup (a link,
 * a `<time>`, a name marked with its language) where a placeholder is:
 * `parts('See {link}.')` is `[{ text: 'See ' }, { slot: 'link' }, { text: '.' }]`.
 */
export function parts(template: string): TemplatePart[] {
  const out: TemplatePart[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) out.push({ text: template.slice(last, m.index) });
    out.push({ slot: m[1] as string });
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  return out;
}

/**
 * The `lang` attribute for text in `content` on a page in `page`: none when
 * they are the same language, the BCP 47 tag otherwise (WCAG 3.1.2).
 */
export function langAttr(page: Locale, content: Locale): string | undefined {
  return page === content ? undefined : localeInfo(content).tag;
}

/**
 * The `lang` a component of a translated page puts on its root, so that it
 * keeps the page's language inside a guide shown in English (none on English
 * pages, where nothing differs).
 */
export function rootLang(page: Locale): string | undefined {
  return page === 'en' ? undefined : localeInfo(page).tag;
}
