import { describe, expect, it } from 'vitest';
import { GENERATED_MARK, type RecordsStatsFile, type StatsFile } from '../../schemas/stats.ts';
import {
  addendaChart,
  allCharts,
  chartCsv,
  chartJson,
  publishedCharts,
  recordCharts,
  type PolicyFacts,
  worthDrawing,
} from './charts.ts';
import { coverage, coverageLine } from './coverage.ts';

const base: StatsFile = {
  generated: GENERATED_MARK,
  dataset: 'fr',
  title: 'FR',
  description: 'd',
  kind: 'published',
  status: 'published',
  path: 'data/stats/published/fr.csv',
  threshold: null,
  grain: null,
  scope: { technology: 'facial-recognition', agency: null },
  provenance: {
    inputs: [],
    descriptor: { path: 'd', sha256: 'x' },
    rowsRead: 2,
    rowsUsed: 2,
    excluded: [],
    cellsSuppressed: 0,
    repaired: [],
    droppedColumns: [],
  },
  figures: [
    {
      id: 'fr-2',
      line: 2,
      period: '2018',
      metric: 'requests',
      agency: null,
      technology: 'facial-recognition',
      value: 7024,
      unit: 'requests',
      qualifier: null,
      uncertain: false,
      quote: 'n',
      finding: null,
      source: { title: 'A report', kind: 'news', url: 'https://a.example/x', original: null },
      kind: 'figure',
      reason: null,
    },
  ],
  views: [
    {
      name: 'v',
      title: 'Requests',
      periods: ['2018', '2019'],
      metrics: ['requests'],
      points: [
        {
          period: '2018',
          metric: 'requests',
          value: 7024,
          unit: 'requests',
          qualifier: 'more than',
          uncertain: false,
          figureId: 'fr-2',
          source: { title: 'A report', kind: 'news', url: 'https://a.example/x', original: null },
        },
        {
          period: '2019',
          metric: 'requests',
          value: null,
          unit: null,
          qualifier: null,
          uncertain: false,
          figureId: null,
          source: null,
        },
      ],
    },
  ],
  tables: [],
  measures: [],
};

const records: RecordsStatsFile = {
  ...base,
  status: 'published',
  dataset: 'usage-log',
  kind: 'records',
  threshold: 10,
  grain: 'month',
  scope: { technology: null, agency: null },
  figures: [],
  views: [],
  tables: [
    {
      id: 'usage-by-period-facial-recognition',
      statistic: 'usage-by-period',
      title: 'Uses',
      technology: 'facial-recognition',
      rowLabel: 'Period',
      colLabel: 'Outcome',
      rows: ['2024-01'],
      cols: ['a', 'b'],
      cells: [
        [
          { value: null, status: 'suppressed' },
          { value: null, status: 'suppressed' },
        ],
      ],
      rowTotals: [{ value: 40, status: 'published' }],
      colTotals: null,
      total: { value: 40, status: 'published' },
      protection: 'cells',
      sql: { file: 'scripts/stats/sql/usage-by-period.sql', text: 'SELECT 1' },
    },
  ],
};

const policies: PolicyFacts[] = [
  { slug: 'facial-recognition', technology: 'Facial Recognition', status: 'final', addenda: [] },
  {
    slug: 'thermographic-cameras',
    technology: 'Thermographic Cameras',
    status: 'final',
    addenda: [
      { date: '2023-04-11', description: 'x' },
      { date: '2023-06-01', description: 'y' },
      { date: '2024-01-02', description: 'z' },
    ],
  },
];

describe('chart specs', () => {
  it('shows a missing published figure as "not reported", never 0', () => {
    const [chart] = publishedCharts(base);
    expect(chart!.points.map((p) => [p.value, p.status, p.display])).toEqual([
      [7024, 'reported', 'more than 7,024 requests'],
      [null, 'not reported', 'not reported'],
    ]);
    expect(chart!.summary).toMatch(/1 of 2 figures are not reported/);
    expect(chart!.sources).toEqual([{ label: 'A report (news)', href: 'https://a.example/x' }]);
  });

  it('marks suppressed cells as suppressed with no value', () => {
    const [chart] = recordCharts(records);
    expect(chart!.points.every((p) => p.status === 'suppressed' && p.value === null)).toBe(true);
    expect(chart!.summary).toBe('Total 40; 2 of 2 cells are suppressed.');
    expect(chart!.method).toMatch(/threshold 10/);
  });

  it('counts addenda by year from the policies', () => {
    const chart = addendaChart(policies, 'thermographic-cameras');
    expect(chart.points.map((p) => [p.category, p.value])).toEqual([
      ['2023', 2],
      ['2024', 1],
    ]);
    expect(addendaChart(policies, 'facial-recognition').summary).toBe(
      'The imported policies list no addenda.',
    );
  });

  it('gives every chart a unique id', () => {
    const ids = allCharts([base, records], policies).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('downloads', () => {
  it('holds exactly the plotted points in CSV and JSON', () => {
    const [chart] = publishedCharts(base);
    expect(chartCsv(chart!)).toBe(
      'category,series,value,status,qualifier,uncertain,source,claimant\n' +
        '2018,requests,7024,reported,more than,false,https://a.example/x,news\n' +
        '2019,requests,,not reported,,false,,\n',
    );
    const json = JSON.parse(chartJson(chart!)) as { points: { value: number | null }[] };
    expect(json.points.map((p) => p.value)).toEqual([7024, null]);
  });
});

describe('download escaping', () => {
  it('escapes a label that a spreadsheet would run as a formula in /statistics/downloads/*.csv', () => {
    const [chart] = recordCharts({
      ...records,
      tables: [{ ...records.tables[0]!, rows: ['=1+1'], cols: ['@a', '-b'] }],
    });
    expect(chartCsv(chart!)).toBe(
      'category,series,value,status,qualifier,uncertain,source,claimant\n' +
        "'=1+1,'@a,,suppressed,,false,,\n" +
        "'=1+1,'-b,,suppressed,,false,,\n",
    );
  });
});

describe('coverage', () => {
  it('says "not reported" for every record-level item while no records exist', () => {
    const items = coverage(
      'facial-recognition',
      [base, { ...records, tables: [], status: 'no-records' }],
      policies[0],
    );
    expect(items.find((i) => i.key === 'published')).toMatchObject({ reported: true });
    for (const key of ['usage', 'outcomes', 'purpose', 'disclosures', 'foil'] as const) {
      expect(items.find((i) => i.key === key)).toMatchObject({
        reported: false,
        detail: expect.stringMatching(/^(the department|no FOIL request records)/),
      });
    }
  });

  it('does not claim "no rows" where disclosure control withheld a table', () => {
    const withheld: RecordsStatsFile = {
      ...records,
      tables: [],
      audit: { solver: 'x', entries: 4, narrowest: 12, tablesTotalOnly: 0, tablesWithheld: 1 },
    };
    expect(
      coverage('facial-recognition', [withheld], policies[0]).find((i) => i.key === 'usage'),
    ).toMatchObject({ reported: false, detail: expect.stringMatching(/withheld its table/) });
    expect(
      coverage('facial-recognition', [{ ...records, tables: [] }], policies[0]).find(
        (i) => i.key === 'usage',
      )?.detail,
    ).toBe('the records received contain no rows for this technology');
  });

  it('reports usage where a table exists for the technology', () => {
    const items = coverage('facial-recognition', [records], policies[0]);
    expect(items.find((i) => i.key === 'usage')?.reported).toBe(true);
  });

  it('sums a policy page up in one line: no NYPD usage figures, and how many others report', () => {
    const none = coverage(
      'facial-recognition',
      [base, { ...records, tables: [], status: 'no-records' }],
      policies[0],
    );
    expect(coverageLine(none)).toBe(
      'No usage figures published by the NYPD; 1 figure reported by news and advocacy sources',
    );
    const bare = coverage('thermographic-cameras', [], undefined);
    expect(coverageLine(bare)).toBe('No usage figures published by the NYPD');
    const counted = coverage('facial-recognition', [records], policies[0]);
    expect(coverageLine(counted)).toMatch(/^NYPD records counted: usage over time/);
  });
});

describe('worthDrawing', () => {
  it('draws two or more numbers, and shows a single number as a figure card', () => {
    const one = addendaChart(
      [{ ...policies[0]!, addenda: [{ date: '2023-04-11', description: 'x' }] }],
      null,
    );
    expect(one.points.filter((p) => p.value !== null)).toHaveLength(1);
    expect(worthDrawing(one)).toBe(false);
    const two = addendaChart(
      [
        {
          ...policies[0]!,
          addenda: [
            { date: '2022-04-11', description: 'x' },
            { date: '2023-04-11', description: 'y' },
          ],
        },
      ],
      null,
    );
    expect(worthDrawing(two)).toBe(true);
  });
});
