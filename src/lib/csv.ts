/**
 * The one CSV writer for every CSV file the site generates (chart downloads
 * under /statistics/downloads/, /compare/key-facts.csv): d3-dsv's RFC 4180
 * quoting (a field holding a comma, quote, CR or LF is quoted, quotes
 * doubled), one header row, LF line ends and a final LF. Empty and null values
 * are empty fields; numbers and booleans are written with String().
 *
 * CSV injection (OWASP): a text cell beginning with `=`, `+`, `-`, `@`, a tab
 * or a carriage return would be read as a formula by a spreadsheet; it is
 * written with a leading apostrophe (`'=1+1`), which spreadsheets show as
 * text. Numbers are written as numbers (a negative number is not a formula).
 * Header names are escaped the same way.
 */
import { csvFormatRows } from 'd3-dsv';

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as written: text that could start a formula gets a leading apostrophe. */
export function escapeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'boolean'
        ? String(value)
        : value instanceof Date
          ? value.toISOString()
          : JSON.stringify(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A CSV document of `records`, one line per record, columns in the given order. */
export function csvDocument<K extends string>(
  records: readonly Readonly<Record<K, unknown>>[],
  columns: readonly K[],
): string {
  const rows = [
    columns.map(escapeCell),
    ...records.map((r) => columns.map((c) => escapeCell(r[c]))),
  ];
  return `${csvFormatRows(rows)}\n`;
}
