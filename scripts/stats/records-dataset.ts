/**
 * Record-level datasets: loaded, validated and aggregated in DuckDB. A
 * pipeline of named stages over one state object; each stage either adds to
 * the state or throws a StatsInputError naming file, line and column.
 *
 *   header and column names       header row; identifying columns by name
 *   load CSV                      the file into a table (hashed meanwhile)
 *   validate values and keys      rejected rows; every value of every row against its
 *                                 type, closed vocabulary, the build date and identifying
 *                                 patterns (one scan); duplicate keys
 *   statistics                    the SQL files over the coarsened view; label guard
 *   disclosure control and audit  suppression audited by linear programming (protect.ts)
 *
 * A declared dataset whose file has not been received yields a `no-records`
 * document, a file with a header and no rows a `no-rows` one. Line numbers in
 * messages are physical lines of the file (lines.ts).
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import type { DuckDBConnection } from '@duckdb/node-api';
import type {
  CountTable,
  Field,
  Measure,
  RecordsExt,
  RecordsStatsFile,
} from '../../src/schemas/stats.ts';
import { docHead, emptyProvenance, sha256File, type DatasetInput } from './dataset.ts';
import { cellText, quoteSql, rows } from './duckdb.ts';
import { StatsInputError, describeAllowed, describeValue } from './errors.ts';
import { findIdentifyingColumns, identifyingKindOfValue } from './identifying.ts';
import { physicalLines } from './lines.ts';
import { SOLVER } from './audit.ts';
import { keyCycle, protectDataset, type RawCountTable } from './protect.ts';
import type { SqlStatistic } from './sql-header.ts';
import {
  countTables,
  guardGrain,
  guardLabels,
  medianMeasures,
  publishedTable,
  suppressedCells,
} from './results.ts';
import { periodSql, quoteIdent } from './time.ts';
import { FIXES, checkHeader } from './validate.ts';
import { valueChecks, type ValueCheck } from './value-checks.ts';

/** A record-level dataset to build. */
export interface RecordsDatasetOptions extends DatasetInput {
  ext: RecordsExt;
  conn: DuckDBConnection;
  /** The values of each `x-pp-enum` vocabulary (technologies, external-entities-paragraphs). */
  vocabularies: Readonly<Record<string, readonly string[]>>;
  /** YYYY-MM-DD: dates later than this are refused. */
  buildDate: string;
  /** Every statistic's SQL file, by name. */
  statistics: ReadonlyMap<string, SqlStatistic>;
  /** The dataset's threshold, or the package's default. */
  threshold: number;
  /** Called after each stage with its duration (benchmarks). */
  onStage?: ((stage: string, ms: number) => void) | undefined;
}

/** What the stages share: the options, the DuckDB names, and what earlier stages found. */
interface RecordsState extends RecordsDatasetOptions {
  /** The dataset's statistics, in declared order. */
  readonly declared: readonly SqlStatistic[];
  readonly fields: Field[];
  readonly dropped: ReadonlySet<string>;
  /** The loaded table, its rejects tables, and the view the SQL files read. */
  readonly names: { table: string; rejects: string; scan: string; view: string };
  /** SHA-256 of the file, computed while DuckDB loads it (set by the load stage). */
  hash: Promise<string> | null;
  /** Rows loaded (set by the validation stage). */
  rowsRead: number;
  /** Raw tables and medians of the statistics stage, for disclosure control. */
  raw: { stat: SqlStatistic; table: RawCountTable }[];
  measures: Measure[];
  /** Rows each median statistic leaves out, with the statistic. */
  leftOut: { stat: SqlStatistic; rows: number; allPublished: boolean }[];
  /** The document; the last stage publishes it. */
  doc: RecordsStatsFile;
}

interface Stage {
  name: string;
  run: (s: RecordsState) => Promise<void>;
}

const STAGES: readonly Stage[] = [
  { name: 'header and column names', run: refuseIdentifyingColumns },
  { name: 'load CSV', run: loadTable },
  { name: 'validate values and keys', run: refuseBadRows },
  { name: 'statistics', run: computeStatistics },
  { name: 'disclosure control and audit', run: publishStatistics },
];

/** Loads, validates and aggregates one record-level file; throws StatsInputError on bad input. */
export async function recordsDataset(o: RecordsDatasetOptions): Promise<RecordsStatsFile> {
  const declared = declaredStatistics(o);
  const doc = noRecords(o);
  if (!existsSync(o.abs)) return doc;
  const base = o.resource.name.replaceAll('-', '_');
  const table = `raw_${base}`;
  const state: RecordsState = {
    ...o,
    declared,
    fields: o.resource.schema.fields,
    dropped: new Set(o.ext.dropBeforeAggregation),
    names: { table, rejects: `rej_${table}`, scan: `scan_${table}`, view: base },
    hash: null,
    rowsRead: 0,
    raw: [],
    measures: [],
    leftOut: [],
    doc,
  };
  try {
    for (const stage of STAGES) {
      const start = performance.now();
      await stage.run(state);
      o.onStage?.(`${o.resource.name}: ${stage.name}`, performance.now() - start);
      if (state.doc.status === 'no-rows') break;
    }
  } finally {
    await o.conn.run(`DROP VIEW IF EXISTS ${state.names.view}`);
    for (const x of [table, state.names.rejects, state.names.scan])
      await o.conn.run(`DROP TABLE IF EXISTS ${x}`);
  }
  return state.doc;
}

/** The statistics the dataset lists, each with a SQL file that reads this dataset. */
function declaredStatistics(o: RecordsDatasetOptions): SqlStatistic[] {
  const stats = o.ext.statistics.map((name) => {
    const stat = o.statistics.get(name);
    if (!stat) {
      throw new StatsInputError(
        { file: o.descriptor.path, column: `${o.resource.name}.x-pp.statistics` },
        `no SQL file for statistic "${name}"`,
        `add scripts/stats/sql/${name}.sql or remove the name`,
      );
    }
    if (stat.dataset !== o.resource.name) {
      throw new StatsInputError(
        { file: stat.file, column: 'dataset' },
        `the SQL file declares dataset "${stat.dataset}" but is listed under "${o.resource.name}"`,
        'list the statistic under the dataset it reads',
      );
    }
    return stat;
  });
  const cycle = keyCycle(stats);
  if (cycle) {
    throw new StatsInputError(
      { file: o.descriptor.path, column: `${o.resource.name}.x-pp.statistics` },
      `the statistics ${cycle.join(', ')} break down the dataset by key columns that form a cycle, which the suppression audit cannot model exactly`,
      'drop one of these statistics, or make two of them share no key column',
    );
  }
  const perTechnology = stats.filter((s) => s.kind === 'counts' && !sqlConstantTechnology(s.text));
  if (
    perTechnology.length > 0 &&
    perTechnology.length < stats.filter((s) => s.kind === 'counts').length
  ) {
    throw new StatsInputError(
      { file: o.descriptor.path, column: `${o.resource.name}.x-pp.statistics` },
      'some statistics of the dataset split the counts by technology and others do not, so a per-technology table could be subtracted from an all-technology one',
      'split every count statistic of a dataset by technology, or none',
    );
  }
  return stats;
}

/** True when a query outputs one constant technology (e.g. `'all' AS technology`). */
function sqlConstantTechnology(text: string): boolean {
  return /'[^']*'\s+AS\s+technology\b/i.test(text);
}

/** The document of a declared dataset before (or without) its file. */
function noRecords(o: RecordsDatasetOptions): RecordsStatsFile {
  return {
    ...docHead(o.resource),
    kind: 'records',
    status: 'no-records',
    path: o.file,
    threshold: o.threshold,
    grain: o.ext.grain,
    scope: { technology: null, agency: null },
    provenance: {
      ...emptyProvenance(o.descriptor),
      droppedColumns: [...o.ext.dropBeforeAggregation],
    },
    figures: [],
    views: [],
    tables: [],
    measures: [],
  };
}

// ---------------------------------------------------------------------------
// Stage: the header, and identifying columns by name, before loading a single row.

async function refuseIdentifyingColumns(s: RecordsState): Promise<void> {
  checkHeader(s.file, readHeader(s.abs, s.file), s.fields);
  const [found] = findIdentifyingColumns(
    s.fields.map((f) => f.name),
    s.dropped,
  );
  if (found) {
    throw new StatsInputError(
      { file: s.file, line: 1, column: found.column },
      `the column name suggests identifying data (${found.kind})`,
      `remove the column from the export, or declare it in x-pp.dropBeforeAggregation of the descriptor so it is dropped before aggregation`,
    );
  }
  return Promise.resolve();
}

/** The header row, read from the first 64 KiB of the file. */
function readHeader(abs: string, file: string): string[] {
  const fd = openSync(abs, 'r');
  const buf = Buffer.alloc(65536);
  const read = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  const text = buf.subarray(0, read).toString('utf8');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '')
    throw new StatsInputError({ file, line: 1 }, 'the file has no header row', FIXES.header);
  const [header] = parse(firstLine.replace(/^\uFEFF/, ''), {
    relax_column_count: true,
  });
  return header ?? [];
}

/** DuckDB's reader of the file: every declared column as text, nothing guessed. */
function readCsvSql(s: RecordsState, extra: string): string {
  const cols = s.fields.map((f) => `${quoteSql(f.name)}: 'VARCHAR'`).join(', ');
  return `read_csv(${quoteSql(s.abs)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${cols}}${extra})`;
}

// ---------------------------------------------------------------------------
// Stages: load, then validate.

/**
 * Loads without keeping file order (faster) while the file is hashed on this
 * thread (DuckDB loads on its own).
 */
async function loadTable(s: RecordsState): Promise<void> {
  s.hash = sha256File(s.abs);
  s.hash.catch(() => {});
  await load(s, false);
}

async function load(s: RecordsState, ordered: boolean): Promise<void> {
  const { table, rejects, scan } = s.names;
  await s.conn.run(`SET preserve_insertion_order = ${ordered}`);
  for (const x of [table, rejects, scan]) await s.conn.run(`DROP TABLE IF EXISTS ${x}`);
  await s.conn.run(
    `CREATE TABLE ${table} AS SELECT * FROM ${readCsvSql(s, `, store_rejects = true, rejects_table = '${rejects}', rejects_scan = '${scan}'`)}`,
  );
  await s.conn.run('SET preserve_insertion_order = true');
}

/**
 * Throws at the first bad row. Only when something is wrong is the file
 * loaded again in file order, so that the message names the first bad line
 * exactly. Sets the number of rows read.
 */
async function refuseBadRows(s: RecordsState): Promise<void> {
  const problem = await firstProblem(s);
  if (problem) {
    await load(s, true);
    throw (await firstProblem(s, true)) ?? problem;
  }
  const [count] = await rows(s.conn, `SELECT count(*) AS n FROM ${s.names.table}`);
  s.rowsRead = Number(count?.['n'] ?? 0);
}

/**
 * The first problem in the loaded table; with `exact` (loaded in file order)
 * its line is the physical line of the file, else the problem is only known
 * to exist.
 */
async function firstProblem(s: RecordsState, exact = false): Promise<StatsInputError | null> {
  return (
    (await firstRejectedRow(s, exact)) ??
    (await firstBadValue(s, exact)) ??
    (await firstDuplicateKey(s, exact))
  );
}

/** The physical line of a record (0 = first row after the header), when exact. */
async function recordLine(s: RecordsState, rowid: unknown, exact: boolean): Promise<number> {
  if (!exact) return 0;
  const k = Number(rowid);
  return (await physicalLines(s.abs, { records: [k] })).records.get(k) ?? k + 2;
}

async function firstRejectedRow(s: RecordsState, exact: boolean): Promise<StatsInputError | null> {
  const [reject] = await rows(
    s.conn,
    `SELECT line, column_name, error_type FROM ${s.names.rejects} ORDER BY line LIMIT 1`,
  );
  if (!reject) return null;
  const duck = Number(reject['line']);
  const line = exact
    ? ((await physicalLines(s.abs, { duckdbLines: [duck] })).duckdbLines.get(duck) ?? duck)
    : duck;
  return new StatsInputError(
    {
      file: s.file,
      line,
      ...(reject['column_name'] ? { column: cellText(reject['column_name']) } : {}),
    },
    `the row cannot be read (${cellText(reject['error_type']).toLowerCase().replaceAll('_', ' ')})`,
    FIXES.malformed,
  );
}

/**
 * Every value check in one scan of every row: the first bad row of each,
 * then the earliest of them. A bad value that looks like identifying data is
 * reported as such (without repeating it); a value outside a closed
 * vocabulary is quoted (truncated, escaped) with the allowed values.
 */
async function firstBadValue(s: RecordsState, exact: boolean): Promise<StatsInputError | null> {
  const checks = valueChecks(s.fields, {
    vocabularies: s.vocabularies,
    buildDate: s.buildDate,
  });
  if (checks.length === 0) return null;
  const select = checks.map((ch, i) => `min(rowid) FILTER (WHERE ${ch.sql}) AS c${i}`).join(', ');
  const [first] = await rows(s.conn, `SELECT ${select} FROM ${s.names.table}`);
  const earliest = checks
    .map((check, i) => ({ check, rowid: first?.[`c${i}`] }))
    .filter((x) => x.rowid !== null && x.rowid !== undefined)
    .reduce<{ check: ValueCheck; rowid: unknown } | null>(
      (a, x) => (a === null || Number(x.rowid) < Number(a.rowid) ? x : a),
      null,
    );
  if (earliest === null) return null;
  const { check, rowid } = earliest;
  const [row] = await rows(
    s.conn,
    `SELECT ${quoteIdent(check.column)} AS v FROM ${s.names.table} WHERE rowid = ${Number(rowid)}`,
  );
  const value = row?.['v'] === null || row?.['v'] === undefined ? null : cellText(row['v']);
  const type = s.fields.find((f) => f.name === check.column)?.type ?? 'string';
  const kind = value === null ? null : identifyingKindOfValue(value, type);
  const where = { file: s.file, line: await recordLine(s, rowid, exact), column: check.column };
  const looks = kind ? `; it looks like identifying data (${kind})` : '';
  if (check.allowed && value !== null) {
    return new StatsInputError(
      where,
      `${check.problem}: ${describeValue(value)}; allowed: ${describeAllowed(check.allowed)}${looks}`,
      kind ? `${check.fix}; ${FIXES.identifying}` : check.fix,
    );
  }
  if (kind && !check.problem.includes('identifying')) {
    return new StatsInputError(
      where,
      `the value looks like identifying data (${kind})`,
      FIXES.identifying,
    );
  }
  return new StatsInputError(where, check.problem, check.fix);
}

async function firstDuplicateKey(s: RecordsState, exact: boolean): Promise<StatsInputError | null> {
  const keyCols = s.resource.schema.primaryKey;
  const [dup] = await rows(
    s.conn,
    `SELECT min(rowid) AS first, max(rowid) AS last FROM ${s.names.table} GROUP BY ${keyCols.map(quoteIdent).join(', ')} HAVING count(*) > 1 ORDER BY first LIMIT 1`,
  );
  if (!dup) return null;
  const lines = exact
    ? (await physicalLines(s.abs, { records: [Number(dup['first']), Number(dup['last'])] })).records
    : new Map<number, number>();
  const lineOf = (rowid: unknown): number => lines.get(Number(rowid)) ?? Number(rowid) + 2;
  return new StatsInputError(
    { file: s.file, line: lineOf(dup['last']), column: keyCols.join('+') },
    `duplicate key: the same ${keyCols.join(' + ')} as line ${lineOf(dup['first'])}`,
    FIXES.duplicate,
  );
}

// ---------------------------------------------------------------------------
// Stages: statistics over the coarsened view, then disclosure control.

/** Every declared value the dataset's category columns may hold: the labels a table may show. */
function declaredLabels(s: RecordsState): Set<string> {
  const labels = new Set<string>();
  for (const f of s.fields) {
    if (s.dropped.has(f.name)) continue;
    for (const v of f.constraints?.enum ?? []) labels.add(v);
    const derived = f.constraints?.['x-pp-enum'];
    if (derived) for (const v of s.vocabularies[derived] ?? []) labels.add(v);
  }
  return labels;
}

async function computeStatistics(s: RecordsState): Promise<void> {
  if (s.rowsRead === 0) {
    s.doc = await noRows(s);
    return;
  }
  await createView(s);
  const labels = declaredLabels(s);
  for (const stat of s.declared) {
    const result = await rows(s.conn, stat.text);
    guardGrain(stat, result);
    guardLabels(stat, result, labels, s.ext.grain);
    if (stat.kind === 'counts') {
      for (const table of countTables(stat, result)) s.raw.push({ stat, table });
      continue;
    }
    const m = medianMeasures(stat, result, s.threshold);
    s.measures.push(...m.measures);
    if (m.used < s.rowsRead) {
      s.leftOut.push({
        stat,
        rows: s.rowsRead - m.used,
        allPublished: m.measures.every((x) => x.rows.every((r) => r.status === 'published')),
      });
    }
  }
}

/** A received file with a header and no rows: shown as such, never as a count of 0. */
async function noRows(s: RecordsState): Promise<RecordsStatsFile> {
  return {
    ...s.doc,
    status: 'no-rows',
    provenance: {
      ...s.doc.provenance,
      inputs: [await input(s)],
      rowsRead: null,
      rowsUsed: null,
      rowCounts: { status: 'no-rows', roundedTo: null },
    },
  };
}

async function input(s: RecordsState): Promise<RecordsStatsFile['provenance']['inputs'][number]> {
  return {
    path: s.file,
    sha256: await (s.hash ?? sha256File(s.abs)),
    bytes: statSync(s.abs).size,
  };
}

/**
 * Disclosure control over every table of the dataset at once (tables of one
 * technology share totals; all add up to the rows read), audited by linear
 * programming; then the provenance counts the audit allows. Rows a median
 * statistic leaves out are published only when nothing in the dataset is
 * withheld and the count is 0 or at least the threshold: their relation to
 * the tables is not published (requests without a closing date may be
 * exactly the open ones), so they could otherwise act as a margin.
 */
async function publishStatistics(s: RecordsState): Promise<void> {
  const p = await protectDataset({
    tables: s.raw.map((x) => x.table),
    rowsRead: s.rowsRead,
    threshold: s.threshold,
  });
  const tables: CountTable[] = s.raw.flatMap(({ stat, table }) => {
    const t = p.tables.get(table.id);
    return t ? [publishedTable(stat, table, t)] : [];
  });
  const nothingWithheld =
    tables.every((t) =>
      [...t.cells.flat(), ...(t.rowTotals ?? []), ...(t.colTotals ?? []), t.total].every(
        (c) => c.status === 'published',
      ),
    ) && p.audit.tablesWithheld === 0;
  const excluded = s.leftOut.map(({ stat, rows: n, allPublished }) => {
    const publish =
      p.rowCounts.status === 'exact' &&
      nothingWithheld &&
      allPublished &&
      (n >= s.threshold || n === 0) &&
      (s.rowsRead - n >= s.threshold || s.rowsRead === n);
    return {
      reason: `${stat.name}: rows without the values this statistic needs (${stat.note})${publish ? '' : '; the number is withheld because it could reveal a suppressed count'}`,
      rows: publish ? n : null,
      lines: [],
    };
  });
  s.doc = {
    ...s.doc,
    status: 'published',
    provenance: {
      ...s.doc.provenance,
      inputs: [await input(s)],
      rowsRead: p.rowCounts.value,
      rowsUsed: p.rowCounts.value,
      rowCounts: { status: p.rowCounts.status, roundedTo: p.rowCounts.roundedTo },
      excluded,
      cellsSuppressed: suppressedCells(tables, s.measures),
    },
    tables,
    measures: s.measures,
    audit: { solver: SOLVER, ...p.audit },
  };
}

/** The view the SQL files read: identifying columns dropped, time coarsened, types cast. */
async function createView(s: RecordsState): Promise<void> {
  const proj = s.fields
    .filter((f) => !s.dropped.has(f.name))
    .map((f) => {
      const c = quoteIdent(f.name);
      if (f.type === 'date') return `CAST(${c} AS DATE) AS ${c}`;
      if (f.type === 'integer') return `CAST(${c} AS BIGINT) AS ${c}`;
      if (f.type === 'number') return `CAST(${c} AS DOUBLE) AS ${c}`;
      if (!f.constraints?.required) return `coalesce(${c}, 'not recorded') AS ${c}`;
      return c;
    });
  await s.conn.run(
    `CREATE OR REPLACE VIEW ${s.names.view} AS SELECT ${periodSql(s.ext.timeField, s.ext.grain)} AS period, ${proj.join(', ')} FROM ${s.names.table}`,
  );
}
