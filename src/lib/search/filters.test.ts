import { describe, expect, it } from 'vitest';
import {
  FILTER_NAMES,
  type TechnologyNames,
  canonicalFilterValue,
  escapeHtml,
  filterElements,
  filterElementsHtml,
  filterValueLabel,
  isFilterName,
  isSlug,
  policyYear,
  searchFilters,
  slugify,
  sortFilterValues,
  type SearchMetaInput,
} from './filters.ts';

const NAMES: TechnologyNames = {
  'facial-recognition': 'Facial Recognition',
  'thermographic-cameras': 'Thermographic Cameras',
  drones: 'Unmanned Aircraft Systems',
};

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
        technology: 'facial-recognition',
        status: 'final',
        year: 2023,
      }),
    ).toEqual({
      kind: ['policy'],
      technology: ['facial-recognition'],
      status: ['final'],
      year: ['2023'],
    });
  });

  it('accepts several technologies and sections and drops duplicates', () => {
    expect(
      searchFilters({
        kind: 'guide',
        technology: ['drones', 'drones', 'facial-recognition'],
        section: ['retention', 'public-access', 'retention'],
      }),
    ).toEqual({
      kind: ['guide'],
      technology: ['drones', 'facial-recognition'],
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
      'a technology display name instead of its slug',
      { kind: 'policy', technology: 'Facial Recognition' },
      /technology "Facial Recognition" must be a policy slug/,
    ],
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
    ['technology', 'facial-recognition', 'Facial Recognition'],
    ['technology', 'unknown-slug', 'unknown-slug'],
    ['technology', 'constructor', 'constructor'],
    ['year', '2023', '2023'],
  ] as const)('labels %s %j as %j', (name, value, label) => {
    expect(filterValueLabel(name, value, NAMES)).toBe(label);
  });

  it('shows a technology slug as it is when no names are given', () => {
    expect(filterValueLabel('technology', 'facial-recognition')).toBe('facial-recognition');
  });
});

describe('slugs', () => {
  it.each([
    ['Facial Recognition', 'facial-recognition'],
    ['  License-Plate   Readers! ', 'license-plate-readers'],
    ['Café Cameras', 'cafe-cameras'],
    ['Retention, Access & Use of Data', 'retention-access-and-use-of-data'],
  ])('slugify(%j) is %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it.each([
    ['facial-recognition', true],
    ['drones2', true],
    ['Facial Recognition', false],
    ['-x', false],
    ['', false],
  ])('isSlug(%j) is %j', (value, ok) => {
    expect(isSlug(value)).toBe(ok);
  });
});

describe('canonicalFilterValue: the URL contract takes identifiers, and old display names', () => {
  it.each([
    // Identifiers are kept.
    ['technology', 'facial-recognition', 'facial-recognition'],
    ['section', 'rules', 'rules'],
    ['kind', 'guide', 'guide'],
    ['status', 'final', 'final'],
    ['year', '2023', '2023'],
    // Display names of old links map to identifiers, whatever their case and spacing.
    ['technology', 'Facial Recognition', 'facial-recognition'],
    ['technology', 'facial  recognition', 'facial-recognition'],
    ['technology', 'THERMOGRAPHIC CAMERAS', 'thermographic-cameras'],
    ['technology', 'Unmanned Aircraft Systems', 'drones'],
    ['section', 'Retention, Access & Use of Data', 'retention'],
    ['section', 'external entities', 'external-entities'],
    ['kind', 'FOIL guide', 'guide'],
    ['status', 'Final', 'final'],
    ['technology', 'Drones', 'drones'],
    // Unknown values stay as they are (and match nothing).
    ['technology', 'Drone Cameras', 'Drone Cameras'],
    ['technology', 'license-plate-readers', 'license-plate-readers'],
    ['section', 'costs', 'costs'],
    ['technology', '  ', ''],
  ] as const)('%s=%j reads as %j', (name, raw, value) => {
    expect(canonicalFilterValue(name, raw, NAMES)).toBe(value);
  });

  it('keeps a technology as it is when no names are known', () => {
    expect(canonicalFilterValue('technology', 'Facial Recognition')).toBe('Facial Recognition');
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

  it('orders years newest first and technologies by their displayed name', () => {
    expect(sortFilterValues('year', ['2021', '2023', '2022'])).toEqual(['2023', '2022', '2021']);
    // "Thermographic Cameras" before "Unmanned Aircraft Systems" (drones), though t > d.
    expect(
      sortFilterValues(
        'technology',
        ['drones', 'thermographic-cameras', 'facial-recognition'],
        NAMES,
      ),
    ).toEqual(['facial-recognition', 'thermographic-cameras', 'drones']);
    expect(sortFilterValues('technology', ['thermographic-cameras', 'drones'])).toEqual([
      'drones',
      'thermographic-cameras',
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
