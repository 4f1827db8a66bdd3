import { describe, expect, it } from 'vitest';
import type { Resource } from '../../schemas/stats.ts';
import {
  buildFigures,
  buildView,
  FINDING_REASON,
  formatFigure,
  isApproximatePeriod,
  parseUnit,
} from './published.ts';

describe('parseUnit', () => {
  it.each([
    ['requests', 'requests', null],
    ["requests (approx: 'about')", 'requests', 'about'],
    ['years (more than)', 'years', 'more than'],
    ["arrests (approx: 'nearly')", 'arrests', 'nearly'],
    ["requests (estimate: 'roughly')", 'requests', 'roughly'],
    ["requests (approx: 'more than half a million')", 'requests', 'more than'],
  ])('reads %j as unit %j with qualifier %j', (raw, unit, qualifier) => {
    expect(parseUnit(raw)).toMatchObject({ unit, qualifier });
  });
});

describe('qualifiers and approximate periods', () => {
  it.each([
    ['about 2019-2023 (the four years before the suit)', true],
    ['up to early 2020', true],
    ['c. 2024', true],
    ['2016-2019', false],
    ['2011 (one quarter)', false],
  ])('marks period %j approximate: %s', (period, expected) => {
    expect(isApproximatePeriod(period)).toBe(expected);
  });

  it('prints the qualifier with the number and unit, "of" after the number', () => {
    expect(formatFigure(11000, 'searches', 'more than')).toBe('more than 11,000 searches');
    expect(formatFigure(93, 'percent', null)).toBe('93%');
    expect(formatFigure(14, 'recommendations', 'of 15')).toBe('14 of 15 recommendations');
  });
});

const columns = {
  period: 'period',
  metric: 'metric',
  value: 'value',
  unit: 'unit',
  qualifier: 'qualifier',
  quote: 'quote',
  sourceTitle: 'source_title',
  sourceKind: 'source_kind',
  sourceUrl: 'source_url',
  originalUrl: 'original_url',
};
const resource = {
  name: 'fr',
  'x-pp': {
    kind: 'published',
    scope: { technology: 'facial-recognition' },
    columns,
    annotations: [{ metric: 'flag', notAFigure: 'value 1 means present' }],
    views: [],
    repairs: [],
  },
} as unknown as Resource;
const header = [
  'period',
  'metric',
  'value',
  'unit',
  'qualifier',
  'quote',
  'source_title',
  'source_kind',
  'source_url',
  'original_url',
];
const row = (line: number, values: string[]) => ({ line, values });

describe('buildFigures', () => {
  const figures = buildFigures(resource, header, [
    row(2, [
      '2018',
      'possible matches',
      '1851',
      'matches',
      '',
      '1,851 matches',
      'FindBiometrics',
      'news summary of an NYPD statement',
      'https://a.example/1',
      'https://nyc.example/op-ed',
    ]),
    row(3, [
      'up to early 2020',
      'searches',
      '11000',
      'searches',
      'more than',
      '',
      'MediaNama',
      'news citing news',
      'https://a.example/2',
      '',
    ]),
    row(4, [
      '2024',
      'technologies examined',
      '',
      'items',
      '',
      '',
      'S.T.O.P.',
      'advocacy organisation',
      'https://a.example/3',
      '',
    ]),
    row(5, [
      '2022',
      'flag',
      '1',
      'count',
      '',
      '',
      'S.T.O.P.',
      'advocacy organisation',
      'https://a.example/4',
      '',
    ]),
  ]);

  it('keeps line, scope, quote and who makes the claim for each figure', () => {
    expect(figures[0]).toMatchObject({
      id: 'fr-2',
      line: 2,
      value: 1851,
      unit: 'matches',
      qualifier: null,
      technology: 'facial-recognition',
      quote: '1,851 matches',
      source: {
        title: 'FindBiometrics',
        kind: 'news summary of an NYPD statement',
        url: 'https://a.example/1',
        original: 'https://nyc.example/op-ed',
      },
      kind: 'figure',
    });
    expect(figures[1]).toMatchObject({
      value: 11000,
      qualifier: 'more than',
      uncertain: true,
      source: { original: null },
    });
  });

  it('turns a row without a value, and an annotated flag, into findings with a reason', () => {
    expect(figures[2]).toMatchObject({
      kind: 'finding',
      value: null,
      reason: expect.stringMatching(/no numeric value/),
    });
    expect(figures[3]).toMatchObject({
      kind: 'finding',
      value: null,
      reason: 'value 1 means present',
    });
  });

  it('reads every row of a findings file (no value column) as a text finding', () => {
    const findings = {
      name: 'oig',
      'x-pp': {
        kind: 'published',
        scope: { agency: 'OIG-NYPD' },
        columns: {
          period: 'report_date',
          metric: 'report_title',
          finding: 'finding',
          sourceTitle: 'source_title',
          sourceKind: 'source_kind',
          sourceUrl: 'source_url',
        },
        annotations: [],
        views: [],
        repairs: [],
      },
    } as unknown as Resource;
    const [f] = buildFigures(
      findings,
      ['report_date', 'report_title', 'finding', 'source_title', 'source_kind', 'source_url'],
      [
        row(2, [
          '2022-11-03',
          'An Assessment',
          'Policies were generic.',
          'S.T.O.P.',
          'advocacy organisation',
          'https://a.example/5',
        ]),
      ],
    );
    expect(f).toMatchObject({
      kind: 'finding',
      value: null,
      finding: 'Policies were generic.',
      agency: 'OIG-NYPD',
      reason: FINDING_REASON,
    });
  });

  it('builds a view with "not reported" points where no source gives the figure', () => {
    const view = buildView(
      { name: 'v', title: 'V', periods: ['2018', '2019'], metrics: ['possible matches'] },
      figures,
    );
    expect(view.points.map((p) => [p.period, p.value, p.figureId])).toEqual([
      ['2018', 1851, 'fr-2'],
      ['2019', null, null],
    ]);
  });
});
