import type { AddendumRow, Policy } from '../../schemas/policy.ts';
import type { CountTable, PublishedViewData, StatsFile } from '../../schemas/stats.ts';
import { csvDocument } from '../csv.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { fillText } from '../text-template.ts';
import { STATS_TEXT_EN, type StatsText, grainWord } from './messages.ts';
import { formatFigure } from './published.ts';

/** What the statistics pages need of a policy entry (its slug and frontmatter fields). */
export type PolicyFacts = { slug: string } & Pick<
  Policy,
  'technology' | 'status' | 'posted' | 'updated'
> & { addenda: Pick<AddendumRow, 'date' | 'description'>[] };

/** One plotted number (or the reason there is none), as tabled and downloaded. */
export interface ChartPoint {
  category: string;
  series: string;
  value: number | null;
  status: 'reported' | 'not reported' | 'suppressed';
  /** The value as printed, with its qualifier ("more than 11,000 searches"). */
  display: string;
  /** Language of `display` (the data's words, or the page's status word when there is no value). */
  displayLang: Locale;
  qualifier: string | null;
  uncertain: boolean;
  /** Address of the source the number was read in. */
  source: string | null;
  /** Who makes the claim, e.g. "news summary of an NYPD statement". */
  claimant: string | null;
}

/**
 * The language of each text of a chart: on a page in another language, the
 * data's own words or the prose may still be English (the page marks them).
 */
export interface ChartLangs {
  title: Locale;
  summary: Locale;
  method: Locale;
  /** Categories, series, who makes each claim and the sources' labels. */
  labels: Locale;
}

/** A chart with everything its figure shows: summary, table, source, method, downloads. */
export interface ChartSpec {
  id: string;
  title: string;
  /** Policy slug the chart belongs to; null for portal-wide charts. */
  technology: string | null;
  categoryLabel: string;
  seriesLabel: string;
  points: ChartPoint[];
  summary: string;
  sources: { label: string; href: string }[];
  /**
   * Published claims: each source's own title (kept as the source gives it,
   * in English) and who it is, by address, so a page can mark the title's
   * language apart from the rest of the label.
   */
  sourceTitles?: Record<string, { title: string; kind: string }>;
  method: string;
  langs: ChartLangs;
}

/**
 * Whether a chart shows something a figure card would not: at least two
 * numbers to compare. One bar (on an axis of 0 to 1 with ticks of 0.2, say) is
 * shown as a figure card instead; its table, sources and downloads stay.
 */
export function worthDrawing(chart: ChartSpec): boolean {
  return chart.points.filter((p) => p.value !== null).length >= 2;
}

/**
 * Charts over the published-claims views of one stats file, in the language
 * of `text` (English by default: the downloads always are).
 */
export function publishedCharts(file: StatsFile, text: StatsText = STATS_TEXT_EN): ChartSpec[] {
  return file.views.map((v) => viewChart(file, v, text));
}

function viewChart(file: StatsFile, view: PublishedViewData, text: StatsText): ChartSpec {
  const { m, p: words, v, proseLang, vocabLang, locale } = text;
  const points: ChartPoint[] = view.points.map((p) => ({
    category: v(p.period),
    series: v(p.metric),
    value: p.value,
    status: p.value === null ? 'not reported' : 'reported',
    display:
      p.value === null
        ? m.notReported
        : `${formatFigure(p.value, p.unit ?? '', p.qualifier, text)}${p.uncertain ? v(' (uncertain)') : ''}`,
    displayLang: p.value === null ? locale : vocabLang,
    qualifier: p.qualifier,
    uncertain: p.uncertain,
    source: p.source?.url ?? null,
    claimant: p.source ? v(p.source.kind) : null,
  }));
  const reported = points.filter((p) => p.value !== null);
  const missing = points.length - reported.length;
  const top = [...reported].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
  const summary =
    reported.length === 0
      ? words.summaryNone
      : fillText(words.summaryLargest, {
          display: top!.display,
          series: top!.series,
          category: top!.category,
          missing:
            missing > 0
              ? fillText(words.summaryMissing, {
                  missing: formatNumber(proseLang, missing),
                  total: formatNumber(proseLang, points.length),
                })
              : '',
        });
  const sources = [
    ...new Map(
      view.points
        .filter((p) => p.value !== null && p.source)
        .map((p) => [
          p.source!.url,
          { label: `${p.source!.title} (${v(p.source!.kind)})`, href: p.source!.url },
        ]),
    ).values(),
  ];
  return {
    id: `published-${view.name}`,
    title: v(view.title),
    technology: file.scope.technology,
    categoryLabel: m.colPeriod,
    seriesLabel: m.colMetric,
    points,
    summary,
    sources,
    sourceTitles: Object.fromEntries(
      view.points
        .filter((p) => p.value !== null && p.source)
        .map((p) => [p.source!.url, { title: p.source!.title, kind: v(p.source!.kind) }]),
    ),
    method: fillText(words.methodPublished, { dataset: file.dataset, path: file.path }),
    langs: { title: vocabLang, summary: proseLang, method: proseLang, labels: vocabLang },
  };
}

/** Charts over the count tables of a record-level stats file (cells after suppression). */
export function recordCharts(file: StatsFile, text: StatsText = STATS_TEXT_EN): ChartSpec[] {
  return file.tables.map((t) => tableChart(file, t, text));
}

function tableChart(file: StatsFile, t: CountTable, text: StatsText): ChartSpec {
  const { m, p: words, v, locale, proseLang, vocabLang } = text;
  const points: ChartPoint[] = t.rows.flatMap((r, i) =>
    t.cols.map((c, j) => {
      const cell = t.cells[i]![j]!;
      return {
        category: v(r),
        series: v(c),
        value: cell.value,
        status: cell.status === 'suppressed' ? ('suppressed' as const) : ('reported' as const),
        display: cell.value === null ? m.suppressed : formatNumber(locale, cell.value),
        displayLang: locale,
        qualifier: null,
        uncertain: false,
        source: null,
        claimant: null,
      };
    }),
  );
  const total =
    t.total.value === null
      ? proseLang === locale
        ? m.suppressed
        : 'suppressed'
      : formatNumber(proseLang, t.total.value);
  const suppressed = points.filter((p) => p.status === 'suppressed').length;
  const cells = formatNumber(proseLang, points.length);
  return {
    id: t.id,
    title: v(t.title),
    technology: t.technology === 'all' ? null : t.technology,
    categoryLabel: v(t.rowLabel),
    seriesLabel: v(t.colLabel),
    points,
    summary:
      t.protection === 'total-only'
        ? fillText(words.summaryTotalOnly, { total, cells })
        : fillText(words.summarySuppressed, {
            total,
            suppressed: formatNumber(proseLang, suppressed),
            cells,
          }),
    sources: [],
    method: recordsMethod(file, t, text),
    langs: { title: vocabLang, summary: proseLang, method: proseLang, labels: vocabLang },
  };
}

/**
 * The method note of a table of counts, in plain words: suppression, the
 * audit that checks it, and what the table shows when no safe publication of
 * its cells exists.
 */
export function recordsMethod(
  file: StatsFile,
  t: CountTable,
  { p, proseLang }: StatsText = STATS_TEXT_EN,
): string {
  const T = file.threshold ?? 10;
  const n = (x: number) => formatNumber(proseLang, x);
  return [
    fillText(p.methodRecordsCounts, {
      path: file.path,
      sql: t.sql.file,
      grain: grainWord(file.grain, p),
    }),
    fillText(p.methodRecordsThreshold, { below: n(T - 1), threshold: n(T) }),
    fillText(p.methodRecordsAudit, { threshold: n(T) }),
    t.protection === 'total-only' ? p.methodRecordsTotalOnly : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Addenda per year for one policy (or all), from the policies' own addenda tables. */
export function addendaChart(
  policies: PolicyFacts[],
  slug: string | null,
  text: StatsText = STATS_TEXT_EN,
): ChartSpec {
  const { m, p: words, locale, proseLang } = text;
  const selected = slug === null ? policies : policies.filter((p) => p.slug === slug);
  const points: ChartPoint[] = [];
  for (const p of [...selected].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const years = new Map<string, number>();
    for (const a of p.addenda)
      years.set(a.date.slice(0, 4), (years.get(a.date.slice(0, 4)) ?? 0) + 1);
    for (const [year, n] of [...years].sort()) {
      points.push({
        category: year,
        series: p.technology,
        value: n,
        status: 'reported',
        display: m.addendaCount(n, locale),
        displayLang: locale,
        qualifier: null,
        uncertain: false,
        source: `/policies/${p.slug}/#addenda`,
        claimant: m.addendaClaimant,
      });
    }
  }
  const total = points.reduce((a, p) => a + (p.value ?? 0), 0);
  return {
    id: slug === null ? 'addenda-by-year' : `addenda-${slug}`,
    title: slug === null ? m.addendaByYearTitle : m.addendaOneTitle,
    technology: slug,
    categoryLabel: m.colYear,
    seriesLabel: m.colTechnology,
    points,
    summary:
      total === 0
        ? words.summaryNoAddenda
        : words.summaryAddenda(total, new Set(points.map((p) => p.category)).size, proseLang),
    sources: selected.map((p) => ({
      label: fillText(m.addendaSource, { technology: p.technology }),
      href: `/policies/${p.slug}/#addenda`,
    })),
    method: words.methodAddenda,
    // Years, and the technologies' own names.
    langs: { title: locale, summary: proseLang, method: proseLang, labels: locale },
  };
}

/** Every chart of the portal, in a stable order. */
export function allCharts(files: StatsFile[], policies: PolicyFacts[]): ChartSpec[] {
  const sorted = [...files].sort((a, b) => a.dataset.localeCompare(b.dataset));
  return [
    ...sorted.flatMap((f) => publishedCharts(f)),
    ...sorted.flatMap((f) => recordCharts(f)),
    addendaChart(policies, null),
    ...[...policies]
      .sort((a, b) => a.slug.localeCompare(b.slug))
      .map((p) => addendaChart(policies, p.slug)),
  ];
}

/** The columns of a chart's download, in order. */
export const DOWNLOAD_COLUMNS = [
  'category',
  'series',
  'value',
  'status',
  'qualifier',
  'uncertain',
  'source',
  'claimant',
] as const;

/** The plotted numbers of a chart as CSV (header row, one line per point; see csvDocument). */
export function chartCsv(chart: ChartSpec): string {
  return csvDocument(chart.points, DOWNLOAD_COLUMNS);
}

/** The plotted numbers of a chart as JSON. */
export function chartJson(chart: ChartSpec): string {
  const body = {
    id: chart.id,
    title: chart.title,
    method: chart.method,
    points: chart.points.map((p) => Object.fromEntries(DOWNLOAD_COLUMNS.map((c) => [c, p[c]]))),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
