/**
 * From a statistic's query result to what is published: raw tables of counts
 * (protected dataset by dataset in protect.ts) and medians withheld below the
 * threshold, one per technology; the guards against dates finer than the
 * grain and labels outside the declared vocabularies; the count of withheld
 * cells. Pure functions of the rows DuckDB returns.
 */
import type { CountTable, Grain, Measure } from '../../src/schemas/stats.ts';
import { StatsInputError, describeValue } from './errors.ts';
import type { ProtectedTable, RawCountTable } from './protect.ts';
import type { SqlStatistic } from './sql-header.ts';

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

/** One table of raw counts per technology; disclosure control is applied to the whole dataset (protect.ts). */
export function countTables(
  stat: SqlStatistic,
  result: Record<string, unknown>[],
): RawCountTable[] {
  return [...groupBy(result, (r) => String(r['technology']))].map(([technology, list]) => {
    const rowKeys = [...new Set(list.map((r) => String(r['row_key'])))].sort();
    const colKeys = [...new Set(list.map((r) => String(r['col_key'])))].sort();
    const rowIndex = new Map(rowKeys.map((k, i) => [k, i]));
    const colIndex = new Map(colKeys.map((k, i) => [k, i]));
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
      counts[rowIndex.get(String(r['row_key']))!]![colIndex.get(String(r['col_key']))!]! += n;
    }
    return {
      id: `${stat.name}-${technology}`,
      statistic: stat.name,
      technology,
      keys: stat.keys,
      rows: rowKeys,
      cols: colKeys,
      counts,
    };
  });
}

/** A raw table and its protected form as published. */
export function publishedTable(
  stat: SqlStatistic,
  raw: RawCountTable,
  t: ProtectedTable,
): CountTable {
  return {
    id: raw.id,
    statistic: stat.name,
    title: stat.title,
    technology: raw.technology,
    rowLabel: stat.rows,
    colLabel: stat.cols,
    rows: raw.rows,
    cols: raw.cols,
    cells: t.cells,
    rowTotals: t.rowTotals,
    colTotals: t.colTotals,
    total: t.total,
    protection: t.protection,
    sql: { file: stat.file, text: stat.text },
  };
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

/** The period labels of each grain (a coarsened, already validated date). */
const PERIOD = {
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarter: /^\d{4}-Q[1-4]$/,
  year: /^\d{4}$/,
} as const;

/** The string literals of a SQL text ('...' with '' for a quote): constant labels a query may output. */
export function sqlLiterals(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/'((?:[^']|'')*)'/g)) out.add(m[1]!.replaceAll("''", "'"));
  return out;
}

/**
 * Refuses a query result holding a label that no declared vocabulary allows:
 * every technology, row and column key must be a declared value of the
 * dataset's category columns (`labels`), a period of the grain, "not
 * recorded", or a constant written in the SQL file. Nothing else (a record
 * id, a name that slipped through) can reach content/ or the site.
 */
export function guardLabels(
  stat: SqlStatistic,
  result: Record<string, unknown>[],
  labels: ReadonlySet<string>,
  grain: Grain,
): void {
  const literals = sqlLiterals(stat.text);
  const ok = (v: string): boolean =>
    labels.has(v) || literals.has(v) || v === 'not recorded' || PERIOD[grain].test(v);
  for (const r of result) {
    for (const k of ['technology', 'row_key', 'col_key']) {
      if (!(k in r) || (k === 'col_key' && stat.kind !== 'counts')) continue;
      const v = r[k];
      if (typeof v !== 'string' || !ok(v)) {
        throw new StatsInputError(
          { file: stat.file, column: k },
          `the query outputs the label ${describeValue(String(v))}, which no declared vocabulary allows`,
          'group only by category columns with a closed vocabulary (x-pp enum), by `period`, or by a constant written in the query',
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
