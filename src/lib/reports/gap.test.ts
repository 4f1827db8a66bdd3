import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_FIELDS, type AnnualReportRow } from '../../schemas/annual-report.ts';
import { latestPeriodEnd, reportingGap, rowsFor } from './gap.ts';
import { realData } from './__fixtures__/real-data.ts';

const data = realData();
const gapPolicy = (slug: string) => {
  const p = data.oversight.policies.find((x) => x.slug === slug)!;
  return { ...p, changes: p.changes ?? 0 };
};
const ctx = { figures: 0, oigReports: 1, equitySubstantive: true };
const row = (over: Partial<AnnualReportRow>): AnnualReportRow => ({
  technology: 'facial-recognition',
  period_start: '2025-01-01',
  period_end: '2025-12-31',
  field: 'use',
  status: 'reported',
  value: 9850,
  unit: 'requests',
  answer: null,
  withheld_under: null,
  published: '2026-03-01',
  source_title: 'NYPD annual report 2025',
  source_url: 'https://www.nyc.gov/x.pdf',
  ...over,
});

describe('reportingGap', () => {
  it('has every field; with no data each is not reported (never 0), except fields that do not apply', () => {
    const fr = reportingGap(gapPolicy('facial-recognition'), [], ctx);
    const tc = reportingGap(gapPolicy('thermographic-cameras'), [], ctx);
    expect(fr.map((g) => g.field.id)).toEqual(ANNUAL_REPORT_FIELDS.map((f) => f.id));
    expect(fr.every((g) => g.status === 'not-reported' && g.value === null)).toBe(true);
    expect(
      tc.filter((g) => g.status !== 'not-reported').map((g) => [g.field.id, g.status]),
    ).toEqual([['facial-recognition-audit', 'not-applicable']]);
  });

  it('says where related information exists, with anchors on the policy page', () => {
    const tc = reportingGap(gapPolicy('thermographic-cameras'), [], ctx);
    const by = (id: string) => tc.find((g) => g.field.id === id)!;
    expect(by('identification').detail).toMatch(
      /prints the date it was updated \(April 11, 2023\)/,
    );
    expect(by('identification').citations).toEqual(['addendum-1']);
    expect(by('data-sharing').citations).toEqual(['external-entities']);
    expect(by('policy-changes').citations).toEqual(['changes']);
    expect(by('oversight').detail).toMatch(/1 OIG-NYPD report \(not the NYPD’s\) concerns/);
    const fr = reportingGap(gapPolicy('facial-recognition'), [], { ...ctx, figures: 12 });
    expect(fr.find((g) => g.field.id === 'use')?.detail).toMatch(/12 figures are reported by news/);
    expect(fr.find((g) => g.field.id === 'identification')?.detail).toMatch(
      /prints no posted or updated date/,
    );
  });

  it('takes a field from the dataset when the NYPD publishes it, with its value and period', () => {
    const rows = [
      row({}),
      row({ field: 'breaches', status: 'reported-as-zero', value: 0, unit: 'incidents' }),
      row({
        field: 'data-sharing',
        status: 'withheld',
        value: null,
        unit: null,
        withheld_under: 'Public Officers Law § 87(2)(e)',
      }),
      row({ technology: 'thermographic-cameras', field: 'cost', value: 1000, unit: 'dollars' }),
    ];
    const fr = reportingGap(gapPolicy('facial-recognition'), rows, ctx);
    const by = (id: string) => fr.find((g) => g.field.id === id)!;
    expect([by('use').status, by('use').value]).toEqual(['reported', '9,850 requests']);
    expect([by('breaches').statusLabel, by('breaches').value]).toEqual([
      'reported as zero',
      '0 incidents',
    ]);
    expect(by('data-sharing').detail).toContain('Withheld under Public Officers Law § 87(2)(e).');
    expect(by('use').detail).toBe(
      'For January 1, 2025 to December 31, 2025, published March 1, 2026.',
    );
    expect(by('cost').status).toBe('not-reported');
    expect(latestPeriodEnd(rows, 'facial-recognition')).toBe('2025-12-31');
    expect(rowsFor(rows, 'thermographic-cameras')).toHaveLength(1);
    expect(latestPeriodEnd(rows, 'drones')).toBeNull();
  });
});
