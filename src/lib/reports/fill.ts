/**
 * Marked placeholders in built pages, filled by the reports stage
 * (scripts/reports/) once it knows what only printing tells: whether the
 * PDFs were made, and their page counts and sizes. A placeholder is an
 * element `<span data-pp-fill="<key>">default</span>` (other attributes
 * allowed) whose content holds no other `<span>`; filling replaces its
 * content and keeps the element, so filling again (npm run reports twice)
 * gives the same bytes.
 */

import { formatNumber } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/messages.ts';
import reports from '../../i18n/messages/reports.ts';

/** What a placeholder for a PDF link says until the stage prints the PDF. */
export const PDF_NOT_MADE = 'not made in this build';

/**
 * The id of a report's row header on /reports/ in a language other than
 * English: the PDF link the stage writes there is named by it and by its
 * own text ("PDF (en inglés)"), through `aria-labelledby`.
 */
export function reportNameId(id: string): string {
  return `report-${id}-name`;
}

/** The marker attribute of a placeholder. */
export const FILL_ATTRIBUTE = 'data-pp-fill';

const PLACEHOLDER =
  /(<span\b[^>]*?\sdata-pp-fill="([^"]+)"[^>]*>)((?:(?!<\/?span\b)[\s\S])*)<\/span>/g;

/** The keys of the placeholders in a page, in order. */
export function placeholderKeys(html: string): string[] {
  return [...html.matchAll(PLACEHOLDER)].map((m) => m[2]!);
}

/**
 * Fills every placeholder of a page with `values[key]` (HTML). Throws when a
 * placeholder has no value, or a value no placeholder, so a page and the
 * stage cannot drift apart silently.
 */
export function fillPlaceholders(
  html: string,
  values: Readonly<Record<string, string>>,
  page: string,
): string {
  const used = new Set<string>();
  const out = html.replace(PLACEHOLDER, (_, open: string, key: string) => {
    const value = values[key];
    if (value === undefined)
      throw new Error(`${page}: placeholder "${key}" has no value from the reports stage`);
    if (/<\/?span\b/.test(value))
      throw new Error(`${page}: the value of "${key}" holds a <span>; placeholders cannot nest`);
    used.add(key);
    return `${open}${value}</span>`;
  });
  const unused = Object.keys(values).filter((k) => !used.has(k));
  if (unused.length > 0)
    throw new Error(`${page}: no placeholder for ${unused.map((k) => `"${k}"`).join(', ')}`);
  return out;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** "1.2 MB", "87 kB" (SI units, one decimal below 10); "1,2 MB" in Spanish. */
export function formatBytes(bytes: number, locale: Locale = 'en'): string {
  const num = (n: number, digits: number) =>
    locale === 'en'
      ? n.toFixed(digits)
      : formatNumber(locale, Number(n.toFixed(digits)), {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
          useGrouping: false,
        });
  if (bytes < 1000) return t(reports, locale).bytes(num(bytes, 0));
  const units = ['kB', 'MB', 'GB'];
  let v = bytes / 1000;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v < 10 ? num(v, 1) : num(Math.round(v), 0)} ${units[u]}`;
}
