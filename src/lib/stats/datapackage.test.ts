import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataPackageSchema, GENERATED_MARK, type RecordsStatsFile } from '../../schemas/stats.ts';
import { siteDataPackage } from './datapackage.ts';

const pkg = DataPackageSchema.parse(
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../../data/stats/datapackage.json'), 'utf8'),
  ),
);
const usage = (status: RecordsStatsFile['status']): RecordsStatsFile => ({
  generated: GENERATED_MARK,
  dataset: 'usage-log',
  title: 't',
  description: 'd',
  kind: 'records',
  status,
  path: 'p',
  threshold: 10,
  grain: 'month',
  scope: { technology: null, agency: null },
  provenance: {
    inputs: [],
    descriptor: { path: 'd', sha256: 'x' },
    rowsRead: null,
    rowsUsed: null,
    excluded: [],
    cellsSuppressed: 0,
    repaired: [],
    droppedColumns: [],
  },
  figures: [],
  views: [],
  tables: [],
  measures: [],
});
const statusOf = (doc: RecordsStatsFile): unknown =>
  (siteDataPackage(pkg, [doc])['resources'] as { name: string; 'x-pp-status': string }[]).find(
    (r) => r.name === 'usage-log-statistics',
  )?.['x-pp-status'];

describe('siteDataPackage', () => {
  it.each([
    ['no-records', 'no published records yet'],
    ['no-rows', 'received, no rows'],
    ['published', 'published'],
  ] as const)('gives a %s dataset the status %j', (status, text) => {
    expect(statusOf(usage(status))).toBe(text);
  });

  it('describes record-level schemas without the columns dropped before aggregation', () => {
    const r = (siteDataPackage(pkg, [])['resources'] as Record<string, unknown>[]).find(
      (x) => x['name'] === 'usage-log-statistics',
    ) as { 'x-pp-record-schema': { fields: { name: string }[] } };
    expect(r['x-pp-record-schema'].fields.map((f) => f.name)).not.toContain('record_id');
  });
});
