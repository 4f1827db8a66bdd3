import type { LinedRow } from '../../src/lib/stats/published.ts';
import type { Field } from '../../src/schemas/stats.ts';
import { StatsInputError } from './errors.ts';
import { isIsoDate } from './time.ts';

/** The fix to suggest for each kind of problem. */
export const FIXES = {
  header:
    'make the header row list exactly the columns of the descriptor, in its order, or update the descriptor (data/stats/datapackage.json)',
  malformed: 'give the row exactly one value per header column (quote values that contain commas)',
  required: 'fill in the value; the descriptor marks this column as required',
  number: 'write a plain number without thousands separators or units, e.g. 1851',
  integer: 'write a whole number without separators, e.g. 12',
  date: 'write the date as YYYY-MM-DD (no time of day)',
  negative: 'counts cannot be negative; correct the value at the source',
  enum: 'use one of the allowed values, or add the value to the column\'s "enum" in the descriptor if it is a category (never a name, address, plate, identifier or free text)',
  future:
    'correct the date: no record can be dated after the build (the build date is today in UTC, or PP_BUILD_DATE when set)',
  identifying:
    'remove the value or the column from the export, or declare the column in x-pp.dropBeforeAggregation of the descriptor so it is dropped before aggregation',
  paragraph:
    "use the id of the External Entities paragraph (external-entities-p<n>) of the technology's imported policy under which the disclosure was made",
  technology:
    'use a policy slug (a file name in content/policies/ without .md) or add the technology to x-pp.technologies.extra in the descriptor',
  pattern: 'write the value in the form the descriptor declares',
  uri: 'give the full source address starting with http:// or https://',
  order: 'correct the dates so that the later event is not recorded before the earlier one',
  duplicate: 'remove the repeated row or correct its key so each key appears once',
} as const;

/** Checks a header row against the descriptor's fields (same names, same order). */
export function checkHeader(file: string, header: string[], fields: Field[]): void {
  const expected = fields.map((f) => f.name);
  const got = header.map((h) => h.trim());
  if (got.length === expected.length && got.every((h, i) => h === expected[i])) return;
  const missing = expected.filter((n) => !got.includes(n));
  const extra = got.filter((n) => !expected.includes(n));
  const detail = [
    missing.length ? `missing ${missing.map((m) => `"${m}"`).join(', ')}` : '',
    extra.length ? `not declared ${extra.map((m) => `"${m}"`).join(', ')}` : '',
    !missing.length && !extra.length ? 'columns are in a different order' : '',
  ]
    .filter(Boolean)
    .join('; ');
  throw new StatsInputError(
    { file, line: 1 },
    `the header does not match the descriptor (${detail}); expected ${expected.join(',')}`,
    FIXES.header,
  );
}

/**
 * Checks one value against its field: required, type, minimum, enum,
 * pattern, URI format and the technology list. Returns the problem and fix,
 * or null when the value is valid. Empty values pass unless required.
 */
export function checkValue(
  field: Field,
  value: string,
  technologies: ReadonlySet<string>,
): { problem: string; fix: string } | null {
  const c = field.constraints ?? {};
  if (value === '') {
    return c.required ? { problem: 'the value is empty', fix: FIXES.required } : null;
  }
  if (field.type === 'number' || field.type === 'integer') {
    const re = field.type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
    if (!re.test(value)) {
      return {
        problem: `expected ${field.type === 'integer' ? 'a whole number' : 'a number'}`,
        fix: FIXES[field.type],
      };
    }
    if (c.minimum !== undefined && Number(value) < c.minimum) {
      return { problem: `the value is below ${c.minimum} (a negative count)`, fix: FIXES.negative };
    }
  }
  if (field.type === 'date' && !isIsoDate(value)) {
    return { problem: 'expected a date as YYYY-MM-DD', fix: FIXES.date };
  }
  if (c.enum && !c.enum.includes(value)) {
    return {
      problem: `the value is not one of ${c.enum.map((e) => `"${e}"`).join(', ')}`,
      fix: FIXES.enum,
    };
  }
  if (c['x-pp-enum'] === 'technologies' && !technologies.has(value)) {
    return { problem: `unknown technology "${value}"`, fix: FIXES.technology };
  }
  if (c.pattern && !new RegExp(c.pattern).test(value)) {
    return { problem: `the value does not match ${c.pattern}`, fix: FIXES.pattern };
  }
  if (field.format === 'uri' && !/^https?:\/\/\S+$/.test(value)) {
    return { problem: 'expected a web address', fix: FIXES.uri };
  }
  return null;
}

/**
 * Validates parsed rows against the descriptor: field count, every value,
 * then primary-key uniqueness. Throws a StatsInputError at the first problem.
 */
export function validateRows(
  file: string,
  rows: LinedRow[],
  fields: Field[],
  primaryKey: string[],
  technologies: ReadonlySet<string>,
): void {
  const keyIdx = primaryKey.map((k) => fields.findIndex((f) => f.name === k));
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.values.length !== fields.length) {
      throw new StatsInputError(
        { file, line: row.line },
        `the row has ${row.values.length} values but the header has ${fields.length} columns`,
        FIXES.malformed,
      );
    }
    fields.forEach((field, i) => {
      const bad = checkValue(field, row.values[i] ?? '', technologies);
      if (bad)
        throw new StatsInputError(
          { file, line: row.line, column: field.name },
          bad.problem,
          bad.fix,
        );
    });
    const key = JSON.stringify(keyIdx.map((i) => row.values[i]));
    const first = seen.get(key);
    if (first !== undefined) {
      throw new StatsInputError(
        { file, line: row.line, column: primaryKey.join('+') },
        `duplicate key: the same ${primaryKey.join(' + ')} as line ${first}`,
        FIXES.duplicate,
      );
    }
    seen.set(key, row.line);
  }
}
