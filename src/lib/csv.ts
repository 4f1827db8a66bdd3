/**
 * The one CSV writer for every CSV file the site serves (chart downloads under
 * /statistics/downloads/, /compare/key-facts.csv): d3-dsv's RFC 4180 quoting
 * (a field holding a comma, quote, CR or LF is quoted, quotes doubled), one
 * header row, LF line ends and a final LF. Empty and null values are empty
 * fields; numbers and booleans are written with String().
 */
import { csvFormat } from 'd3-dsv';

/** A CSV document of `records`, one line per record, columns in the given order. */
export function csvDocument<K extends string>(
  records: readonly Readonly<Record<K, unknown>>[],
  columns: readonly K[],
): string {
  return `${csvFormat(records, [...columns])}\n`;
}
