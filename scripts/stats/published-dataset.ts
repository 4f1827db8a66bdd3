/**
 * Published-claims datasets: small CSV files quoted from secondary sources,
 * read with csv-parse, repaired as declared, validated row by row and turned
 * into figures, findings and charts (src/lib/stats/published.ts).
 */
import { parse } from 'csv-parse/sync';
import { buildFigures, buildView, type LinedRow } from '../../src/lib/stats/published.ts';
import type { Figure, PublishedExt, PublishedStatsFile, Repair } from '../../src/schemas/stats.ts';
import { docHead, emptyProvenance, readRequired, sha256, type DatasetInput } from './dataset.ts';
import { StatsInputError, describeValue } from './errors.ts';
import { FIXES, checkHeader, validateRows } from './validate.ts';

/** A published-claims dataset to build. */
export interface PublishedDatasetOptions extends DatasetInput {
  ext: PublishedExt;
  /** Policy slugs and declared extra technologies. */
  technologies: ReadonlySet<string>;
}

/** Reads, validates and publishes one published-claims file; throws StatsInputError on bad input. */
export function publishedDataset(o: PublishedDatasetOptions): PublishedStatsFile {
  const { resource, ext, file } = o;
  const bytes = readRequired(o.abs, file);
  const [header, ...parsedRows] = parseCsv(bytes.toString('utf8'), file);
  if (!header) throw new StatsInputError({ file, line: 1 }, 'the file is empty', FIXES.header);
  checkHeader(file, header.values, resource.schema.fields);
  const rows = applyRepairs(file, parsedRows, ext.repairs, header.values.length);
  if (ext.scope.technology && !o.technologies.has(ext.scope.technology)) {
    throw new StatsInputError(
      { file, column: 'x-pp.scope.technology' },
      `unknown technology "${ext.scope.technology}"`,
      FIXES.technology,
    );
  }
  validateRows(file, rows, resource.schema.fields, resource.schema.primaryKey, o.technologies);
  refuseFormulaCells(file, rows, header.values);
  const figures = buildFigures(resource, header.values, rows);
  checkAnnotations(file, ext, figures);
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
  return {
    ...docHead(resource),
    kind: 'published',
    status: 'published',
    path: file,
    threshold: null,
    grain: null,
    scope: { technology: ext.scope.technology ?? null, agency: ext.scope.agency ?? null },
    provenance: {
      ...emptyProvenance(o.descriptor),
      inputs: [{ path: file, sha256: sha256(bytes), bytes: bytes.length }],
      rowsRead: rows.length,
      rowsUsed: rows.length - findings.length,
      excluded: excludedFindings(findings),
      repaired: ext.repairs.map((r) => ({ line: r.line, reason: r.reason })),
    },
    figures,
    views,
    tables: [],
    measures: [],
  };
}

/**
 * The site serves a published-claims file exactly as received (/data/<name>.csv,
 * checked against its SHA-256), so it cannot escape a cell there: a cell that a
 * spreadsheet would read as a formula (starting with =, +, -, @, a tab or a
 * carriage return; OWASP's CSV injection guidance) is refused instead.
 */
function refuseFormulaCells(file: string, rows: LinedRow[], header: string[]): void {
  for (const row of rows) {
    row.values.forEach((v, i) => {
      if (/^[=+\-@\t\r]/.test(v)) {
        throw new StatsInputError(
          { file, line: row.line, column: header[i] ?? `field ${i + 1}` },
          `the value ${describeValue(v)} begins with a character that makes spreadsheets run it as a formula, and the site serves this file as received`,
          'start the text otherwise (e.g. drop the leading character or put a word before it)',
        );
      }
    });
  }
}

/** Every annotation must match a row by metric (and period, when given). */
function checkAnnotations(file: string, ext: PublishedExt, figures: Figure[]): void {
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
}

/** Text findings grouped by reason, with their lines. */
function excludedFindings(findings: Figure[]): PublishedStatsFile['provenance']['excluded'] {
  const reasons = new Map<string, number[]>();
  for (const f of findings)
    reasons.set(f.reason ?? '', [...(reasons.get(f.reason ?? '') ?? []), f.line]);
  return [...reasons].map(([reason, lines]) => ({
    reason: `Not a figure (shown as a text finding): ${reason}`,
    rows: lines.length,
    lines,
  }));
}

/** Joins again the fields a declared repair names; the file stays as received. */
function applyRepairs(
  file: string,
  rows: LinedRow[],
  repairs: Repair[],
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

/** Every record of a CSV text with its line; ragged rows are kept for validateRows to name. */
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
