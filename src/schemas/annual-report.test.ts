import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ANNUAL_REPORT_COLUMNS,
  ANNUAL_REPORT_FIELDS,
  ANNUAL_REPORT_FIELD_IDS,
  AnnualReportRowSchema,
  REPORT_FIELD_STATUSES,
  fieldApplies,
} from './annual-report.ts';
import { DataPackageSchema } from './stats.ts';

const pkg = DataPackageSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/stats/datapackage.json', import.meta.url), 'utf8')),
);
const resource = pkg.resources.find((r) => r.name === 'annual-report-fields');

describe('the annual report fields', () => {
  it('are the reference list, numbered 0 to 15, each required somewhere', () => {
    expect(ANNUAL_REPORT_FIELDS.map((f) => f.n)).toEqual([...Array(16).keys()]);
    expect(new Set(ANNUAL_REPORT_FIELD_IDS).size).toBe(16);
    for (const f of ANNUAL_REPORT_FIELDS) expect(f.requiredBy.length).toBeGreaterThan(0);
  });

  it('apply to every technology except the facial recognition audit', () => {
    const fr = ANNUAL_REPORT_FIELDS.filter((f) => fieldApplies(f, 'Facial Recognition'));
    const tc = ANNUAL_REPORT_FIELDS.filter((f) => fieldApplies(f, 'Thermographic Cameras'));
    expect(fr).toHaveLength(16);
    expect(tc.map((f) => f.id)).not.toContain('facial-recognition-audit');
    expect(tc).toHaveLength(15);
  });
});

describe('the declared record-level dataset', () => {
  it('is in the data package with the schema’s columns, fields and statuses', () => {
    expect(resource?.path).toBe('records/annual-report-fields.csv');
    expect(resource?.['x-pp'].kind).toBe('records');
    expect(resource?.schema.fields.map((f) => f.name)).toEqual([...ANNUAL_REPORT_COLUMNS]);
    const field = (name: string) => resource?.schema.fields.find((f) => f.name === name);
    expect(field('field')?.constraints?.enum).toEqual([...ANNUAL_REPORT_FIELD_IDS]);
    expect(field('status')?.constraints?.enum).toEqual([...REPORT_FIELD_STATUSES]);
    expect(field('technology')?.constraints?.['x-pp-enum']).toBe('technologies');
  });
});

describe('AnnualReportRowSchema', () => {
  const base = {
    technology: 'facial-recognition',
    period_start: '2025-01-01',
    period_end: '2025-12-31',
    field: 'use',
    status: 'reported',
    value: '12',
    unit: 'requests',
    answer: '',
    withheld_under: '',
    published: '2026-03-01',
    source_title: 'NYPD report',
    source_url: 'https://www.nyc.gov/x.pdf',
  };
  const issues = (over: Record<string, string>) => {
    const r = AnnualReportRowSchema.safeParse({ ...base, ...over });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a reported field with its source, and a field not reported with nothing', () => {
    expect(issues({})).toEqual([]);
    expect(
      issues({
        status: 'not-reported',
        value: '',
        unit: '',
        published: '',
        source_title: '',
        source_url: '',
      }),
    ).toEqual([]);
  });

  it('refuses a number for a field not reported, a published field without source, a withheld field without its law', () => {
    expect(issues({ status: 'not-reported' })).toEqual([
      'value: a field not reported has no value',
    ]);
    expect(issues({ source_url: '' })).toEqual([
      "source_url: a field reported gives its source's address",
    ]);
    expect(issues({ status: 'withheld', value: '' })).toEqual([
      'withheld_under: a withheld field names the law it is withheld under',
    ]);
    expect(issues({ status: 'reported-as-zero', value: '3' })).toEqual([
      'value: a field reported as zero has the value 0 or none',
    ]);
    expect(issues({ period_end: '2024-12-31' })).toEqual([
      'period_end: the period ends before it starts',
    ]);
    expect(issues({ value: 'about 12' })[0]).toMatch(/^value: expected a number/);
  });
});
