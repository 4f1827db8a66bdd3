import type { AddendumRow, Policy } from '../../schemas/policy.ts';
import type { CountTable, PublishedViewData, StatsFile } from '../../schemas/stats.ts';
import { csvDocument } from '../csv.ts';
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
  qualifier: string | null;
  uncertain: boolean;
  /** Address of the source the number was read in. */
  source: string | null;
  /** Who makes the claim, e.g. "news summary of an NYPD statement". */
  claimant: string | null;
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
  method: string;
}

/**
 * Whether a chart shows something a figure card would not: at least two
 * numbers to compare. One bar (on an axis of 0 to 1 with ticks of 0.2, say) is
 * shown as a figure card instead; its table, sources and downloads stay.
 */
export function worthDrawing(chart: ChartSpec): boolean {
  return chart.points.filter((p) => p.value !== null).length >= 2;
}

/** Charts over the published-claims views of one stats file. */
export function publishedCharts(file: StatsFile): ChartSpec[] {
  return file.views.map((v) => viewChart(file, v));
}

function viewChart(file: StatsFile, v: PublishedViewData): ChartSpec {
  const points: ChartPoint[] = v.points.map((p) => ({
    category: p.period,
    series: p.metric,
    value: p.value,
    status: p.value === null ? 'not reported' : 'reported',
    display:
      p.value === null
        ? 'not reported'
        : `${formatFigure(p.value, p.unit ?? '', p.qualifier)}${p.uncertain ? ' (uncertain)' : ''}`,
    qualifier: p.qualifier,
    uncertain: p.uncertain,
    source: p.source?.url ?? null,
    claimant: p.source?.kind ?? null,
  }));
  const reported = points.filter((p) => p.value !== null);
  const missing = points.length - reported.length;
  const top = [...reported].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
  const summary =
    reported.length === 0
      ? `No source reports any of these figures.`
      : `The largest published figure is ${top!.display} (${top!.series}, ${top!.category})${
          missing > 0
            ? `; ${missing} of ${points.length} figures are not reported by any source`
            : ''
        }.`;
  const sources = [
    ...new Map(
      v.points
        .filter((p) => p.value !== null && p.source)
        .map((p) => [
          p.source!.url,
          { label: `${p.source!.title} (${p.source!.kind})`, href: p.source!.url },
        ]),
    ).values(),
  ];
  return {
    id: `published-${v.name}`,
    title: v.title,
    technology: file.scope.technology,
    categoryLabel: 'Period',
    seriesLabel: 'Metric',
    points,
    summary,
    sources,
    method: `Published claims reported by the sources named beside each number (dataset ${file.dataset}, ${file.path}), not official statistics. Each number is shown as the source printed it, with its qualifier and who makes the claim; no suppression applies because no record-level data is involved.`,
  };
}

/** Charts over the count tables of a record-level stats file (cells after suppression). */
export function recordCharts(file: StatsFile): ChartSpec[] {
  return file.tables.map((t) => tableChart(file, t));
}

function tableChart(file: StatsFile, t: CountTable): ChartSpec {
  const points: ChartPoint[] = t.rows.flatMap((r, i) =>
    t.cols.map((c, j) => {
      const cell = t.cells[i]![j]!;
      return {
        category: r,
        series: c,
        value: cell.value,
        status: cell.status === 'suppressed' ? ('suppressed' as const) : ('reported' as const),
        display: cell.value === null ? 'suppressed' : cell.value.toLocaleString('en-US'),
        qualifier: null,
        uncertain: false,
        source: null,
        claimant: null,
      };
    }),
  );
  const total = t.total.value === null ? 'suppressed' : t.total.value.toLocaleString('en-US');
  const suppressed = points.filter((p) => p.status === 'suppressed').length;
  return {
    id: t.id,
    title: t.title,
    technology: t.technology === 'all' ? null : t.technology,
    categoryLabel: t.rowLabel,
    seriesLabel: t.colLabel,
    points,
    summary:
      t.protection === 'total-only'
        ? `Total ${total}; only the total is published (no safe publication of the ${points.length} cells exists).`
        : `Total ${total}; ${suppressed} of ${points.length} cells are suppressed.`,
    sources: [],
    method: recordsMethod(file, t),
  };
}

/**
 * The method note of a table of counts, in plain words: suppression, the
 * audit that checks it, and what the table shows when no safe publication of
 * its cells exists.
 */
export function recordsMethod(file: StatsFile, t: CountTable): string {
  const T = file.threshold ?? 10;
  return [
    `Counts of rows in ${file.path} (SQL: ${t.sql.file}); dates are coarsened to the ${file.grain ?? 'period'}.`,
    `Counts from 1 to ${T - 1} are suppressed (threshold ${T}).`,
    `Further counts are suppressed until an audit shows that no suppressed count can be worked out: for each one, a linear-programming solver computes the smallest and largest value that fits everything published (cells, row, column and grand totals, the totals this table shares with the technology's other tables, and the number of rows read), and that range must span at least ${T}.`,
    t.protection === 'total-only'
      ? 'No set of suppressions passed the audit for this table, so only its total is published.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Addenda per year for one policy (or all), from the policies' own addenda tables. */
export function addendaChart(policies: PolicyFacts[], slug: string | null): ChartSpec {
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
        display: `${n} ${n === 1 ? 'addendum' : 'addenda'}`,
        qualifier: null,
        uncertain: false,
        source: `/policies/${p.slug}/#addenda`,
        claimant: 'NYPD (the policy)',
      });
    }
  }
  const total = points.reduce((a, p) => a + (p.value ?? 0), 0);
  return {
    id: slug === null ? 'addenda-by-year' : `addenda-${slug}`,
    title: slug === null ? 'Policy addenda by year and technology' : 'Addenda by year',
    technology: slug,
    categoryLabel: 'Year',
    seriesLabel: 'Technology',
    points,
    summary:
      total === 0
        ? 'The imported policies list no addenda.'
        : `The imported policies list ${total} ${total === 1 ? 'addendum' : 'addenda'} in ${new Set(points.map((p) => p.category)).size} year(s).`,
    sources: selected.map((p) => ({
      label: `${p.technology} policy, addenda table`,
      href: `/policies/${p.slug}/#addenda`,
    })),
    method:
      'Counted from the addenda table printed in each Impact and Use Policy (the date of each addendum, grouped by calendar year). Public documents: no suppression applies.',
  };
}

/** Every chart of the portal, in a stable order. */
export function allCharts(files: StatsFile[], policies: PolicyFacts[]): ChartSpec[] {
  const sorted = [...files].sort((a, b) => a.dataset.localeCompare(b.dataset));
  return [
    ...sorted.flatMap(publishedCharts),
    ...sorted.flatMap(recordCharts),
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
