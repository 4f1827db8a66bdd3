import { describe, expect, it } from 'vitest';
import {
  MAX_SUB_RESULTS,
  anchorUrl,
  describeFilters,
  resultCountMessage,
  resultView,
  safeExcerpt,
  singleFragment,
  type PagefindResultData,
} from './results.ts';

describe('safeExcerpt', () => {
  it.each([
    [
      'keeps highlights',
      'data <mark>retention</mark> period',
      'data <mark>retention</mark> period',
    ],
    ['escapes a bare ampersand', 'draft & final', 'draft &amp; final'],
    ['keeps an existing character reference', 'A &amp; B &#8212; C', 'A &amp; B &#8212; C'],
    [
      'escapes any other markup',
      '<img src=x onerror=alert(1)><mark>x</mark>',
      '&lt;img src=x onerror=alert(1)&gt;<mark>x</mark>',
    ],
    ['closes an unclosed highlight', 'a <mark>b', 'a <mark>b</mark>'],
    ['drops a stray closing tag', 'a </mark>b', 'a b'],
    ['lower-cases tag names', '<MARK>x</MARK>', '<mark>x</mark>'],
  ])('%s', (_what, input, output) => {
    expect(safeExcerpt(input)).toBe(output);
  });
});

describe('anchorUrl and singleFragment', () => {
  it('replaces a section fragment with a paragraph fragment', () => {
    expect(anchorUrl('/policies/x/#retention', 'retention-p2')).toBe('/policies/x/#retention-p2');
    expect(anchorUrl('/statistics/y/', 'table-1')).toBe('/statistics/y/#table-1');
  });

  it('keeps only the last of two fragments', () => {
    expect(singleFragment('/policies/x/#retention#retention-p2')).toBe('/policies/x/#retention-p2');
    expect(singleFragment('/policies/x/#rules')).toBe('/policies/x/#rules');
    expect(singleFragment('/foil/')).toBe('/foil/');
  });
});

const record: PagefindResultData = {
  url: '/policies/facial-recognition/#rules',
  excerpt: 'select a <mark>probe</mark> <mark>image</mark> of',
  meta: { title: 'Facial Recognition: Rules, Processes & Guidelines', section: 'rules' },
  filters: {
    kind: ['policy'],
    technology: ['facial-recognition'],
    status: ['final'],
    year: ['2023'],
    section: ['rules'],
  },
  sub_results: [
    {
      title: 'Facial Recognition: Rules',
      url: '/policies/facial-recognition/#rules',
      excerpt: 'x',
      locations: [1],
    },
    {
      title: '¶14',
      url: '/policies/facial-recognition/#rules#rules-p14',
      excerpt: 'a <mark>probe</mark>',
      anchor: { id: 'rules-p14' },
      locations: [1, 2],
    },
    {
      title: '¶15',
      url: '/policies/facial-recognition/#rules-p15',
      excerpt: 'b',
      anchor: { id: 'rules-p15' },
      locations: [1, 2, 3, 4],
    },
    {
      title: '¶16',
      url: '/policies/facial-recognition/#rules-p16',
      excerpt: 'c',
      anchor: { id: 'rules-p16' },
      locations: [1],
    },
    {
      title: '¶17',
      url: '/policies/facial-recognition/#rules-p17',
      excerpt: 'd',
      anchor: { id: 'rules-p17' },
      locations: [1, 2],
    },
  ],
};

const NAMES = { 'facial-recognition': 'Facial Recognition' };

describe('resultView', () => {
  const view = resultView(record, NAMES);

  it('links the result to the section anchor and titles it with technology and section', () => {
    expect(view.url).toBe('/policies/facial-recognition/#rules');
    expect(view.title).toBe('Facial Recognition: Rules, Processes & Guidelines');
  });

  it('describes the result by kind, technology, status and year', () => {
    expect(view.description).toBe('Impact and Use Policy · Facial Recognition · Final · 2023');
  });

  it('shows the technology slug when its name is unknown', () => {
    expect(resultView(record).description).toBe(
      'Impact and Use Policy · facial-recognition · Final · 2023',
    );
  });

  it('lists the paragraphs with most matches first, each deep-linked and labelled for citation', () => {
    expect(view.subResults).toHaveLength(MAX_SUB_RESULTS);
    expect(view.subResults.map((s) => [s.url, s.title])).toEqual([
      ['/policies/facial-recognition/#rules-p15', 'Rules, Processes & Guidelines ¶15'],
      ['/policies/facial-recognition/#rules-p14', 'Rules, Processes & Guidelines ¶14'],
      ['/policies/facial-recognition/#rules-p17', 'Rules, Processes & Guidelines ¶17'],
    ]);
    expect(view.subResults[1]?.excerpt).toBe('a <mark>probe</mark>');
  });

  it('keeps heading titles of ordinary pages and falls back to the URL without a title', () => {
    const page = resultView({
      url: '/foil/retention/',
      excerpt: 'e',
      meta: {},
      filters: { kind: ['guide'] },
      sub_results: [
        {
          title: 'Who holds the records',
          url: '/foil/retention/#who',
          excerpt: 'f',
          anchor: { id: 'who' },
        },
      ],
    });
    expect(page.title).toBe('/foil/retention/');
    expect(page.description).toBe('FOIL guide');
    expect(page.subResults).toEqual([
      { url: '/foil/retention/#who', title: 'Who holds the records', excerpt: 'f' },
    ]);
  });
});

describe('resultCountMessage', () => {
  it.each([
    [0, { q: 'drone', filters: {} }, 'No results for “drone”.'],
    [1, { q: 'drone', filters: {} }, '1 result for “drone”.'],
    [
      12,
      { q: 'retention', filters: { technology: ['facial-recognition'], section: ['retention'] } },
      '12 results for “retention” (Technology: Facial Recognition; Statutory section: Retention, Access & Use of Data).',
    ],
    [
      3,
      { q: '', filters: { year: ['2023', '2022'] } },
      '3 results in the selected filters (Year: 2023 or 2022).',
    ],
  ])('announces %i results as a sentence', (n, state, message) => {
    expect(resultCountMessage(n, state, NAMES)).toBe(message);
  });

  it('describes no filters as an empty string', () => {
    expect(describeFilters({ q: 'x', filters: {} })).toBe('');
  });
});
