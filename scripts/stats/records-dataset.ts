/**
 * Record-level datasets: loaded, validated and aggregated in DuckDB. A
 * pipeline of named stages over one state object; each stage either adds to
 * the state or throws a StatsInputError naming file, line and column.
 *
 *   identifying columns by value  header, then identifying columns by name and by sampled values
 *   load CSV                      the file into a table (hashed meanwhile)
 *   validate values and keys      rejected rows, value checks, duplicate keys
 *   statistics and suppression    the SQL files over the coarsened view, disclosure control
 *
 * A declared dataset whose file has not been received yields a `no-records`
 * document; the stages run only when the file exists.
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
import { StatsInputError } from './errors.ts';
import { findIdentifyingColumns, type IdentifyingFinding } from './identifying.ts';
import type { SqlStatistic } from './sql-header.ts';
import { countTables, guardGrain, medianMeasures, suppressedCells } from './results.ts';
import { periodSql, quoteIdent } from './time.ts';
import { FIXES, checkHeader } from './validate.ts';
import { valueChecks, type ValueCheck } from './value-checks.ts';

/** A record-level dataset to build. */
export interface RecordsDatasetOptions extends DatasetInput {
  ext: RecordsExt;
  conn: DuckDBConnection;
  /** Policy slugs and declared extra technologies. */
  technologies: ReadonlySet<string>;
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
  /** The document; the last stage publishes it. */
  doc: RecordsStatsFile;
}

interface Stage {
  name: string;
  run: (s: RecordsState) => Promise<void>;
}

/** How many rows, in file order, are checked for identifying values. */
const SAMPLE_ROWS = 1000;

const STAGES: readonly Stage[] = [
  { name: 'identifying columns by value', run: refuseIdentifyingColumns },
  { name: 'load CSV', run: loadTable },
  { name: 'validate values and keys', run: refuseBadRows },
  { name: 'statistics and suppression', run: publishStatistics },
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
    doc,
  };
  for (const stage of STAGES) {
    const start = performance.now();
    await stage.run(state);
    o.onStage?.(`${o.resource.name}: ${stage.name}`, performance.now() - start);
  }
  return state.doc;
}

/** The statistics the dataset lists, each with a SQL file that reads this dataset. */
function declaredStatistics(o: RecordsDatasetOptions): SqlStatistic[] {
  return o.ext.statistics.map((name) => {
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
// Stage: identifying columns, by name before loading a single row, then by value.

async function refuseIdentifyingColumns(s: RecordsState): Promise<void> {
  checkHeader(s.file, readHeader(s.abs, s.file), s.fields);
  refuseIdentifying(s, () => []);
  const sample = await rows(
    s.conn,
    `SELECT * FROM ${readCsvSql(s, ', ignore_errors = true')} LIMIT ${SAMPLE_ROWS}`,
  );
  refuseIdentifying(s, (name) => sample.map((r) => cellText(r[name])));
}

/** Throws at the first identifying column not declared dropped, given each column's values. */
function refuseIdentifying(s: RecordsState, values: (column: string) => string[]): void {
  const [found] = findIdentifyingColumns(
    s.fields.map((f) => ({
      name: f.name,
      type: f.type,
      enumerated: Boolean(f.constraints?.enum ?? f.constraints?.['x-pp-enum']),
      values: values(f.name),
    })),
    s.dropped,
  );
  if (found) throw identifyingError(s.file, found);
}

function identifyingError(file: string, f: IdentifyingFinding): StatsInputError {
  return new StatsInputError(
    { file, ...(f.line === undefined ? {} : { line: f.line }), column: f.column },
    f.by === 'name'
      ? `the column name suggests identifying data (${f.kind})`
      : `the values look like identifying data (${f.kind})`,
    `remove the column from the export, or declare it in x-pp.dropBeforeAggregation of the descriptor so it is dropped before aggregation`,
  );
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
 * exactly.
 */
async function refuseBadRows(s: RecordsState): Promise<void> {
  const problem = await firstProblem(s);
  if (problem) {
    await load(s, true);
    throw (await firstProblem(s)) ?? problem;
  }
}

/** The first problem in the loaded table; its line is exact only when loaded in file order. */
async function firstProblem(s: RecordsState): Promise<StatsInputError | null> {
  return (await firstRejectedRow(s)) ?? (await firstBadValue(s)) ?? (await firstDuplicateKey(s));
}

/** A data row's 1-based file line (the header is line 1). */
const lineOf = (rowid: unknown): number => Number(rowid) + 2;

async function firstRejectedRow(s: RecordsState): Promise<StatsInputError | null> {
  const [reject] = await rows(
    s.conn,
    `SELECT line, column_name, error_type FROM ${s.names.rejects} ORDER BY line LIMIT 1`,
  );
  if (!reject) return null;
  return new StatsInputError(
    {
      file: s.file,
      line: Number(reject['line']),
      ...(reject['column_name'] ? { column: cellText(reject['column_name']) } : {}),
    },
    `the row cannot be read (${cellText(reject['error_type']).toLowerCase().replaceAll('_', ' ')})`,
    FIXES.malformed,
  );
}

/** Every value check in one scan: the first bad row of each, then the earliest of them. */
async function firstBadValue(s: RecordsState): Promise<StatsInputError | null> {
  const checks = valueChecks(s.fields, s.technologies);
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
  return new StatsInputError(
    { file: s.file, line: lineOf(rowid), column: check.column },
    check.problem,
    check.fix,
  );
}

async function firstDuplicateKey(s: RecordsState): Promise<StatsInputError | null> {
  const keyCols = s.resource.schema.primaryKey;
  const [dup] = await rows(
    s.conn,
    `SELECT min(rowid) AS first, max(rowid) AS last FROM ${s.names.table} GROUP BY ${keyCols.map(quoteIdent).join(', ')} HAVING count(*) > 1 ORDER BY first LIMIT 1`,
  );
  if (!dup) return null;
  return new StatsInputError(
    { file: s.file, line: lineOf(dup['last']), column: keyCols.join('+') },
    `duplicate key: the same ${keyCols.join(' + ')} as line ${lineOf(dup['first'])}`,
    FIXES.duplicate,
  );
}

// ---------------------------------------------------------------------------
// Stage: statistics over the coarsened view, with disclosure control.

async function publishStatistics(s: RecordsState): Promise<void> {
  await createView(s);
  const [count] = await rows(s.conn, `SELECT count(*) AS n FROM ${s.names.table}`);
  const rowsRead = Number(count?.['n'] ?? 0);
  const tables: CountTable[] = [];
  const measures: Measure[] = [];
  const excluded: RecordsStatsFile['provenance']['excluded'] = [];
  for (const stat of s.declared) {
    const result = await rows(s.conn, stat.text);
    guardGrain(stat, result);
    if (stat.kind === 'counts') {
      tables.push(...countTables(stat, result, s.threshold));
      continue;
    }
    const m = medianMeasures(stat, result, s.threshold);
    measures.push(...m.measures);
    if (m.used < rowsRead) {
      excluded.push({
        reason: `${stat.name}: rows without the values this statistic needs (${stat.note})`,
        rows: rowsRead - m.used,
        lines: [],
      });
    }
  }
  s.doc = {
    ...s.doc,
    status: 'published',
    provenance: {
      ...s.doc.provenance,
      inputs: [
        { path: s.file, sha256: await (s.hash ?? sha256File(s.abs)), bytes: statSync(s.abs).size },
      ],
      rowsRead,
      rowsUsed: rowsRead,
      excluded,
      cellsSuppressed: suppressedCells(tables, measures),
    },
    tables,
    measures,
  };
  await s.conn.run(`DROP VIEW ${s.names.view}`);
  await s.conn.run(`DROP TABLE ${s.names.table}`);
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
