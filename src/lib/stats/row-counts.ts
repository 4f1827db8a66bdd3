import type { StatsFile } from '../../schemas/stats.ts';
import { STATS_TEXT_EN, type StatsText } from './messages.ts';

/**
 * How many records a record-level dataset aggregated, as the pages say it:
 * exactly, rounded, withheld by the suppression audit, or received with no
 * rows (never "0"). Null when no file has been received.
 */
export function recordsAggregated(
  file: StatsFile,
  { p: words, proseLang }: StatsText = STATS_TEXT_EN,
): string | null {
  if (file.status === 'no-records') return null;
  const p = file.provenance;
  switch (p.rowCounts?.status) {
    case 'no-rows':
      return words.rowsNoRows;
    case 'withheld':
      return words.rowsWithheld;
    case 'rounded':
      return words.rowsRounded(p.rowsRead ?? 0, p.rowCounts.roundedTo ?? 1, proseLang);
    default:
      return words.rowsExact(p.rowsRead ?? 0, proseLang);
  }
}

/** An excluded-rows count as the pages say it: the number, or why it is withheld. */
export function excludedRows(
  rows: number | null,
  { p, proseLang }: StatsText = STATS_TEXT_EN,
): string {
  return rows === null ? p.excludedWithheld : p.excludedRows(rows, proseLang);
}
