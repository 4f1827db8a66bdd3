/**
 * The statistics in other languages: Spanish (complete: interface, prose and
 * the data's own words), Chinese (interface translated, the rest English and
 * said to be), and a check that every English text of the current data has
 * its Spanish translation in the vocabulary.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import siteStatsData from '../../i18n/messages/site-stats-data.ts';
import { GENERATED_MARK, type StatsFile } from '../../schemas/stats.ts';
import { addendaChart, publishedCharts, recordCharts, type PolicyFacts } from './charts.ts';
import { coverage, coverageLine } from './coverage.ts';
import { grainWord, statusWord } from './messages.ts';
import { FINDING_REASON, formatFigure } from './published.ts';
import { excludedRows, recordsAggregated } from './row-counts.ts';
import { langAttr, statsText, statsUntranslated } from './text.ts';

const es = statsText('es');
const zh = statsText('zh-hans');

const source = {
  title: 'MediaNama (2020-03), citing BuzzFeed News',
  kind: 'news citing news',
  url: 'https://a.example/x',
  original: null,
};

const file: StatsFile = {
  generated: GENERATED_MARK,
  dataset: 'nypd-facial-recognition',
  title: 'Facial recognition: published usage figures',
  description: 'd',
  kind: 'published',
  status: 'published',
  path: 'data/stats/published/nypd-facial-recognition.csv',
  threshold: null,
  grain: null,
  scope: { technology: 'facial-recognition', agency: null },
  provenance: {
    inputs: [],
    descriptor: { path: 'd', sha256: 'x' },
    rowsRead: 1,
    rowsUsed: 1,
    excluded: [],
    cellsSuppressed: 0,
    repaired: [],
    droppedColumns: [],
  },
  figures: [
    {
      id: 'x-2',
      line: 2,
      period: 'up to early 2020',
      metric: 'Searches run on Clearview AI by NYPD officers (a tool outside the policy)',
      agency: null,
      technology: 'facial-recognition',
      value: 11000,
      unit: 'searches',
      qualifier: 'more than',
      uncertain: true,
      quote: 'NYPD officers ran more than 11,000 searches on Clearview AI',
      finding: null,
      source,
      kind: 'figure',
      reason: null,
    },
  ],
  views: [
    {
      name: 'fr-matches-by-offence-2019',
      title: 'Possible matches by offence type, 2019',
      periods: ['2019'],
      metrics: ['Possible matches: murder cases', 'Possible matches: rape cases'],
      points: [
        {
          period: '2019',
          metric: 'Possible matches: murder cases',
          value: 68,
          unit: 'matches',
          qualifier: null,
          uncertain: false,
          figureId: 'x-3',
          source: { ...source, kind: 'news quoting an NYPD web page' },
        },
        {
          period: '2019',
          metric: 'Possible matches: rape cases',
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

const policies: PolicyFacts[] = [
  {
    slug: 'thermographic-cameras',
    technology: 'Thermographic Cameras',
    status: 'final',
    addenda: [
      { date: '2023-04-11', description: 'x' },
      { date: '2024-01-02', description: 'y' },
    ],
  },
];

describe('the statistics in Spanish', () => {
  it('writes figures with Spanish units, qualifiers and number format', () => {
    expect(formatFigure(11000, 'searches', 'more than', es)).toBe('más de 11.000 búsquedas');
    expect(formatFigure(41000, 'requests', 'about', es)).toBe('alrededor de 41.000 solicitudes');
    expect(formatFigure(31, 'percent', null, es)).toBe('31 %');
    expect(formatFigure(14, 'recommendations', 'of 15', es)).toBe('14 de 15 recomendaciones');
    // English stays as it was.
    expect(formatFigure(11000, 'searches', 'more than')).toBe('more than 11,000 searches');
    expect(formatFigure(14, 'recommendations', 'of 15')).toBe('14 of 15 recommendations');
  });

  it('labels, summarises and explains a chart of published figures in Spanish', () => {
    const [chart] = publishedCharts(file, es);
    expect(chart!.title).toBe('Posibles coincidencias por tipo de delito, 2019');
    expect(chart!.categoryLabel).toBe('Periodo');
    expect(chart!.seriesLabel).toBe('Indicador');
    expect(chart!.points.map((p) => [p.series, p.display, p.claimant])).toEqual([
      [
        'Posibles coincidencias: casos de asesinato',
        '68 coincidencias',
        'medio que cita una página web del NYPD',
      ],
      ['Posibles coincidencias: casos de violación', 'no informado', null],
    ]);
    // Status values stay identifiers (data attributes, downloads); the page shows the word.
    expect(chart!.points[1]!.status).toBe('not reported');
    expect(statusWord('not reported', es.m)).toBe('no informado');
    expect(chart!.summary).toBe(
      'La mayor cifra publicada es 68 coincidencias (Posibles coincidencias: casos de asesinato, 2019); ninguna fuente informa de 1 de las 2 cifras.',
    );
    expect(chart!.method).toMatch(/^Afirmaciones publicadas por las fuentes nombradas/);
    expect(chart!.sources[0]!.label).toBe(
      'MediaNama (2020-03), citing BuzzFeed News (medio que cita una página web del NYPD)',
    );
    expect(chart!.sourceTitles?.['https://a.example/x']?.title).toBe(source.title);
    expect(chart!.langs).toEqual({ title: 'es', summary: 'es', method: 'es', labels: 'es' });
  });

  it('keeps the downloads’ numbers and words English: the default text', () => {
    const [chart] = publishedCharts(file);
    expect(chart!.points[0]!.series).toBe('Possible matches: murder cases');
    expect(chart!.points[1]!.display).toBe('not reported');
    expect(chart!.method).toMatch(/^Published claims reported by the sources named/);
  });

  it('says what is and is not reported in Spanish', () => {
    const items = coverage('facial-recognition', [file], undefined, es);
    expect(items.map((i) => [i.label, i.reported, i.detail])).toEqual([
      [
        'Cifras publicadas (afirmaciones de medios y organizaciones de defensa de derechos)',
        true,
        '1 cifra informada por medios y organizaciones de defensa de derechos',
      ],
      [
        'Uso a lo largo del tiempo',
        false,
        'el departamento no ha publicado datos a nivel de registro',
      ],
      ['Resultados del uso', false, 'el departamento no ha publicado datos a nivel de registro'],
      [
        'Uso por finalidad y distrito',
        false,
        'el departamento no ha publicado datos a nivel de registro',
      ],
      [
        'Divulgaciones fuera del departamento',
        false,
        'el departamento no ha publicado datos a nivel de registro',
      ],
      [
        'Solicitudes FOIL sobre esta tecnología',
        false,
        'no se han publicado registros de solicitudes FOIL; las cifras de toda la agencia según fuentes periodísticas y de defensa de derechos están en la página general de estadísticas',
      ],
      ['Adendas de la política', false, 'no hay ninguna política importada'],
    ]);
    expect(coverageLine(items, es)).toBe(
      'El NYPD no publica cifras de uso; 1 cifra informada por medios y organizaciones de defensa de derechos',
    );
  });

  it('counts addenda and writes their chart in Spanish', () => {
    const chart = addendaChart(policies, 'thermographic-cameras', es);
    expect(chart.title).toBe('Adendas por año');
    expect(chart.points.map((p) => p.display)).toEqual(['1 adenda', '1 adenda']);
    expect(chart.summary).toBe('Las políticas importadas enumeran 2 adendas en 2 años.');
    expect(chart.sources[0]!.label).toBe('política de Thermographic Cameras, tabla de adendas');
  });

  it('suppresses record-level cells with the Spanish word and method', () => {
    const records: StatsFile = {
      ...file,
      dataset: 'usage-log',
      kind: 'records',
      threshold: 10,
      grain: 'month',
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
              { value: 1234, status: 'published' },
            ],
          ],
          rowTotals: [{ value: 1240, status: 'published' }],
          colTotals: null,
          total: { value: 1240, status: 'published' },
          protection: 'cells',
          sql: { file: 'scripts/stats/sql/usage-by-period.sql', text: 'SELECT 1' },
        },
      ],
    } as StatsFile;
    const [chart] = recordCharts(records, es);
    expect(chart!.points.map((p) => p.display)).toEqual(['suprimido', '1234']);
    expect(chart!.summary).toBe('Total: 1240; 1 de las 2 celdas están suprimidas.');
    expect(chart!.method).toMatch(
      /^Recuentos de filas de data\/stats\/published\/nypd-facial-recognition\.csv \(SQL: scripts\/stats\/sql\/usage-by-period\.sql\); las fechas se agrupan por mes\. Se suprimen los recuentos de 1 a 9 \(umbral de 10\)\./,
    );
  });

  it('says how many records were aggregated in Spanish', () => {
    const f = {
      ...file,
      kind: 'records',
      provenance: {
        ...file.provenance,
        rowsRead: 12345,
        rowCounts: { status: 'rounded', roundedTo: 10 },
      },
    } as unknown as StatsFile;
    expect(recordsAggregated(f, es)).toBe(
      'unos 12.345 registros agregados (redondeado al múltiplo de 10 más cercano, para que no pueda revelar un recuento suprimido)',
    );
    expect(excludedRows(3, es)).toBe('3 filas');
    expect(excludedRows(null, es)).toBe('Un número retenido de filas');
    expect(grainWord('quarter', es.p)).toBe('trimestre');
  });
});

describe('the statistics in a language whose prose is not translated yet', () => {
  it('has its interface words, and English prose and data words, and says so', () => {
    expect(statsUntranslated(zh)).toBe(true);
    expect(statsUntranslated(es)).toBe(false);
    const [chart] = publishedCharts(file, zh);
    expect(chart!.seriesLabel).toBe('指标');
    expect(chart!.points[1]!.display).toBe('未报告');
    expect(chart!.points[0]!.display).toBe('68 matches');
    expect(chart!.summary).toMatch(/^The largest published figure is 68 matches/);
    expect(chart!.langs).toEqual({ title: 'en', summary: 'en', method: 'en', labels: 'en' });
    expect(langAttr(zh, chart!.langs.summary)).toBe('en');
    expect(langAttr(zh, chart!.points[1]!.displayLang)).toBeUndefined();
    // Interface words of the coverage are translated; their explanations are English, and say so.
    const [published, usage] = coverage('facial-recognition', [file], undefined, zh);
    expect(published!.detail).toBe('新闻和倡导来源报告了 1 个数字');
    expect(published!.detailLang).toBe('zh-hans');
    expect(usage!.label).toBe('历来使用情况');
    expect(usage!.detailLang).toBe('en');
  });
});

describe('the Spanish vocabulary covers the current data', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const english = new Set(Object.values(siteStatsData.messages.en as Record<string, string>));
  const es = siteStatsData.messages.es as Record<string, string>;

  it('maps each English text to one key (a text can be looked up)', () => {
    const values = Object.values(siteStatsData.messages.en as Record<string, string>);
    expect(new Set(values).size).toBe(values.length);
    for (const [k, v] of Object.entries(es)) expect(v, k).not.toBe('');
  });

  /** Every text of the data a page shows translated: metrics, periods, who makes each claim, units, qualifiers. */
  const dataTexts = (): Set<string> => {
    const out = new Set<string>();
    const dir = path.join(root, 'data/stats/published');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
      const [header, ...lines] = readFileSync(path.join(dir, name), 'utf8').trim().split('\n');
      const cols = header!.split(',');
      for (const line of lines) {
        // A tiny CSV reader: quoted fields may hold commas and doubled quotes.
        const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
          .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
          .slice(0, cols.length);
        const at = (c: string) => cells[cols.indexOf(c)] ?? '';
        for (const c of ['metric', 'source_kind', 'unit', 'qualifier'])
          if (cols.includes(c) && at(c)) out.add(at(c));
        // A percentage is written with the vocabulary's "{n}%" form, not its unit's name.
        out.delete('percent');
        if (cols.includes('period') && !/^\d{4}(-\d{4})?$/.test(at('period')))
          out.add(at('period'));
      }
    }
    const pkg = JSON.parse(
      readFileSync(path.join(root, 'data/stats/datapackage.json'), 'utf8'),
    ) as {
      description: string;
      resources: {
        title: string;
        description: string;
        sources: { title: string }[];
        licenses: { title?: string }[];
        'x-pp': { views?: { title: string }[] };
      }[];
    };
    out.add(pkg.description);
    for (const r of pkg.resources) {
      out.add(r.title);
      out.add(r.description);
      for (const s of r.sources) out.add(s.title);
      for (const l of r.licenses) if (l.title) out.add(l.title);
      for (const v of r['x-pp'].views ?? []) out.add(v.title);
    }
    out.add(FINDING_REASON);
    return out;
  };

  it('has a Spanish translation of every English text of data/stats/', () => {
    const texts = dataTexts();
    expect(texts.size).toBeGreaterThan(40);
    const missing = [...texts].filter((s) => !english.has(s));
    expect(
      missing,
      'add each to src/i18n/messages/site-stats-data.ts (English and Spanish)',
    ).toEqual([]);
    for (const s of texts) expect(statsText('es').v(s), s).not.toBe(s);
  });
});
