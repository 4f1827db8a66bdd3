import { formatDate } from '../calendar.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { formatDateIn } from '../../i18n/format.ts';
import type { Policy } from '../../schemas/policy.ts';

/**
 * "2023-04-11" -> "April 11, 2023" (calendar arithmetic only: no time zone can
 * shift it); in another language through src/i18n/format.ts ("11 de abril de
 * 2023"). Throws on anything but a real YYYY-MM-DD date.
 */
export function formatIsoDate(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  if (locale === DEFAULT_LOCALE) return formatDate(iso);
  formatDate(iso); // the same check of the date in every language
  return formatDateIn(locale, iso);
}

/** The latest date printed on a policy (updated, else posted), or null when none is printed. */
export function lastPrintedDate(p: Pick<Policy, 'posted' | 'updated'>): {
  date: string;
  kind: 'updated' | 'posted';
} | null {
  if (p.updated) return { date: p.updated, kind: 'updated' };
  if (p.posted) return { date: p.posted, kind: 'posted' };
  return null;
}
