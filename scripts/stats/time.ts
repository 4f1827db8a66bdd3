import { isIsoDate } from '../../src/schemas/dates.ts';
import type { Grain } from '../../src/schemas/stats.ts';

/** True for a real calendar date written `YYYY-MM-DD` (no time part): the portal's one date rule. */
export { isIsoDate };

/**
 * Coarsens a `YYYY-MM-DD` date to the declared grain: `2024-03` (month),
 * `2024-Q1` (quarter) or `2024` (year). No finer time is ever published.
 */
export function coarsen(date: string, grain: Grain): string {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (grain === 'year') return year;
  if (grain === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return date.slice(0, 7);
}

/**
 * The DuckDB SQL expression that computes `coarsen(<column>, grain)` from a
 * text column already validated as `YYYY-MM-DD`.
 */
export function periodSql(column: string, grain: Grain): string {
  const c = quoteIdent(column);
  if (grain === 'year') return `substr(${c}, 1, 4)`;
  if (grain === 'quarter') {
    return `substr(${c}, 1, 4) || '-Q' || CAST((CAST(substr(${c}, 6, 2) AS INTEGER) + 2) // 3 AS VARCHAR)`;
  }
  return `substr(${c}, 1, 7)`;
}

/** Quotes a SQL identifier for DuckDB. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
