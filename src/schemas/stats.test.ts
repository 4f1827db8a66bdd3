import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataPackageSchema, GENERATED_MARK, StatsFileSchema } from './stats.ts';

const REAL = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../data/stats/datapackage.json'), 'utf8'),
) as {
  resources: {
    name: string;
    schema: { primaryKey: string[]; fields: { name: string; constraints?: object }[] };
    'x-pp': Record<string, unknown>;
  }[];
};

/** The first issue of the real descriptor after `edit`, as path, message and fix. */
function firstIssue(edit: (pkg: typeof REAL) => void) {
  const pkg = structuredClone(REAL);
  edit(pkg);
  const parsed = DataPackageSchema.safeParse(pkg);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return {
    path: issue.path.join('.'),
    message: issue.message,
    fix: (issue.code === 'custom' ? issue.params?.['fix'] : undefined) as unknown,
  };
}
const index = (name: string) => REAL.resources.findIndex((r) => r.name === name);
const resource = (pkg: typeof REAL, name: string) => pkg.resources[index(name)]!;

describe('DataPackageSchema cross-field rules', () => {
  it('accepts the real descriptor', () => {
    expect(firstIssue(() => {})).toBeNull();
  });

  it.each([
    [
      'a repeated resource name',
      (pkg: typeof REAL) => (resource(pkg, 'disclosures').name = 'usage-log'),
      `resources.${index('disclosures')}.name`,
      'two resources share a name',
      'give every resource its own name',
    ],
    [
      'a primary key that is not a field',
      (pkg: typeof REAL) => (resource(pkg, 'usage-log').schema.primaryKey = ['record_id', 'nope']),
      `resources.${index('usage-log')}.schema.primaryKey.1`,
      'primary key column "nope" is not a field',
      'list only declared fields in primaryKey',
    ],
    [
      'x-pp-notBefore naming a non-date field',
      (pkg: typeof REAL) =>
        (resource(pkg, 'foil-requests').schema.fields[3]!.constraints = {
          'x-pp-notBefore': 'outcome',
        }),
      `resources.${index('foil-requests')}.schema.fields.3.constraints.x-pp-notBefore`,
      'x-pp-notBefore names "outcome", which is not a date field',
      'name a date field of the same resource',
    ],
    [
      'a dimension that is not a field',
      (pkg: typeof REAL) => (resource(pkg, 'usage-log')['x-pp']['dimensions'] = ['date', 'zzz']),
      `resources.${index('usage-log')}.x-pp.dimensions.1`,
      'column "zzz" is not a field',
      'name only declared fields in x-pp',
    ],
    [
      'a record-level category column without a closed vocabulary',
      (pkg: typeof REAL) => delete resource(pkg, 'usage-log').schema.fields[3]!.constraints,
      `resources.${index('usage-log')}.schema.fields.3.constraints`,
      'column "purpose" of a record-level dataset has no closed vocabulary',
      'list its allowed values in "constraints": { "enum": [...] } (or "x-pp-enum"), or declare the column in x-pp.dropBeforeAggregation',
    ],
    [
      'an allowed value that is not a short printable label',
      (pkg: typeof REAL) =>
        (resource(pkg, 'usage-log').schema.fields[3]!.constraints = { enum: ['ok', 'tab\there'] }),
      `resources.${index('usage-log')}.schema.fields.3.constraints.enum.1`,
      'the allowed value "tab\\there" is not a short printable label',
      'give allowed values of 1 to 80 printable characters, without control characters or leading or trailing spaces',
    ],
    [
      'a time field that is not a date',
      (pkg: typeof REAL) => (resource(pkg, 'usage-log')['x-pp']['timeField'] = 'purpose'),
      `resources.${index('usage-log')}.x-pp.timeField`,
      'time field "purpose" is not of type date',
      'declare the time field with "type": "date"',
    ],
  ])('names the field path of %s', (_what, edit, path, message, fix) => {
    expect(firstIssue(edit)).toEqual({ path, message, fix });
  });
});

describe('StatsFileSchema', () => {
  const head = { generated: GENERATED_MARK, dataset: 'd', title: 't', description: 'x' };
  const provenance = {
    inputs: [],
    descriptor: { path: 'd', sha256: 'x' },
    rowsRead: 0,
    rowsUsed: 0,
    excluded: [],
    cellsSuppressed: 0,
    repaired: [],
    droppedColumns: [],
  };
  const records = {
    ...head,
    kind: 'records',
    status: 'no-records',
    path: 'p',
    threshold: 10,
    grain: 'month',
    scope: { technology: null, agency: null },
    provenance,
    figures: [],
    views: [],
    tables: [],
    measures: [],
  };

  it('accepts a record-level document and keeps the field order of the generated JSON', () => {
    const shuffled = Object.fromEntries(Object.entries(records).reverse());
    expect(Object.keys(StatsFileSchema.parse(shuffled))).toEqual(Object.keys(records));
  });

  it.each([
    ['a record-level document without a threshold', { ...records, threshold: null }],
    [
      'a record-level document with a technology scope',
      { ...records, scope: { technology: 'x', agency: null } },
    ],
    [
      'a published document with a grain',
      { ...records, kind: 'published', status: 'published', threshold: null },
    ],
    ['an unknown kind', { ...records, kind: 'other' }],
  ])('refuses %s', (_what, doc) => {
    expect(StatsFileSchema.safeParse(doc).success).toBe(false);
  });
});
