/**
 * Reads `records/annual-report-fields.csv` (declared in the data package)
 * into validated rows for the reports. `npm run aggregate` validates the same
 * file first (types, enums, the technology, keys); this check adds the rules
 * between columns (`AnnualReportRowSchema`) and names file, line, column and
 * the fix of the first problem.
 */
import { parse } from 'csv-parse/sync';
import {
  ANNUAL_REPORT_COLUMNS,
  type AnnualReportRow,
  AnnualReportRowSchema,
} from '../../schemas/annual-report.ts';

/** Thrown for a bad row: the message names file, line, column and fix. */
export class AnnualReportRowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnnualReportRowError';
  }
}

/** Parses and validates the file's text; `slugs` are the policy slugs a row may name. */
export function parseAnnualReportCsv(
  text: string,
  file: string,
  slugs: ReadonlySet<string>,
): AnnualReportRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      relax_column_count: false,
      skip_empty_lines: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (e) {
    throw new AnnualReportRowError(
      `${file}: not valid CSV (${(e as Error).message}). Fix: save it as UTF-8 CSV with a header row and quoted fields`,
    );
  }
  const [head, ...body] = records;
  const header = head?.record ?? [];
  if (header.join(',') !== ANNUAL_REPORT_COLUMNS.join(','))
    throw new AnnualReportRowError(
      `${file}:1: the header is "${header.join(',')}". Fix: use exactly the columns ${ANNUAL_REPORT_COLUMNS.join(',')} in this order`,
    );
  const seen = new Map<string, number>();
  return body.map(({ record, info }) => {
    const line = info.lines;
    const obj = Object.fromEntries(ANNUAL_REPORT_COLUMNS.map((c, i) => [c, record[i] ?? '']));
    const parsed = AnnualReportRowSchema.safeParse(obj);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const column = String(issue.path[0] ?? '');
      throw new AnnualReportRowError(
        `${file}:${line}: column ${column || '(row)'}: ${issue.message} (value "${obj[column as keyof typeof obj] ?? ''}"). Fix the row, or mark the field not-reported`,
      );
    }
    const row = parsed.data;
    if (!slugs.has(row.technology))
      throw new AnnualReportRowError(
        `${file}:${line}: column technology: "${row.technology}" is not the slug of an imported policy (${[...slugs].sort().join(', ')}). Fix: use the policy's slug`,
      );
    const key = `${row.technology}/${row.period_end}/${row.field}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw new AnnualReportRowError(
        `${file}:${line}: the field ${row.field} of ${row.technology} for the period ending ${row.period_end} is already on line ${first}. Fix: keep one row per technology, period and field`,
      );
    seen.set(key, line);
    return row;
  });
}
