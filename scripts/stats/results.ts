/**
 * From a statistic's query result to what is published: tables of counts
 * after disclosure control (suppress.ts) and medians withheld below the
 * threshold, one per technology; plus the guard against dates finer than the
 * grain and the count of withheld cells. Pure functions of the rows DuckDB
 * returns.
 */
import type { CountTable, Measure } from '../../src/schemas/stats.ts';
import { StatsInputError } from './errors.ts';
import type { SqlStatistic } from './sql-header.ts';
import { suppressTable } from './suppress.ts';

/** Cells and totals withheld, over every table and measure. */
export function suppressedCells(tables: CountTable[], measures: Measure[]): number {
  const cells = tables.flatMap((tb) =>
    tb.cells
      .flat()
      .concat(
        tb.rowTotals ?? [],
        tb.colTotals ?? [],
        tb.rows.length > 1 && tb.cols.length > 1 ? [tb.total] : [],
      ),
  );
  return [...cells, ...measures.flatMap((m) => m.rows)].filter((c) => c.status === 'suppressed')
    .length;
}

/** One table of counts per technology, after disclosure control. */
export function countTables(
  stat: SqlStatistic,
  result: Record<string, unknown>[],
  threshold: number,
): CountTable[] {
  return [...groupBy(result, (r) => String(r['technology']))].map(([technology, list]) => {
    const rowKeys = [...new Set(list.map((r) => String(r['row_key'])))].sort();
    const colKeys = [...new Set(list.map((r) => String(r['col_key'])))].sort();
    const counts = rowKeys.map(() => colKeys.map(() => 0));
    for (const r of list) {
      const n = Number(r['n']);
      if (!Number.isInteger(n) || n < 0) {
        throw new StatsInputError(
          { file: stat.file, column: 'n' },
          `the query returned ${String(r['n'])}, not a count`,
          'make the query return count(*) as n',
        );
      }
      counts[rowKeys.indexOf(String(r['row_key']))]![colKeys.indexOf(String(r['col_key']))] = n;
    }
    const t = suppressTable({ rows: rowKeys, cols: colKeys, counts }, threshold);
    return {
      id: `${stat.name}-${technology}`,
      statistic: stat.name,
      title: stat.title,
      technology,
      rowLabel: stat.rows,
      colLabel: stat.cols,
      rows: t.rows,
      cols: t.cols,
      cells: t.cells,
      rowTotals: t.rowTotals,
      colTotals: t.colTotals,
      total: t.total,
      sql: { file: stat.file, text: stat.text },
    };
  });
}

/** One median per period and technology, published where at least `threshold` records count. */
export function medianMeasures(
  stat: SqlStatistic,
  result: Record<string, unknown>[],
  threshold: number,
): { measures: Measure[]; used: number } {
  let used = 0;
  const measures = [...groupBy(result, (r) => String(r['technology']))].map(
    ([technology, list]): Measure => ({
      id: `${stat.name}-${technology}`,
      title: stat.title,
      technology,
      rows: list.map((r) => {
        const n = Number(r['n']);
        used += n;
        const ok = n >= threshold;
        return {
          period: String(r['row_key']),
          median: ok ? Number(r['median_days']) : null,
          status: ok ? 'published' : 'suppressed',
        };
      }),
      sql: { file: stat.file, text: stat.text },
    }),
  );
  return { measures, used };
}

/** Refuses a query whose row or column keys are dates finer than the grain. */
export function guardGrain(stat: SqlStatistic, result: Record<string, unknown>[]): void {
  for (const r of result) {
    for (const k of ['row_key', 'col_key']) {
      const v = r[k];
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
        throw new StatsInputError(
          { file: stat.file, column: k },
          `the query outputs a date finer than the dataset's grain`,
          'group by the coarsened column `period`, never by a raw date',
        );
      }
    }
  }
}

/** Groups by key, keys in code-unit order. */
function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of list) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
