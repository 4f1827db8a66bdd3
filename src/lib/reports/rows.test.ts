import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_COLUMNS } from '../../schemas/annual-report.ts';
import { parseAnnualReportCsv } from './rows.ts';

const FILE = 'data/stats/records/annual-report-fields.csv';
const slugs = new Set(['facial-recognition', 'thermographic-cameras']);
const header = ANNUAL_REPORT_COLUMNS.join(',');
const src = 'NYPD annual report 2025,https://www.nyc.gov/x.pdf';
const csv = (...rows: string[]) => [header, ...rows].join('\n') + '\n';

describe('parseAnnualReportCsv', () => {
  it('reads reported, zero, withheld and not-reported fields', () => {
    const rows = parseAnnualReportCsv(
      csv(
        `facial-recognition,2025-01-01,2025-12-31,use,reported,9850,requests,,,2026-03-01,${src}`,
        `facial-recognition,2025-01-01,2025-12-31,breaches,reported-as-zero,0,incidents,,,2026-03-01,${src}`,
        `facial-recognition,2025-01-01,2025-12-31,data-sharing,withheld,,,,Public Officers Law § 87(2)(e),2026-03-01,${src}`,
        'facial-recognition,2025-01-01,2025-12-31,cost,not-reported,,,,,,,',
      ),
      FILE,
      slugs,
    );
    expect(rows.map((r) => [r.field, r.status, r.value])).toEqual([
      ['use', 'reported', 9850],
      ['breaches', 'reported-as-zero', 0],
      ['data-sharing', 'withheld', null],
      ['cost', 'not-reported', null],
    ]);
    expect(rows[2]?.withheld_under).toBe('Public Officers Law § 87(2)(e)');
    expect(rows[0]?.source_url).toBe('https://www.nyc.gov/x.pdf');
  });

  it('names file, line, column and fix for a bad row', () => {
    expect(() =>
      parseAnnualReportCsv(
        csv(
          `facial-recognition,2025-01-01,2025-12-31,use,reported,9850,requests,,,2026-03-01,${src}`,
          'facial-recognition,2025-01-01,2025-12-31,cost,not-reported,0,,,,,,',
        ),
        FILE,
        slugs,
      ),
    ).toThrow(`${FILE}:3: column value: a field not reported has no value`);
    expect(() =>
      parseAnnualReportCsv(
        csv('facial-recognition,2025-01-01,2025-12-31,use,reported,12,requests,,,,,'),
        FILE,
        slugs,
      ),
    ).toThrow(`${FILE}:2: column source_title`);
    expect(() =>
      parseAnnualReportCsv(
        csv(`facial-recognition,2025-01-01,2025-12-31,usage,reported,1,,,,2026-03-01,${src}`),
        FILE,
        slugs,
      ),
    ).toThrow(`${FILE}:2: column field`);
    expect(() =>
      parseAnnualReportCsv(
        csv(`drones,2025-01-01,2025-12-31,use,reported,1,,,,2026-03-01,${src}`),
        FILE,
        slugs,
      ),
    ).toThrow(`${FILE}:2: column technology: "drones" is not the slug of an imported policy`);
  });

  it('refuses a wrong header and a field given twice', () => {
    expect(() => parseAnnualReportCsv('technology,field\n', FILE, slugs)).toThrow(
      `${FILE}:1: the header is "technology,field"`,
    );
    const row = 'facial-recognition,2025-01-01,2025-12-31,cost,not-reported,,,,,,,';
    expect(() => parseAnnualReportCsv(csv(row, row), FILE, slugs)).toThrow(
      `${FILE}:3: the field cost of facial-recognition for the period ending 2025-12-31 is already on line 2`,
    );
  });
});
