/**
 * The search's words in other languages: Spanish (complete) through the
 * same pure functions the page and its browser code use, plural forms in
 * languages with more than two, and the English policy section records shown
 * in the reader’s language.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/messages.ts';
import siteSearch from '../../i18n/messages/site-search.ts';
import type { Locale } from '../../i18n/locales.ts';
import { anyFilterLabel, filterLabel, filterValueLabel } from './filters.ts';
import {
  SEARCH_MESSAGES_EN,
  type SearchText,
  readSearchMessages,
  resultCount,
} from './messages.ts';
import { type PagefindResultData, resultCountMessage, resultView } from './results.ts';
import { policySectionRecords, readSectionRecords, type PolicySource } from './section-records.ts';
import { parseSearchParams, queryCutMessage } from './url-state.ts';

const text = (locale: Locale): SearchText => ({ locale, m: t(siteSearch, locale) });
const es = text('es');
const NAMES = { 'facial-recognition': 'Facial Recognition' };

describe('the search in Spanish', () => {
  it('labels filters, kinds, statuses and sections', () => {
    expect(filterLabel('section', es.m)).toBe('Sección exigida por la ley');
    expect(anyFilterLabel('technology', es.m)).toBe('Cualquier tecnología');
    expect(filterValueLabel('section', 'retention', NAMES, es.m)).toBe(
      'Conservación, acceso y uso de los datos',
    );
    expect(filterValueLabel('kind', 'guide', NAMES, es.m)).toBe('Guía de FOIL');
    expect(filterValueLabel('status', 'draft', NAMES, es.m)).toBe('Borrador');
    // Technology names are the policies' own, in every language.
    expect(filterValueLabel('technology', 'facial-recognition', NAMES, es.m)).toBe(
      'Facial Recognition',
    );
  });

  it('announces counts with the query and the filters in Spanish', () => {
    const state = parseSearchParams('q=retention&technology=facial-recognition&section=rules');
    expect(resultCountMessage(3, state, NAMES, es)).toBe(
      '3 resultados para “retention” (Tecnología: Facial Recognition; Sección exigida por la ley: Normas, procesos y directrices).',
    );
    expect(resultCountMessage(1, { q: 'x', filters: {} }, NAMES, es)).toBe('1 resultado para “x”.');
    expect(resultCountMessage(0, parseSearchParams('kind=policy&kind=guide'), NAMES, es)).toBe(
      'Ningún resultado con los filtros elegidos (Tipo de documento: Política de Impacto y Uso o Guía de FOIL).',
    );
  });

  it('formats numbers the Spanish way in the cut notice', () => {
    expect(queryCutMessage(12345, es)).toBe(
      'Su búsqueda tenía 12.345 caracteres, así que solo se buscaron los primeros 200.',
    );
  });

  it('describes a result and names its paragraphs with Spanish section labels', () => {
    const data: PagefindResultData = {
      url: '/es/policies/facial-recognition/#rules',
      excerpt: 'a <mark>probe</mark>',
      meta: { title: 'Facial Recognition: Normas, procesos y directrices', section: 'rules' },
      filters: { kind: ['policy'], technology: ['facial-recognition'], status: ['final'] },
      sub_results: [
        {
          title: '¶14',
          url: '/es/policies/facial-recognition/#rules#rules-p14',
          excerpt: 'b',
          anchor: { id: 'rules-p14' },
          locations: [1],
        },
      ],
    };
    const view = resultView(data, NAMES, es);
    expect(view.description).toBe('Política de Impacto y Uso · Facial Recognition · Definitiva');
    expect(view.subResults).toEqual([
      {
        url: '/es/policies/facial-recognition/#rules-p14',
        title: 'Normas, procesos y directrices ¶14',
        excerpt: 'b',
      },
    ]);
  });
});

describe('plural forms', () => {
  it('follows each language’s plural categories', () => {
    expect([0, 1, 2, 5, 21].map((n) => resultCount(n, text('ru')))).toEqual([
      'Ничего не найдено',
      '1 результат',
      '2 результата',
      '5 результатов',
      '21 результат',
    ]);
    expect([1, 2, 3, 11, 100].map((n) => resultCount(n, text('ar')))).toEqual([
      'نتيجة واحدة',
      'نتيجتان',
      '3 نتائج',
      '11 نتيجة',
      '100 نتيجة',
    ]);
    expect([1, 4, 5, 22].map((n) => resultCount(n, text('pl')))).toEqual([
      '1 wynik',
      '4 wyniki',
      '5 wyników',
      '22 wyniki',
    ]);
  });

  it('keeps English as it was', () => {
    expect([0, 1, 2].map((n) => resultCount(n))).toEqual(['No results', '1 result', '2 results']);
  });
});

describe('the browser’s English', () => {
  it('is the site-search dictionary’s English itself, not a copy to keep in step', () => {
    expect(siteSearch.messages.en).toBe(SEARCH_MESSAGES_EN);
  });
});

describe('messages handed to the browser', () => {
  it('reads a page’s messages, falling back to English for anything missing or malformed', () => {
    expect(readSearchMessages(JSON.stringify(es.m)).prompt).toBe(es.m.prompt);
    const partial = readSearchMessages(JSON.stringify({ prompt: 'x', submit: 3 }));
    expect(partial.prompt).toBe('x');
    expect(partial.submit).toBe(SEARCH_MESSAGES_EN.submit);
    expect(readSearchMessages('not json')).toBe(SEARCH_MESSAGES_EN);
    expect(readSearchMessages(undefined)).toEqual(SEARCH_MESSAGES_EN);
  });
});

describe('policy section records, indexed once in English, shown in the reader’s language', () => {
  const policy: PolicySource = {
    slug: 'facial-recognition',
    technology: 'Facial Recognition',
    status: 'final',
    updated: '2023-04-11',
    body: '## POLICIES & PROCEDURES RELATING TO RETENTION, ACCESS & USE OF THE DATA {#retention}\n\nData is kept as the law requires.\n',
  };
  const [record] = policySectionRecords(policy);
  /** What Pagefind gives back for the record: its URL and the metadata in its HTML. */
  const found = (r: NonNullable<typeof record>): PagefindResultData => ({
    url: r.url,
    excerpt: 'Data is kept',
    meta: Object.fromEntries(
      [...r.html.matchAll(/data-pagefind-meta="(\w+)\[data-value\]" data-value="([^"]*)"/g)].map(
        (m) => [m[1] as string, (m[2] as string).replaceAll('&amp;', '&')],
      ),
    ),
    filters: { kind: ['policy'], technology: ['facial-recognition'], section: ['retention'] },
    sub_results: [
      { title: '¶1', url: `${r.url}#retention-p1`, excerpt: 'x', anchor: { id: 'retention-p1' } },
    ],
  });

  it('makes one English record per section, on the English page', () => {
    expect(record?.url).toBe('/policies/facial-recognition/#retention');
    expect(record?.page).toBe('/policies/facial-recognition/');
    expect(record?.lang).toBe('en');
    expect(record?.title).toBe('Facial Recognition: Retention, Access & Use of Data');
    expect(record?.html).toContain('<html lang="en">');
    expect(record?.html).toContain('Data is kept as the law requires.');
    // Filter values are identifiers in every language.
    expect(record?.html).toContain(
      'data-pagefind-filter="section[data-value]" data-value="retention"',
    );
  });

  it('is titled in the reader’s language from its section and technology', () => {
    const view = resultView(found(record!), {}, es);
    expect(view.title).toBe('Facial Recognition: Conservación, acceso y uso de los datos');
    expect(view.subResults[0]?.title).toBe('Conservación, acceso y uso de los datos ¶1');
    expect(resultView(found(record!), {}, text('zh-hant')).title).toBe(
      `Facial Recognition：${t(siteSearch, 'zh-hant').sectionRetention}`,
    );
    // In English, the title the record was indexed with.
    expect(resultView(found(record!)).title).toBe(record?.title);
  });

  it('refuses a records file whose record has no language', () => {
    expect(() =>
      readSectionRecords({ records: [{ ...record, lang: '' }] }, 'policy-sections.json'),
    ).toThrow(/records\[0\]\.lang: expected a non-empty string/);
  });
});
