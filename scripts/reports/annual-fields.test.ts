/**
 * Figures the NYPD publishes later slot into the reports with no new code:
 * a file at the declared path of the annual-report dataset passes
 * `npm run aggregate` (the engine's checks for record-level data) and shows
 * in the reporting gap as reported, with its value and source.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregate } from '../stats/engine.ts';
import { StatsInputError } from '../stats/errors.ts';
import { ANNUAL_REPORT_COLUMNS } from '../../src/schemas/annual-report.ts';
import { parseAnnualReportCsv } from '../../src/lib/reports/rows.ts';
import { reportingGap } from '../../src/lib/reports/gap.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'pp-annual-fields-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SRC = 'NYPD annual surveillance report 2025,https://www.nyc.gov/site/nypd/report-2025.pdf';
const CSV = [
  ANNUAL_REPORT_COLUMNS.join(','),
  `facial-recognition,2025-01-01,2025-12-31,use,reported,9850,requests,,,2026-03-01,${SRC}`,
  `facial-recognition,2025-01-01,2025-12-31,breaches,reported-as-zero,0,incidents,,,2026-03-01,${SRC}`,
  `facial-recognition,2025-01-01,2025-12-31,data-sharing,withheld,,,,Public Officers Law § 87(2)(e),2026-03-01,${SRC}`,
  `thermographic-cameras,2025-01-01,2025-12-31,products,reported,,,"Handheld cameras; one robot (pilot ended)",,2026-03-01,${SRC}`,
].join('\n');

/** A copy of the real data package with the annual-report file in place. */
function withFile(text: string): string {
  const d = mkdtempSync(path.join(dir, 'root-'));
  cpSync(path.join(ROOT, 'data/stats'), path.join(d, 'data/stats'), { recursive: true });
  mkdirSync(path.join(d, 'data/stats/records'), { recursive: true });
  writeFileSync(path.join(d, 'data/stats/records/annual-report-fields.csv'), `${text}\n`);
  return d;
}

const run = (root: string) =>
  aggregate({
    root,
    descriptor: 'data/stats/datapackage.json',
    policiesDir: path.join(ROOT, 'content/policies'),
    sqlDir: path.join(ROOT, 'scripts/stats/sql'),
    threads: 1,
  });

describe('annual report fields published by the NYPD', () => {
  it('pass the aggregation as a declared record-level dataset', async () => {
    const docs = await run(withFile(CSV));
    const doc = docs.get('annual-report-fields.json');
    expect(doc?.status).toBe('published');
    expect(doc?.provenance.rowsUsed).toBe(4);
    const fr = doc?.tables.find((t) => t.technology === 'facial-recognition');
    expect(fr?.rows).toEqual(['2025']);
    expect(fr?.total.value).toBe(3);
  }, 60_000);

  it('are refused by the aggregation with file, line and column when a value is out of its list', async () => {
    const bad = CSV.replace(',use,reported,', ',usage,reported,');
    const error = await run(withFile(bad)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatsInputError);
    expect((error as Error).message).toMatch(
      /^data\/stats\/records\/annual-report-fields\.csv:2, column "field": the value is not in the column's closed vocabulary/,
    );
  }, 60_000);

  it('show in the reporting gap as reported, with value, period and source', () => {
    const rows = parseAnnualReportCsv(
      CSV,
      'data/stats/records/annual-report-fields.csv',
      new Set(['facial-recognition', 'thermographic-cameras']),
    );
    const policy = {
      slug: 'facial-recognition',
      technology: 'Facial Recognition',
      status: 'final',
      addenda: [],
      changes: 7,
      sections: [],
    };
    const gap = reportingGap(policy, rows, { figures: 0, oigReports: 0, equitySubstantive: null });
    const by = (id: string) => gap.find((g) => g.field.id === id)!;
    expect([by('use').status, by('use').value, by('use').row?.source_url]).toEqual([
      'reported',
      '9,850 requests',
      'https://www.nyc.gov/site/nypd/report-2025.pdf',
    ]);
    expect([by('breaches').statusLabel, by('breaches').value]).toEqual([
      'reported as zero',
      '0 incidents',
    ]);
    expect(by('data-sharing').status).toBe('withheld');
    expect(by('cost').status).toBe('not-reported');
  });
});
