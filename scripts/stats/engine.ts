/**
 * The aggregation engine behind `npm run aggregate`: reads the data package,
 * validates every file against its descriptor, aggregates record-level data
 * with DuckDB (one SQL file per statistic), applies disclosure control and
 * returns the content/stats/*.json documents. File system and DuckDB live
 * here; the rules (validation, identifying columns, suppression, time grain,
 * published figures) are the pure functions of src/lib/stats/.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
  DataPackageSchema,
  GENERATED_MARK,
  type CountTable,
  type DataPackage,
  type Resource,
  type StatsFile,
} from '../../src/schemas/stats.ts';
import { StatsInputError } from './errors.ts';
import { findIdentifyingColumns } from './identifying.ts';
import { buildFigures, buildView } from '../../src/lib/stats/published.ts';
import { suppressTable } from './suppress.ts';
import { FIXES, checkHeader, validateRows, type LinedRow } from './validate.ts';
import { periodSql, quoteIdent } from './time.ts';
import { parseSqlHeader, type SqlStatistic } from './sql-header.ts';

/** Where the engine reads from. Paths are resolved against `root`. */
export interface EngineOptions {
  /** Repository root; reported paths are relative to it. */
  root: string;
  /** The descriptor, e.g. data/stats/datapackage.json. */
  descriptor: string;
  /** Folder of policy entries whose file names are the technology slugs. */
  policiesDir: string;
  /** Folder of the statistics' SQL files. */
  sqlDir: string;
  /** DuckDB threads (default 2). */
  threads?: number;
  /** Called after each stage of a record-level dataset with its duration (benchmarks). */
  onStage?: (stage: string, ms: number) => void;
}

/** The generated documents, keyed by file name (`<dataset>.json`). */
export type EngineOutput = Map<string, StatsFile>;

const SAMPLE_ROWS = 1000;

/** Runs the whole aggregation; throws StatsInputError on bad input. */
export async function aggregate(opts: EngineOptions): Promise<EngineOutput> {
  const descriptorPath = path.resolve(opts.root, opts.descriptor);
  const rel = (p: string): string => path.relative(opts.root, p).split(path.sep).join('/');
  const descriptorBytes = readRequired(descriptorPath, rel(descriptorPath));
  const pkg = parseDescriptor(descriptorBytes.toString('utf8'), rel(descriptorPath));
  const baseDir = path.dirname(descriptorPath);
  const technologies = new Set([
    ...policySlugs(path.resolve(opts.root, opts.policiesDir)),
    ...pkg['x-pp'].technologies.extra,
  ]);
  const statistics = loadStatistics(path.resolve(opts.root, opts.sqlDir), rel);
  const descriptorRef = { path: rel(descriptorPath), sha256: sha256(descriptorBytes) };

  const out: EngineOutput = new Map();
  const instance = await DuckDBInstance.create(':memory:', {
    threads: String(opts.threads ?? 2),
  });
  const conn = await instance.connect();
  try {
    for (const resource of pkg.resources) {
      const file = path.resolve(baseDir, resource.path);
      const doc =
        resource['x-pp'].kind === 'published'
          ? publishedDataset(resource, file, rel(file), technologies, descriptorRef)
          : await recordsDataset(
              conn,
              pkg,
              resource,
              file,
              rel(file),
              technologies,
              statistics,
              descriptorRef,
              opts.onStage,
            );
      out.set(`${resource.name}.json`, doc);
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  return out;
}

function parseDescriptor(text: string, file: string): DataPackage {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new StatsInputError(
      { file },
      `the descriptor is not valid JSON (${(e as Error).message})`,
      'correct the JSON syntax',
    );
  }
  const parsed = DataPackageSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StatsInputError(
      { file, column: issue.path.join('.') },
      `the descriptor does not match the data package schema: ${issue.message}`,
      'see src/schemas/stats.ts (DataPackageSchema) for the expected fields',
    );
  }
  const names = new Set<string>();
  for (const r of parsed.data.resources) {
    if (names.has(r.name)) {
      throw new StatsInputError(
        { file, column: `resources.${r.name}` },
        'two resources share a name',
        'give every resource its own name',
      );
    }
    names.add(r.name);
    const fieldNames = r.schema.fields.map((f) => f.name);
    for (const k of r.schema.primaryKey) {
      if (!fieldNames.includes(k)) {
        throw new StatsInputError(
          { file, column: `${r.name}.primaryKey` },
          `primary key column "${k}" is not a field`,
          'list only declared fields in primaryKey',
        );
      }
    }
    for (const f of r.schema.fields) {
      const other = f.constraints?.['x-pp-notBefore'];
      if (other !== undefined && r.schema.fields.find((x) => x.name === other)?.type !== 'date') {
        throw new StatsInputError(
          { file, column: `${r.name}.${f.name}.constraints` },
          `x-pp-notBefore names "${other}", which is not a date field`,
          'name a date field of the same resource',
        );
      }
    }
    const ext = r['x-pp'];
    if (ext.kind === 'records') {
      for (const d of [...ext.dropBeforeAggregation, ext.timeField, ...ext.dimensions]) {
        if (!fieldNames.includes(d)) {
          throw new StatsInputError(
            { file, column: `${r.name}.x-pp` },
            `column "${d}" is not a field`,
            'name only declared fields in x-pp',
          );
        }
      }
      const tf = r.schema.fields.find((f) => f.name === ext.timeField);
      if (tf?.type !== 'date') {
        throw new StatsInputError(
          { file, column: `${r.name}.x-pp.timeField` },
          `time field "${ext.timeField}" is not of type date`,
          'declare the time field with "type": "date"',
        );
      }
    }
  }
  return parsed.data;
}

function policySlugs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

function loadStatistics(dir: string, rel: (p: string) => string): Map<string, SqlStatistic> {
  const stats = new Map<string, SqlStatistic>();
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.sql'))
    .sort()) {
    const file = path.join(dir, f);
    const text = readFileSync(file, 'utf8');
    stats.set(f.slice(0, -4), parseSqlHeader(f.slice(0, -4), rel(file), text));
  }
  return stats;
}

function readRequired(abs: string, file: string): Buffer {
  if (!existsSync(abs))
    throw new StatsInputError(
      { file },
      'the file does not exist',
      'restore the file or correct its path in the descriptor',
    );
  return readFileSync(abs);
}

async function sha256File(abs: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(abs)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function baseDoc(
  resource: Resource,
  file: string,
  descriptor: { path: string; sha256: string },
): StatsFile {
  const ext = resource['x-pp'];
  return {
    generated: GENERATED_MARK,
    dataset: resource.name,
    title: resource.title,
    description: resource.description,
    kind: ext.kind,
    status: 'no-records',
    path: file,
    threshold: null,
    grain: ext.kind === 'records' ? ext.grain : null,
    scope: {
      technology: ext.kind === 'published' ? (ext.scope.technology ?? null) : null,
      agency: ext.kind === 'published' ? (ext.scope.agency ?? null) : null,
    },
    provenance: {
      inputs: [],
      descriptor,
      rowsRead: 0,
      rowsUsed: 0,
      excluded: [],
      cellsSuppressed: 0,
      repaired: [],
      droppedColumns: [],
    },
    figures: [],
    views: [],
    tables: [],
    measures: [],
  };
}

/** Published claims: small files, validated row by row in JS. */
function publishedDataset(
  resource: Resource,
  abs: string,
  file: string,
  technologies: Set<string>,
  descriptor: { path: string; sha256: string },
): StatsFile {
  const ext = resource['x-pp'];
  if (ext.kind !== 'published') throw new Error('unreachable');
  const bytes = readRequired(abs, file);
  const records = parseCsv(bytes.toString('utf8'), file);
  const [header, ...parsedRows] = records;
  if (!header) throw new StatsInputError({ file, line: 1 }, 'the file is empty', FIXES.header);
  checkHeader(file, header.values, resource.schema.fields);
  const rows = applyRepairs(file, parsedRows, ext.repairs, header.values.length);
  if (ext.scope.technology && !technologies.has(ext.scope.technology)) {
    throw new StatsInputError(
      { file, column: 'x-pp.scope.technology' },
      `unknown technology "${ext.scope.technology}"`,
      FIXES.technology,
    );
  }
  validateRows(file, rows, resource.schema.fields, resource.schema.primaryKey, technologies);
  const figures = buildFigures(resource, header.values, rows);
  for (const a of ext.annotations) {
    if (
      !figures.some(
        (f) => f.metric === a.metric && (a.period === undefined || a.period === f.period),
      )
    ) {
      throw new StatsInputError(
        { file, column: `x-pp.annotations` },
        `annotation for metric "${a.metric}" matches no row`,
        'correct the metric (and period) to match a row exactly',
      );
    }
  }
  const views = ext.views.map((v) => {
    for (const m of v.metrics) {
      if (!figures.some((f) => f.metric === m)) {
        throw new StatsInputError(
          { file, column: `x-pp.views.${v.name}` },
          `metric "${m}" matches no row`,
          'name metrics exactly as they appear in the file',
        );
      }
    }
    return buildView(v, figures);
  });
  const findings = figures.filter((f) => f.kind === 'finding');
  const doc = baseDoc(resource, file, descriptor);
  doc.status = 'published';
  doc.figures = figures;
  doc.views = views;
  doc.provenance.inputs = [{ path: file, sha256: sha256(bytes), bytes: bytes.length }];
  doc.provenance.rowsRead = rows.length;
  doc.provenance.rowsUsed = rows.length - findings.length;
  doc.provenance.repaired = ext.repairs.map((r) => ({ line: r.line, reason: r.reason }));
  const reasons = new Map<string, number[]>();
  for (const f of findings)
    reasons.set(f.reason ?? '', [...(reasons.get(f.reason ?? '') ?? []), f.line]);
  doc.provenance.excluded = [...reasons].map(([reason, lines]) => ({
    reason: `Not a figure (shown as a text finding): ${reason}`,
    rows: lines.length,
    lines,
  }));
  return doc;
}

function applyRepairs(
  file: string,
  rows: LinedRow[],
  repairs: { line: number; from: number; to: number; reason: string }[],
  width: number,
): LinedRow[] {
  return rows.map((row) => {
    const repair = repairs.find((r) => r.line === row.line);
    if (!repair) return row;
    const values = [
      ...row.values.slice(0, repair.from - 1),
      row.values.slice(repair.from - 1, repair.to).join(','),
      ...row.values.slice(repair.to),
    ];
    if (values.length !== width || repair.to > row.values.length) {
      throw new StatsInputError(
        { file, line: row.line },
        `the declared repair (join fields ${repair.from}-${repair.to}) does not give ${width} values`,
        'correct or remove the repair in x-pp.repairs of the descriptor',
      );
    }
    return { line: row.line, values };
  });
}

function parseCsv(text: string, file: string): LinedRow[] {
  try {
    const records = parse(text, {
      relax_column_count: true,
      relax_quotes: true,
      info: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return records.map((r) => ({ line: r.info.lines, values: r.record }));
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new StatsInputError(
      { file, ...(err.lines === undefined ? {} : { line: err.lines }) },
      `the CSV cannot be read (${err.message})`,
      FIXES.malformed,
    );
  }
}

/** Record-level data: loaded, validated and aggregated in DuckDB. */
async function recordsDataset(
  conn: DuckDBConnection,
  pkg: DataPackage,
  resource: Resource,
  abs: string,
  file: string,
  technologies: Set<string>,
  statistics: Map<string, SqlStatistic>,
  descriptor: { path: string; sha256: string },
  onStage?: (stage: string, ms: number) => void,
): Promise<StatsFile> {
  const ext = resource['x-pp'];
  if (ext.kind !== 'records') throw new Error('unreachable');
  let mark = performance.now();
  const stage = (name: string): void => {
    const now = performance.now();
    onStage?.(`${resource.name}: ${name}`, now - mark);
    mark = now;
  };
  const threshold = ext.threshold ?? pkg['x-pp'].defaultThreshold;
  const doc = baseDoc(resource, file, descriptor);
  doc.threshold = threshold;
  doc.provenance.droppedColumns = [...ext.dropBeforeAggregation];
  for (const name of ext.statistics) {
    const stat = statistics.get(name);
    if (!stat) {
      throw new StatsInputError(
        { file: descriptor.path, column: `${resource.name}.x-pp.statistics` },
        `no SQL file for statistic "${name}"`,
        `add scripts/stats/sql/${name}.sql or remove the name`,
      );
    }
    if (stat.dataset !== resource.name) {
      throw new StatsInputError(
        { file: stat.file, column: 'dataset' },
        `the SQL file declares dataset "${stat.dataset}" but is listed under "${resource.name}"`,
        'list the statistic under the dataset it reads',
      );
    }
  }
  if (!existsSync(abs)) return doc;

  const fields = resource.schema.fields;
  const header = readHeader(abs, file);
  checkHeader(file, header, fields);
  const dropped = new Set(ext.dropBeforeAggregation);
  const enumerated = (name: string): boolean => {
    const c = fields.find((f) => f.name === name)?.constraints;
    return Boolean(c?.enum ?? c?.['x-pp-enum']);
  };
  // Identifying columns by name: refuse before loading a single row.
  const byName = findIdentifyingColumns(
    fields.map((f) => ({ name: f.name, type: f.type, enumerated: enumerated(f.name), values: [] })),
    dropped,
  );
  if (byName[0]) throw identifyingError(file, byName[0]);

  const t = 'raw_' + resource.name.replaceAll('-', '_');
  const cols = fields.map((f) => `${quoteSql(f.name)}: 'VARCHAR'`).join(', ');
  const reader = (extra: string): string =>
    `read_csv(${quoteSql(abs)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${cols}}${extra})`;

  // Identifying columns by value: the first rows of the file, in file order.
  const sample = await rows(
    conn,
    `SELECT * FROM ${reader(', ignore_errors = true')} LIMIT ${SAMPLE_ROWS}`,
  );
  const byValue = findIdentifyingColumns(
    fields.map((f) => ({
      name: f.name,
      type: f.type,
      enumerated: enumerated(f.name),
      values: sample.map((r) =>
        r[f.name] === null || r[f.name] === undefined ? '' : String(r[f.name]),
      ),
    })),
    dropped,
  );
  if (byValue[0]) throw identifyingError(file, byValue[0]);
  stage('identifying columns by value');

  // Every value against its field, in one scan: the first bad row per check.
  const checks: { column: string; sql: string; problem: string; fix: string }[] = [];
  for (const f of fields) {
    const c = quoteIdent(f.name);
    const k = f.constraints ?? {};
    if (k.required)
      checks.push({
        column: f.name,
        sql: `${c} IS NULL`,
        problem: 'the value is empty',
        fix: FIXES.required,
      });
    if (f.type === 'integer')
      checks.push({
        column: f.name,
        sql: `${c} IS NOT NULL AND TRY_CAST(${c} AS BIGINT) IS NULL`,
        problem: 'expected a whole number',
        fix: FIXES.integer,
      });
    if (f.type === 'number')
      checks.push({
        column: f.name,
        sql: `${c} IS NOT NULL AND TRY_CAST(${c} AS DOUBLE) IS NULL`,
        problem: 'expected a number',
        fix: FIXES.number,
      });
    if (f.type === 'date')
      checks.push({
        column: f.name,
        sql: `${c} IS NOT NULL AND (length(${c}) <> 10 OR TRY_CAST(${c} AS DATE) IS NULL)`,
        problem: 'expected a date as YYYY-MM-DD',
        fix: FIXES.date,
      });
    if (k.minimum !== undefined)
      checks.push({
        column: f.name,
        sql: `TRY_CAST(${c} AS DOUBLE) < ${Number(k.minimum)}`,
        problem: `the value is below ${k.minimum} (a negative count)`,
        fix: FIXES.negative,
      });
    if (k.enum)
      checks.push({
        column: f.name,
        sql: `${c} IS NOT NULL AND ${c} NOT IN (${k.enum.map(quoteSql).join(', ')})`,
        problem: `the value is not one of ${k.enum.map((e) => `"${e}"`).join(', ')}`,
        fix: FIXES.enum,
      });
    if (k['x-pp-enum'] === 'technologies') {
      const list = [...technologies].map(quoteSql).join(', ');
      checks.push({
        column: f.name,
        sql: `${c} IS NOT NULL AND ${list ? `${c} NOT IN (${list})` : 'true'}`,
        problem: 'unknown technology',
        fix: FIXES.technology,
      });
    }
    if (k['x-pp-notBefore']) {
      const other = quoteIdent(k['x-pp-notBefore']);
      checks.push({
        column: f.name,
        sql: `TRY_CAST(${c} AS DATE) < TRY_CAST(${other} AS DATE)`,
        problem: `the date is earlier than "${k['x-pp-notBefore']}" of the same row`,
        fix: FIXES.order,
      });
    }
    if (k.pattern)
      checks.push({
        column: f.name,
        sql: `${c} IS NOT NULL AND NOT regexp_full_match(${c}, ${quoteSql(k.pattern)})`,
        problem: `the value does not match ${k.pattern}`,
        fix: FIXES.pattern,
      });
  }
  const lineOf = (rowid: unknown): number => Number(rowid) + 2;
  const load = async (ordered: boolean): Promise<void> => {
    await conn.run(`SET preserve_insertion_order = ${ordered}`);
    for (const x of [t, `rej_${t}`, `scan_${t}`]) await conn.run(`DROP TABLE IF EXISTS ${x}`);
    await conn.run(
      `CREATE TABLE ${t} AS SELECT * FROM ${reader(`, store_rejects = true, rejects_table = 'rej_${t}', rejects_scan = 'scan_${t}'`)}`,
    );
    await conn.run('SET preserve_insertion_order = true');
  };
  /** The first problem in the loaded table; its line is exact only when loaded in file order. */
  const firstProblem = async (): Promise<StatsInputError | null> => {
    const [reject] = await rows(
      conn,
      `SELECT line, column_name, error_type FROM rej_${t} ORDER BY line LIMIT 1`,
    );
    if (reject) {
      return new StatsInputError(
        {
          file,
          line: Number(reject['line']),
          ...(reject['column_name'] ? { column: String(reject['column_name']) } : {}),
        },
        `the row cannot be read (${String(reject['error_type']).toLowerCase().replaceAll('_', ' ')})`,
        FIXES.malformed,
      );
    }
    if (checks.length > 0) {
      const select = checks
        .map((ch, i) => `min(rowid) FILTER (WHERE ${ch.sql}) AS c${i}`)
        .join(', ');
      const [first] = await rows(conn, `SELECT ${select} FROM ${t}`);
      let worst: { i: number; rowid: number } | null = null;
      checks.forEach((_, i) => {
        const v = first?.[`c${i}`];
        if (v !== null && v !== undefined && (worst === null || Number(v) < worst.rowid))
          worst = { i, rowid: Number(v) };
      });
      if (worst !== null) {
        const { i, rowid } = worst as { i: number; rowid: number };
        const ch = checks[i]!;
        return new StatsInputError(
          { file, line: lineOf(rowid), column: ch.column },
          ch.problem,
          ch.fix,
        );
      }
    }
    const key = resource.schema.primaryKey.map(quoteIdent).join(', ');
    const [dup] = await rows(
      conn,
      `SELECT min(rowid) AS first, max(rowid) AS last FROM ${t} GROUP BY ${key} HAVING count(*) > 1 ORDER BY first LIMIT 1`,
    );
    if (dup) {
      return new StatsInputError(
        { file, line: lineOf(dup['last']), column: resource.schema.primaryKey.join('+') },
        `duplicate key: the same ${resource.schema.primaryKey.join(' + ')} as line ${lineOf(dup['first'])}`,
        FIXES.duplicate,
      );
    }
    return null;
  };

  // Hash the file while DuckDB loads it (the hash runs on this thread, DuckDB on its own).
  const hashing = sha256File(abs);
  hashing.catch(() => {});
  // Load without keeping file order (faster); only when something is wrong,
  // load again in file order so the message names the first bad line exactly.
  await load(false);
  stage('load CSV');
  const problem = await firstProblem();
  if (problem) {
    await load(true);
    throw (await firstProblem()) ?? problem;
  }
  stage('validate values and keys');

  // The view the SQL files read: identifying columns dropped, time coarsened.
  const view = resource.name.replaceAll('-', '_');
  const keep = fields.filter((f) => !dropped.has(f.name));
  const period = periodSql(ext.timeField, ext.grain);
  const proj = keep.map((f) => {
    const c = quoteIdent(f.name);
    if (f.type === 'date') return `CAST(${c} AS DATE) AS ${c}`;
    if (f.type === 'integer') return `CAST(${c} AS BIGINT) AS ${c}`;
    if (f.type === 'number') return `CAST(${c} AS DOUBLE) AS ${c}`;
    if (!f.constraints?.required) return `coalesce(${c}, 'not recorded') AS ${c}`;
    return c;
  });
  await conn.run(
    `CREATE OR REPLACE VIEW ${view} AS SELECT ${period} AS period, ${proj.join(', ')} FROM ${t}`,
  );

  const [count] = await rows(conn, `SELECT count(*) AS n FROM ${t}`);
  const rowsRead = Number(count?.['n'] ?? 0);
  doc.status = 'published';
  doc.provenance.inputs = [{ path: file, sha256: await hashing, bytes: statSync(abs).size }];
  doc.provenance.rowsRead = rowsRead;
  doc.provenance.rowsUsed = rowsRead;

  for (const name of ext.statistics) {
    const stat = statistics.get(name)!;
    const result = await rows(conn, stat.text);
    guardGrain(stat, result);
    if (stat.kind === 'counts') {
      doc.tables.push(...countTables(stat, result, threshold));
    } else {
      const byTech = groupBy(result, (r) => String(r['technology']));
      let used = 0;
      for (const [technology, list] of byTech) {
        doc.measures.push({
          id: `${name}-${technology}`,
          title: stat.title,
          technology,
          rows: list.map((r) => {
            const n = Number(r['n']);
            used += n;
            const ok = n >= threshold;
            return {
              period: String(r['row_key']),
              median: ok ? Number(r['median_days']) : null,
              status: ok ? ('published' as const) : ('suppressed' as const),
            };
          }),
          sql: { file: stat.file, text: stat.text },
        });
      }
      if (used < rowsRead) {
        doc.provenance.excluded.push({
          reason: `${name}: rows without the values this statistic needs (${stat.note})`,
          rows: rowsRead - used,
          lines: [],
        });
      }
    }
  }
  stage('statistics and suppression');
  doc.provenance.cellsSuppressed =
    doc.tables.reduce(
      (a, tb) =>
        a +
        tb.cells
          .flat()
          .concat(
            tb.rowTotals ?? [],
            tb.colTotals ?? [],
            tb.rows.length > 1 && tb.cols.length > 1 ? [tb.total] : [],
          )
          .filter((c) => c.status === 'suppressed').length,
      0,
    ) +
    doc.measures.reduce((a, m) => a + m.rows.filter((r) => r.status === 'suppressed').length, 0);
  await conn.run(`DROP VIEW ${view}`);
  await conn.run(`DROP TABLE ${t}`);
  return doc;
}

function countTables(
  stat: SqlStatistic,
  result: Record<string, unknown>[],
  threshold: number,
): CountTable[] {
  const byTech = groupBy(result, (r) => String(r['technology']));
  const tables: CountTable[] = [];
  for (const [technology, list] of byTech) {
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
    const s = suppressTable({ rows: rowKeys, cols: colKeys, counts }, threshold);
    tables.push({
      id: `${stat.name}-${technology}`,
      statistic: stat.name,
      title: stat.title,
      technology,
      rowLabel: stat.rows,
      colLabel: stat.cols,
      rows: s.rows,
      cols: s.cols,
      cells: s.cells,
      rowTotals: s.rowTotals,
      colTotals: s.colTotals,
      total: s.total,
      sql: { file: stat.file, text: stat.text },
    });
  }
  return tables;
}

function guardGrain(stat: SqlStatistic, result: Record<string, unknown>[]): void {
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

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of list) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function rows(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

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
  }) as string[][];
  return header ?? [];
}

function identifyingError(
  file: string,
  f: { column: string; kind: string; by: 'name' | 'values'; line?: number },
): StatsInputError {
  return new StatsInputError(
    { file, ...(f.line === undefined ? {} : { line: f.line }), column: f.column },
    f.by === 'name'
      ? `the column name suggests identifying data (${f.kind})`
      : `the values look like identifying data (${f.kind})`,
    `remove the column from the export, or declare it in x-pp.dropBeforeAggregation of the descriptor so it is dropped before aggregation`,
  );
}

function quoteSql(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}
