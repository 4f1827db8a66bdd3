/**
 * Numbers, dates and day names in the page's language, through Intl. Dates
 * are calendar dates (`YYYY-MM-DD`) formatted in UTC, so no time zone can
 * shift them; English keeps the portal's "April 11, 2023" form.
 * Dependency-free: browser code imports it too.
 */
import { localeInfo, type Locale } from './locales.ts';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(intlTag(locale), options);
    cache.set(key, f);
  }
  return f;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(intlTag(locale), { timeZone: 'UTC', ...options });
    cache.set(key, f);
  }
  return f;
}

/** The Intl tag of a locale: American English for English, as the portal always wrote it. */
export function intlTag(locale: Locale): string {
  return locale === 'en' ? 'en-US' : localeInfo(locale).tag;
}

/** Numbers already formatted, by locale and options: a build formats the same few numbers millions of times. */
const formatted = new Map<string, Map<number, string>>();
/** Most numbers kept per locale and options; past it the oldest half is let go. */
const FORMATTED_LIMIT = 4096;

/** The key of a set of options; the same object (a constant at its call site) is serialized once. */
const optionKeys = new WeakMap<Intl.NumberFormatOptions, string>();
function optionsKey(options: Intl.NumberFormatOptions): string {
  let key = optionKeys.get(options);
  if (key === undefined) optionKeys.set(options, (key = JSON.stringify(options)));
  return key;
}

/** Whole numbers under this are written digit for digit in every language (no grouping). */
const SMALL_LIMIT = 1000;

/**
 * The ten digits of `locale` ("0123456789", "০১২৩৪৫৬৭৮৯"), when Intl writes
 * every whole number from 0 to 999 in it as those digits one for one (no
 * grouping, sign or mark); else null. Run where the page is built: the
 * search page embeds them (`data-pp-digits`) and hands them to
 * useSmallNumberDigits, so that announcing its first results makes no
 * Intl.NumberFormat. A page's first Intl.NumberFormat (or Intl.Segmenter)
 * costs 25 to 45 ms on the 2-core bench machine, a set-up the two share
 * (BENCHMARKS.md, "Search").
 */
export function smallNumberDigits(locale: Locale): string | null {
  const f = numberFormat(locale);
  const digits = Array.from({ length: 10 }, (_, i) => f.format(i));
  if (!digits.every((d) => [...d].length === 1)) return null;
  for (let n = 0; n < SMALL_LIMIT; n++) if (f.format(n) !== spell(n, digits)) return null;
  return digits.join('');
}

/** `n` (a whole number) written with `digits` (ten strings, "0" to "9"). */
function spell(n: number, digits: readonly string[]): string {
  let out = '';
  for (const c of String(n)) out += digits[c.charCodeAt(0) - 48] ?? '';
  return out;
}

/** Digits handed over by useSmallNumberDigits, by locale. */
const smallDigits = new Map<Locale, readonly string[]>();

/**
 * Lets formatNumber write whole numbers from 0 to 999 in `locale`, without
 * options, with `digits` (from smallNumberDigits, where the page was built)
 * instead of Intl. Throws unless `digits` is ten characters.
 */
export function useSmallNumberDigits(locale: Locale, digits: string): void {
  const list = [...digits];
  if (list.length !== 10)
    throw new Error(`useSmallNumberDigits: "${digits}" is not ten digits (from smallNumberDigits)`);
  smallDigits.set(locale, list);
}

/** 12345 -> "12,345" (en), "12.345" (es), "١٢٬٣٤٥" (ar)... */
export function formatNumber(
  locale: Locale,
  n: number,
  options?: Intl.NumberFormatOptions,
): string {
  // -0 formats as "-0", but a Map holds it as 0.
  if (Object.is(n, -0)) return numberFormat(locale, options).format(n);
  if (!options && Number.isInteger(n) && n >= 0 && n < SMALL_LIMIT) {
    const digits = smallDigits.get(locale);
    if (digits) return spell(n, digits);
  }
  const key = options ? `${locale}|${optionsKey(options)}` : locale;
  let known = formatted.get(key);
  if (!known) formatted.set(key, (known = new Map<number, string>()));
  let text = known.get(n);
  if (text === undefined) {
    text = numberFormat(locale, options).format(n);
    if (known.size >= FORMATTED_LIMIT)
      for (const k of [...known.keys()].slice(0, FORMATTED_LIMIT / 2)) known.delete(k);
    known.set(n, text);
  }
  return text;
}

/** Options of a whole percentage: one object, so formatNumber serializes it once. */
const WHOLE_PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };

/** 46 -> "46%" (en, as the portal always wrote it), "46 %" (es), "٪46" (ar)... */
export function formatPercent(locale: Locale, percent: number): string {
  return locale === 'en' ? `${percent}%` : formatNumber(locale, percent / 100, WHOLE_PERCENT);
}

function utc(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not a YYYY-MM-DD date: "${iso}"`);
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getTime();
}

/** "2023-04-11" -> "April 11, 2023" (en), "11 de abril de 2023" (es)... */
export function formatDateIn(locale: Locale, iso: string): string {
  return dateFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(utc(iso));
}

/** "2023-04-11" -> "Tuesday, April 11, 2023" (en), "martes, 11 de abril de 2023" (es)... */
export function formatLongDateIn(locale: Locale, iso: string): string {
  return dateFormat(locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(utc(iso));
}

/** Day of the week of a date in the locale ("Tuesday", "martes"...). */
export function weekdayIn(locale: Locale, iso: string): string {
  return dateFormat(locale, { weekday: 'long' }).format(utc(iso));
}
