/**
 * The value checks of a record-level file, as one table: each declared
 * constraint (and each column type) becomes a SQL condition that a bad value
 * meets, with the problem and fix to report at the first bad row. DuckDB runs
 * them all in one scan of the loaded table (see records-dataset.ts).
 */
import type { Field } from '../../src/schemas/stats.ts';
import { quoteSql } from './duckdb.ts';
import { COORDINATE_SQL_PATTERN } from './identifying.ts';
import { quoteIdent } from './time.ts';
import { FIXES } from './validate.ts';

/** One check of one column. */
export interface ValueCheck {
  column: string;
  /** SQL condition met by a row whose value is bad. */
  sql: string;
  problem: string;
  fix: string;
  /** For a closed vocabulary: the allowed values, listed in the message with the bad value. */
  allowed?: readonly string[];
}

/** What the checks need besides the fields: the derived vocabularies and the build date. */
export interface CheckContext {
  /** The values of each `x-pp-enum` vocabulary (technologies, external-entities-paragraphs). */
  vocabularies: Readonly<Record<string, readonly string[]>>;
  /** YYYY-MM-DD; no date may be later. */
  buildDate: string;
}

/**
 * A row of the table. `when` picks what the check needs from the field (its
 * constraint, or true); false or undefined means the check does not apply.
 * `sql` gets the quoted column name.
 */
interface CheckRule<T> {
  when: (f: Field, ctx: CheckContext) => T | false | undefined;
  sql: (c: string, arg: T) => string;
  problem: (arg: T) => string;
  fix: string | ((arg: T) => string);
  allowed?: (arg: T) => readonly string[];
}

type AnyRule = (f: Field, ctx: CheckContext) => ValueCheck | null;

function rule<T>(r: CheckRule<T>): AnyRule {
  return (f, ctx) => {
    const arg = r.when(f, ctx);
    if (arg === false || arg === undefined) return null;
    return {
      column: f.name,
      sql: r.sql(quoteIdent(f.name), arg),
      problem: r.problem(arg),
      fix: typeof r.fix === 'string' ? r.fix : r.fix(arg),
      ...(r.allowed ? { allowed: r.allowed(arg) } : {}),
    };
  };
}

/** The closed vocabulary an `x-pp-enum` field draws from, with its name. */
function derived(
  f: Field,
  ctx: CheckContext,
): { name: string; values: readonly string[] } | undefined {
  const name = f.constraints?.['x-pp-enum'];
  return name ? { name, values: ctx.vocabularies[name] ?? [] } : undefined;
}

const list = (values: readonly string[]): string => values.map(quoteSql).join(', ');

/** The checks, in the order they are tried for each field (on a tie, the earlier one is reported). */
const RULES: readonly AnyRule[] = [
  rule({
    when: (f) => f.constraints?.required,
    sql: (c) => `${c} IS NULL`,
    problem: () => 'the value is empty',
    fix: FIXES.required,
  }),
  rule({
    when: (f) => f.type === 'integer',
    sql: (c) => `${c} IS NOT NULL AND TRY_CAST(${c} AS BIGINT) IS NULL`,
    problem: () => 'expected a whole number',
    fix: FIXES.integer,
  }),
  rule({
    when: (f) => f.type === 'number',
    sql: (c) => `${c} IS NOT NULL AND TRY_CAST(${c} AS DOUBLE) IS NULL`,
    problem: () => 'expected a number',
    fix: FIXES.number,
  }),
  rule({
    when: (f) => f.type === 'date',
    sql: (c) => `${c} IS NOT NULL AND (length(${c}) <> 10 OR TRY_CAST(${c} AS DATE) IS NULL)`,
    problem: () => 'expected a date as YYYY-MM-DD',
    fix: FIXES.date,
  }),
  rule({
    when: (f, ctx) => f.type === 'date' && ctx.buildDate,
    // A string comparison: equivalent for valid YYYY-MM-DD values (a malformed
    // one is reported by the format check first) and cheaper than a cast.
    sql: (c, buildDate) => `${c} > ${quoteSql(buildDate)}`,
    problem: (buildDate) => `the date is later than the build date, ${buildDate}`,
    fix: FIXES.future,
  }),
  rule({
    when: (f) => f.type === 'number',
    sql: (c) => `regexp_full_match(${c}, ${quoteSql(COORDINATE_SQL_PATTERN)})`,
    problem: () => 'the value looks like identifying data (coordinates)',
    fix: FIXES.identifying,
  }),
  rule({
    when: (f) => f.constraints?.minimum,
    sql: (c, min) => `TRY_CAST(${c} AS DOUBLE) < ${Number(min)}`,
    problem: (min) => `the value is below ${min} (a negative count)`,
    fix: FIXES.negative,
  }),
  rule({
    when: (f) => f.constraints?.enum,
    sql: (c, values) => `${c} IS NOT NULL AND ${c} NOT IN (${list(values)})`,
    problem: () => "the value is not in the column's closed vocabulary",
    fix: FIXES.enum,
    allowed: (values) => values,
  }),
  rule({
    when: derived,
    sql: (c, v) =>
      `${c} IS NOT NULL AND ${v.values.length > 0 ? `${c} NOT IN (${list(v.values)})` : 'true'}`,
    problem: (v) =>
      v.name === 'technologies'
        ? 'unknown technology'
        : 'the value is not a paragraph id of the External Entities section of an imported policy',
    fix: (v) => (v.name === 'technologies' ? FIXES.technology : FIXES.paragraph),
    allowed: (v) => v.values,
  }),
  rule({
    when: (f) => f.constraints?.['x-pp-notBefore'] || undefined,
    sql: (c, other) => `TRY_CAST(${c} AS DATE) < TRY_CAST(${quoteIdent(other)} AS DATE)`,
    problem: (other) => `the date is earlier than "${other}" of the same row`,
    fix: FIXES.order,
  }),
  rule({
    when: (f) => f.constraints?.pattern || undefined,
    sql: (c, pattern) => `${c} IS NOT NULL AND NOT regexp_full_match(${c}, ${quoteSql(pattern)})`,
    problem: (pattern) => `the value does not match ${pattern}`,
    fix: FIXES.pattern,
  }),
];

/** Every check that applies to the fields, field by field in declared order. */
export function valueChecks(fields: readonly Field[], ctx: CheckContext): ValueCheck[] {
  return fields.flatMap((f) =>
    RULES.map((r) => r(f, ctx)).filter((c): c is ValueCheck => c !== null),
  );
}
