import type { StatsFile } from '../../schemas/stats.ts';

/**
 * How many records a record-level dataset aggregated, as the pages say it:
 * exactly, rounded, withheld by the suppression audit, or received with no
 * rows (never "0"). Null when no file has been received.
 */
export function recordsAggregated(file: StatsFile): string | null {
  if (file.status === 'no-records') return null;
  const p = file.provenance;
  switch (p.rowCounts?.status) {
    case 'no-rows':
      return 'received, no rows: the file holds a header and no records (not a count of 0)';
    case 'withheld':
      return 'records aggregated (the number is withheld: with the published totals it would reveal a suppressed count)';
    case 'rounded':
      return `about ${(p.rowsRead ?? 0).toLocaleString('en-US')} records aggregated (rounded to the nearest ${p.rowCounts.roundedTo ?? 1}, so that it cannot reveal a suppressed count)`;
    default:
      return `${(p.rowsRead ?? 0).toLocaleString('en-US')} records aggregated`;
  }
}

/** An excluded-rows count as the pages say it: the number, or why it is withheld. */
export function excludedRows(rows: number | null): string {
  return rows === null ? 'A withheld number of rows' : `${rows.toLocaleString('en-US')} row(s)`;
}
