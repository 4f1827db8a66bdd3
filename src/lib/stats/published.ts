import type { Figure, PublishedView, PublishedViewData, Resource } from '../../schemas/stats.ts';
import { formatNumber } from '../../i18n/format.ts';
import { fillText } from '../text-template.ts';
import { STATS_TEXT_EN, type StatsText } from './messages.ts';

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

/**
 * True when the period itself is approximate, as the source states it:
 * "about 2019-2023 (...)", "up to early 2020", "c. 2019", or a question mark.
 */
export function isApproximatePeriod(period: string): boolean {
  return /^(?:about\b|up to\b|c\.|circa\b)/i.test(period.trim()) || period.includes('?');
}

/**
 * "more than 34 years", "about 41,000 requests", "7,024 requests", "31%",
 * "14 of 15 recommendations" (a qualifier starting with "of" follows the number).
 * In another language with its vocabulary (`text.v`, `text.vocabLang`: the
 * unit, the qualifier and the percent form "{n}%" are the data's words):
 * "más de 11.000 búsquedas", "31 %".
 */
export function formatFigure(
  value: number,
  unit: string,
  qualifier: string | null,
  text: StatsText = STATS_TEXT_EN,
): string {
  const { v } = text;
  const n = formatNumber(text.vocabLang, value);
  const percent = unit === 'percent';
  const pct = fillText(v('{n}%'), { n });
  const u = percent ? '' : ` ${v(unit)}`;
  const q = qualifier ? v(qualifier) : null;
  if (qualifier && /^of\b/i.test(qualifier)) return percent ? `${pct} ${q}` : `${n} ${q}${u}`;
  return `${q ? `${q} ` : ''}${percent ? pct : n}${u}`;
}

/** Why a row of a findings file (no value column) is not a figure. */
export const FINDING_REASON =
  'A text finding of the report, not a figure: shown as a list, never charted.';

/**
 * Turns the validated rows of a published-claims file into figures: each row
 * keeps its line, its qualifier ("about", "more than"), the source's own words
 * and who makes the claim; rows without a numeric value, rows of a findings
 * file and rows annotated as not a figure become text findings with the reason.
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
  const c = ext.columns;
  return rows.map((row) => {
    const period = col(row, c.period);
    const metric = col(row, c.metric);
    const rawValue = col(row, c.value);
    const annotation = ext.annotations.find(
      (a) => a.metric === metric && (a.period === undefined || a.period === period),
    );
    const parsed = parseUnit(
      annotation?.unit ?? (c.unit ? col(row, c.unit) : (ext.defaultUnit ?? 'count')),
    );
    const qualifier =
      col(row, c.qualifier) || parsed.qualifier || (parsed.estimate ? 'roughly' : null);
    let kind: Figure['kind'] = 'figure';
    let reason: string | null = null;
    if (c.value === undefined) {
      kind = 'finding';
      reason = FINDING_REASON;
    } else if (rawValue === '') {
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
      agency: ext.scope.agency ?? null,
      technology: ext.scope.technology ?? null,
      value: kind === 'figure' ? Number(rawValue) : null,
      unit: parsed.unit,
      qualifier,
      uncertain: isApproximatePeriod(period),
      quote: col(row, c.quote),
      finding: c.finding ? col(row, c.finding) : null,
      source: {
        title: col(row, c.sourceTitle),
        kind: col(row, c.sourceKind),
        url: col(row, c.sourceUrl),
        original: col(row, c.originalUrl) || null,
      },
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
