import { describe, expect, it } from 'vitest';
import type { Resource } from '../../schemas/stats.ts';
import {
  buildFigures,
  buildView,
  formatFigure,
  isUncertain,
  metricQualifier,
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

describe('qualifiers and uncertainty', () => {
  it('reads a qualifier carried by the metric name', () => {
    expect(metricQualifier('cases using facial recognition (at least)')).toBe('at least');
    expect(metricQualifier('possible matches')).toBeNull();
  });

  it.each([
    ['pre-2016 (period unclear)', 'matches (cumulative?)', 'same; period UNCERTAIN', true],
    ['c.2024', 'average days to respond', 'memo', true],
    ['2019', 'possible matches', 'same source', false],
  ])('marks period %j uncertain: %s', (period, metric, note, expected) => {
    expect(isUncertain(period, metric, note)).toBe(expected);
  });

  it('prints the qualifier with the number and unit', () => {
    expect(formatFigure(11000, 'searches', 'more than')).toBe('more than 11,000 searches');
    expect(formatFigure(93, 'percent', null)).toBe('93%');
  });
});

const resource = {
  name: 'fr',
  'x-pp': {
    kind: 'published',
    scope: { technology: 'facial-recognition' },
    columns: {
      period: 'period',
      metric: 'metric',
      value: 'value',
      unit: 'unit',
      note: 'notes',
      source: 'source',
    },
    annotations: [{ metric: 'flag', notAFigure: 'value 1 means present' }],
    views: [],
    repairs: [],
  },
} as unknown as Resource;
const header = ['period', 'metric', 'value', 'unit', 'notes', 'source'];

describe('buildFigures', () => {
  const figures = buildFigures(resource, header, [
    {
      line: 2,
      values: [
        '2018',
        'possible matches',
        '1851',
        'matches',
        "'1,851 matches'",
        'https://a.example/1',
      ],
    },
    {
      line: 3,
      values: [
        '2020',
        'searches',
        '11000',
        "searches (approx: 'more than')",
        'q',
        'https://a.example/2',
      ],
    },
    {
      line: 4,
      values: ['2024', 'technologies examined', '', 'items', 'Digidog, K5', 'https://a.example/3'],
    },
    { line: 5, values: ['2022', 'flag', '1', 'count', 'present', 'https://a.example/4'] },
  ]);

  it('keeps line, source, note and scope of each figure', () => {
    expect(figures[0]).toMatchObject({
      id: 'fr-2',
      line: 2,
      value: 1851,
      unit: 'matches',
      technology: 'facial-recognition',
      source: 'https://a.example/1',
      kind: 'figure',
    });
    expect(figures[1]).toMatchObject({ value: 11000, unit: 'searches', qualifier: 'more than' });
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
