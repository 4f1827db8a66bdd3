import { describe, expect, it } from 'vitest';
import {
  FILTER_NAMES,
  escapeHtml,
  filterElements,
  filterElementsHtml,
  filterValueLabel,
  isFilterName,
  policyYear,
  searchFilters,
  sortFilterValues,
  type SearchMetaInput,
} from './filters.ts';

describe('FILTER_NAMES', () => {
  it('names the five filters of the issue in display order', () => {
    expect(FILTER_NAMES).toEqual(['technology', 'kind', 'section', 'status', 'year']);
  });

  it.each([
    ['technology', true],
    ['section', true],
    ['q', false],
    ['Technology', false],
  ])('isFilterName(%j) is %j', (name, expected) => {
    expect(isFilterName(name)).toBe(expected);
  });
});

describe('searchFilters', () => {
  it('files a policy page under kind, technology, status and year', () => {
    expect(
      searchFilters({
        kind: 'policy',
        technology: 'Facial Recognition',
        status: 'final',
        year: 2023,
      }),
    ).toEqual({
      kind: ['policy'],
      technology: ['Facial Recognition'],
      status: ['final'],
      year: ['2023'],
    });
  });

  it('accepts several technologies and sections and drops duplicates', () => {
    expect(
      searchFilters({
        kind: 'guide',
        technology: ['Drones', 'Drones', 'Facial Recognition'],
        section: ['retention', 'public-access', 'retention'],
      }),
    ).toEqual({
      kind: ['guide'],
      technology: ['Drones', 'Facial Recognition'],
      section: ['retention', 'public-access'],
    });
  });

  it('leaves out filters the page does not declare, never filing them as empty', () => {
    expect(searchFilters({ kind: 'statistics', year: undefined })).toEqual({
      kind: ['statistics'],
    });
  });

  describe.each<[string, SearchMetaInput, RegExp]>([
    ['an unknown kind', { kind: 'memo' as never }, /kind "memo" is not one of policy, guide/],
    ['a blank technology', { kind: 'policy', technology: '  ' }, /technology must not be empty/],
    [
      'an unknown section',
      { kind: 'guide', section: 'costs' as never },
      /section "costs" is not a statutory section key/,
    ],
    [
      'a bad status',
      { kind: 'policy', status: 'pending' as never },
      /status "pending" must be draft or final/,
    ],
    ['a two-digit year', { kind: 'policy', year: '23' }, /year "23" must have four digits/],
  ])('rejects %s', (_what, input, message) => {
    it('with an error naming the field and the rule', () => {
      expect(() => searchFilters(input)).toThrow(message);
    });
  });
});

describe('filterElements', () => {
  it('puts each value in the data-value attribute of its own element, in filter order', () => {
    expect(
      filterElements({ year: ['2023'], technology: ['Facial Recognition'], kind: ['policy'] }),
    ).toEqual([
      { 'data-pagefind-filter': 'technology[data-value]', 'data-value': 'Facial Recognition' },
      { 'data-pagefind-filter': 'kind[data-value]', 'data-value': 'policy' },
      { 'data-pagefind-filter': 'year[data-value]', 'data-value': '2023' },
    ]);
  });

  it('renders empty elements with escaped attribute values, so no text reaches excerpts', () => {
    expect(filterElementsHtml({ technology: ['A "B" & <C>'] })).toBe(
      '<span data-pagefind-filter="technology[data-value]" data-value="A &quot;B&quot; &amp; &lt;C&gt;"></span>',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

describe('filterValueLabel', () => {
  it.each([
    ['section', 'retention', 'Retention, Access & Use of Data'],
    ['section', 'unknown-key', 'unknown-key'],
    ['kind', 'guide', 'FOIL guide'],
    ['status', 'final', 'Final'],
    ['technology', 'Facial Recognition', 'Facial Recognition'],
    ['year', '2023', '2023'],
  ] as const)('labels %s %j as %j', (name, value, label) => {
    expect(filterValueLabel(name, value)).toBe(label);
  });
});

describe('sortFilterValues', () => {
  it('orders sections as the POST Act lists them', () => {
    expect(sortFilterValues('section', ['training', 'capabilities', 'retention'])).toEqual([
      'capabilities',
      'retention',
      'training',
    ]);
  });

  it('orders years newest first and technologies alphabetically', () => {
    expect(sortFilterValues('year', ['2021', '2023', '2022'])).toEqual(['2023', '2022', '2021']);
    expect(sortFilterValues('technology', ['Thermographic Cameras', 'Drones'])).toEqual([
      'Drones',
      'Thermographic Cameras',
    ]);
  });

  it('orders kinds as declared and drops duplicates', () => {
    expect(sortFilterValues('kind', ['report', 'policy', 'policy'])).toEqual(['policy', 'report']);
  });
});

describe('policyYear', () => {
  it.each([
    [{ updated: '2023-04-11', posted: '2021-01-11' }, '2023'],
    [{ posted: '2021-01-11' }, '2021'],
    [{}, undefined],
  ])('files %j under year %j', (dates, year) => {
    expect(policyYear(dates)).toBe(year);
  });
});
