import type { Figure, PublishedView, PublishedViewData, Resource } from '../../schemas/stats.ts';

/** One data row of a CSV file with its 1-based line number (as csv-parse reports it). */
export interface LinedRow {
  line: number;
  values: string[];
}

/** Qualifier words a source prints with a number, in the order they are looked for. */
const QUALIFIERS = ['more than', 'at least', 'nearly', 'about', 'roughly', 'approximately'];

/** Splits a unit such as "requests (approx: 'about')" into the unit and its qualifier. */
export function parseUnit(unit: string): {
  unit: string;
  qualifier: string | null;
  estimate: boolean;
} {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(unit);
  if (!m) return { unit: unit.trim(), qualifier: null, estimate: false };
  const inner = m[2]!.toLowerCase();
  const qualifier = QUALIFIERS.find((q) => inner.includes(q)) ?? null;
  return { unit: m[1]!.trim(), qualifier, estimate: inner.includes('estimate') };
}

/** The qualifier a metric name carries, e.g. "cases using facial recognition (at least)". */
export function metricQualifier(metric: string): string | null {
  const m = /\(([^)]*)\)\s*$/.exec(metric);
  if (!m) return null;
  return QUALIFIERS.find((q) => m[1]!.toLowerCase().includes(q)) ?? null;
}

/** True when the period, metric or note marks the figure as uncertain or unclear. */
export function isUncertain(period: string, metric: string, note: string): boolean {
  return (
    /UNCERTAIN|unclear/i.test(`${period} ${note}`) ||
    /\?/.test(`${period} ${metric}`) ||
    /^c\.\s?\d{4}/.test(period.trim())
  );
}

/** "more than 34 years", "about 41,000 requests", "7,024 requests". */
export function formatFigure(value: number, unit: string, qualifier: string | null): string {
  const n = value.toLocaleString('en-US');
  const u = unit === 'percent' ? '%' : ` ${unit}`;
  return `${qualifier ? `${qualifier} ` : ''}${n}${u}`;
}

/**
 * Turns the validated rows of a published-claims file into figures: each row
 * keeps its line, source and note; qualifiers ("about", "more than") and
 * uncertainty are carried; rows without a numeric value, or annotated as not a
 * figure in the descriptor, become text findings with the reason.
 */
export function buildFigures(resource: Resource, header: string[], rows: LinedRow[]): Figure[] {
  const ext = resource['x-pp'];
  if (ext.kind !== 'published')
    throw new TypeError(`${resource.name} is not a published-claims resource`);
  const col = (row: LinedRow, name: string | undefined): string => {
    if (name === undefined) return '';
    const i = header.indexOf(name);
    return i < 0 ? '' : (row.values[i] ?? '').trim();
  };
  return rows.map((row) => {
    const period = col(row, ext.columns.period);
    const metric = col(row, ext.columns.metric);
    const note = col(row, ext.columns.note);
    const rawValue = col(row, ext.columns.value);
    const annotation = ext.annotations.find(
      (a) => a.metric === metric && (a.period === undefined || a.period === period),
    );
    const parsed = parseUnit(
      annotation?.unit ??
        (ext.columns.unit ? col(row, ext.columns.unit) : (ext.defaultUnit ?? 'count')),
    );
    const qualifier =
      parsed.qualifier ?? metricQualifier(metric) ?? (parsed.estimate ? 'roughly' : null);
    const agency = ext.columns.agency ? col(row, ext.columns.agency) : (ext.scope.agency ?? null);
    let kind: Figure['kind'] = 'figure';
    let reason: string | null = null;
    if (rawValue === '') {
      kind = 'finding';
      reason = 'The row has no numeric value: it is a text finding, not a figure.';
    } else if (annotation?.notAFigure) {
      kind = 'finding';
      reason = annotation.notAFigure;
    }
    return {
      id: `${resource.name}-${row.line}`,
      line: row.line,
      period,
      metric,
      agency,
      technology: ext.scope.technology ?? null,
      value: kind === 'figure' ? Number(rawValue) : null,
      unit: parsed.unit,
      qualifier,
      uncertain: isUncertain(period, metric, note),
      note,
      source: col(row, ext.columns.source),
      kind,
      reason,
    };
  });
}

/**
 * The data of a chart over published figures: one point per period and
 * metric, null where no source reports a figure ("not reported").
 */
export function buildView(view: PublishedView, figures: Figure[]): PublishedViewData {
  const points = view.periods.flatMap((period) =>
    view.metrics.map((metric) => {
      const f = figures.find(
        (x) => x.kind === 'figure' && x.period === period && x.metric === metric,
      );
      return {
        period,
        metric,
        value: f?.value ?? null,
        unit: f?.unit ?? null,
        qualifier: f?.qualifier ?? null,
        uncertain: f?.uncertain ?? false,
        figureId: f?.id ?? null,
        source: f?.source ?? null,
      };
    }),
  );
  return {
    name: view.name,
    title: view.title,
    periods: view.periods,
    metrics: view.metrics,
    points,
  };
}
