/**
 * The citywide annual report for one year, as plain data: inventory of the
 * technologies and their policies, scorecards side by side, boilerplate
 * across policies, the year's addenda and policy changes, OIG-NYPD reports
 * and the recommendation tracker, FOIL figures, the reporting gap across
 * technologies. Pure, like packet.ts.
 *
 * Years. A year has data when a policy event (posted, updated or addendum,
 * as printed), an OIG-NYPD report or a reporting period of the annual-report
 * dataset falls in it; an annual report is built for every such year, and
 * the latest is the current one. The policies are those in the portal (their
 * latest imported versions), whatever the year: a policy dated after the
 * year is marked so.
 */
import type { AnnualReportRow } from '../../schemas/annual-report.ts';
import { ANNUAL_REPORT_FIELDS, type AnnualReportField } from '../../schemas/annual-report.ts';
import type { AddendumRow, ChangeRow } from '../../schemas/policy.ts';
import type { Figure } from '../../schemas/stats.ts';
import type { PolicyBlockSection } from '../policy/body.ts';
import type { PairFigure, PolicyBoilerplate } from '../oversight/boilerplate.ts';
import {
  CRITERIA,
  type CriterionDef,
  type CriterionResult,
  type Scorecard,
} from '../oversight/scorecard.ts';
import { type PolicyEvent, policyEvents, versionDate } from '../oversight/timeline.ts';
import { type GapRow, reportingGap } from './gap.ts';
import { type ReportMeta, annualSections } from './meta.ts';
import type { Locale } from '../../i18n/locales.ts';
import { prose } from '../../i18n/messages.ts';
import generated from '../../i18n/messages/reports-generated.ts';
import { type OigReport, type Relation, relationTo } from './oig.ts';
import { requirementSource } from './questions.ts';
import { type ReportSource, SourceList } from './sources.ts';

/** A policy as the annual report reads it. */
export interface AnnualPolicy {
  slug: string;
  technology: string;
  title: string;
  status: 'draft' | 'final';
  posted?: string | undefined;
  updated?: string | undefined;
  addenda: readonly AddendumRow[];
  changes: readonly ChangeRow[];
  /** YYYY-MM-DD it entered the portal, when recorded. */
  addedToPortal: string | null;
  sections: readonly PolicyBlockSection[];
}

/** Everything an annual report is built from. */
export interface AnnualInput {
  meta: Omit<ReportMeta, 'sections'>;
  year: number;
  /** Every year with data, oldest first. */
  years: readonly number[];
  policies: readonly {
    policy: AnnualPolicy;
    scorecard: Scorecard;
    boilerplate: PolicyBoilerplate;
  }[];
  /** Published figures of the FOIL dataset (agency-wide claims). */
  foilFigures: readonly Figure[];
  /** Published figures about each technology (to count them per technology). */
  figures: readonly Figure[];
  oig: readonly OigReport[];
  /** OIG-NYPD counts that belong to no single report (e.g. reports issued per year). */
  otherOigCounts: readonly Figure[];
  /** Rows of the annual-report dataset whose reporting period ends in the year. */
  rows: readonly AnnualReportRow[];
}

/** One report of the tracker, with who it concerns. */
export interface TrackerEntry {
  report: OigReport;
  findingSource: ReportSource;
  originalSource: ReportSource | null;
  madeSource: ReportSource | null;
  rejectedSource: ReportSource | null;
  concerns: { slug: string; technology: string; relation: Exclude<Relation, { kind: 'none' }> }[];
}

/** The citywide annual report. */
export interface AnnualReport {
  meta: ReportMeta;
  /** The language the report was built for. */
  locale: Locale;
  /** The language of its generated sentences: `locale`, or English when not translated. */
  textLang: Locale;
  year: number;
  years: number[];
  inventory: {
    policy: AnnualPolicy;
    date: string | null;
    dateKind: 'updated' | 'posted' | null;
    /** True when the policy's printed date is after the year (the text shown is newer than the year). */
    datedAfter: boolean;
    addendaInYear: number;
    passed: number;
    total: number;
    share: number | null;
    packet: string;
  }[];
  scorecards: { def: CriterionDef; results: { slug: string; result: CriterionResult }[] }[];
  boilerplate: {
    slug: string;
    technology: string;
    words: number;
    sharedWords: number;
    share: number | null;
    pairs: PairFigure[];
  }[];
  /** Policy events dated in the year, oldest first. */
  events: PolicyEvent[];
  /** The summary-of-changes tables of policies posted or updated in the year. */
  changes: { slug: string; technology: string; rows: readonly ChangeRow[] }[];
  /** Reports issued in the year. */
  oigOfYear: TrackerEntry[];
  /** Every report in the data, oldest first. */
  tracker: TrackerEntry[];
  otherOigCounts: { figure: Figure; source: ReportSource }[];
  foil: { figure: Figure; source: ReportSource }[];
  gap: {
    fields: AnnualReportField[];
    /** rows[field index][policy index]. */
    cells: GapRow[][];
    /** The sources of each field's requirement, in field order. */
    required: ReportSource[][];
    periods: string[];
  };
  sources: ReportSource[];
}

/** Years with data, oldest first: policy events, OIG-NYPD reports, reporting periods. */
export function reportYears(
  events: readonly { date: string }[],
  oig: readonly { date: string }[],
  rows: readonly { period_end: string }[],
): number[] {
  const years = new Set<number>();
  for (const e of events) years.add(Number(e.date.slice(0, 4)));
  for (const r of oig) years.add(Number(r.date.slice(0, 4)));
  for (const r of rows) years.add(Number(r.period_end.slice(0, 4)));
  return [...years].filter((y) => Number.isInteger(y) && y > 0).sort((a, b) => a - b);
}

const inYear = (date: string, year: number) => date.startsWith(`${year}-`);

/** Builds the annual report of one year, its labels and generated sentences in `locale`. */
export function buildAnnualReport(input: AnnualInput, locale: Locale = 'en'): AnnualReport {
  const { year } = input;
  const sources = new SourceList();
  const policies = [...input.policies].sort(
    (a, b) =>
      a.policy.technology.localeCompare(b.policy.technology) ||
      a.policy.slug.localeCompare(b.policy.slug),
  );

  const inventory = policies.map(({ policy, scorecard, boilerplate }) => {
    const date = versionDate(policy);
    return {
      policy,
      date,
      dateKind: policy.updated ? ('updated' as const) : policy.posted ? ('posted' as const) : null,
      datedAfter: date !== null && Number(date.slice(0, 4)) > year,
      addendaInYear: policy.addenda.filter((a) => inYear(a.date, year)).length,
      passed: scorecard.passed,
      total: scorecard.total,
      share: boilerplate.share,
      packet: `/reports/${policy.slug}/`,
    };
  });

  const scorecards = CRITERIA.map((def) => ({
    def,
    results: policies.map(({ policy, scorecard }) => {
      const result = scorecard.results.find((r) => r.id === def.id);
      if (!result) throw new Error(`reports: no scorecard result "${def.id}" for ${policy.slug}`);
      return { slug: policy.slug, result };
    }),
  }));

  const boilerplate = policies.map(({ policy, boilerplate: b }) => ({
    slug: policy.slug,
    technology: policy.technology,
    words: b.words,
    sharedWords: b.sharedWords,
    share: b.share,
    pairs: b.pairs,
  }));

  const rank = { posted: 0, updated: 1, addendum: 2 } as const;
  const events = policies
    .flatMap(({ policy }) => policyEvents({ ...policy, addenda: [...policy.addenda] }))
    .filter((e) => inYear(e.date, year))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.technology.localeCompare(b.technology) ||
        rank[a.kind] - rank[b.kind],
    );
  const changes = policies
    .filter(({ policy }) => [policy.posted, policy.updated].some((d) => d && inYear(d, year)))
    .filter(({ policy }) => policy.changes.length > 0)
    .map(({ policy }) => ({
      slug: policy.slug,
      technology: policy.technology,
      rows: policy.changes,
    }));

  // Relations first (no citation), so the gap can count the reports concerning each policy.
  const relations = input.oig.map((report) => ({
    report,
    concerns: policies.flatMap(({ policy }) => {
      const relation = relationTo(report, policy, locale);
      return relation.kind === 'none'
        ? []
        : [{ slug: policy.slug, technology: policy.technology, relation }];
    }),
  }));

  // Document order of sources: OIG (section 5), FOIL (6), gap requirements (7).
  const cite = (f: Figure | null) =>
    f ? sources.cite({ title: f.source.title, kind: f.source.kind, url: f.source.url }) : null;
  const tracker: TrackerEntry[] = relations.map(({ report, concerns }) => ({
    report,
    concerns,
    findingSource: sources.cite({
      title: report.source.title,
      kind: report.source.kind,
      url: report.source.url,
    }),
    originalSource: report.source.original
      ? sources.cite({
          title: `OIG-NYPD, ${report.title} (${report.date})`,
          kind: 'oversight report (address as the source gives it)',
          url: report.source.original,
          notRead: true,
        })
      : null,
    madeSource: cite(report.made),
    rejectedSource: cite(report.rejected),
  }));
  const otherOigCounts = input.otherOigCounts.map((figure) => ({
    figure,
    source: cite(figure) as ReportSource,
  }));
  const foil = input.foilFigures
    .filter((f) => f.kind === 'figure')
    .map((figure) => ({ figure, source: cite(figure) as ReportSource }));

  const cells = ANNUAL_REPORT_FIELDS.map(() => [] as GapRow[]);
  for (const { policy, scorecard } of policies) {
    const hasEquity = policy.sections.some((s) => s.key === 'disparate-impacts');
    const rows = reportingGap(
      { ...policy, changes: policy.changes.length },
      input.rows.filter((r) => r.technology === policy.slug),
      {
        figures: input.figures.filter((f) => f.kind === 'figure' && f.technology === policy.slug)
          .length,
        oigReports: relations.filter((r) =>
          r.concerns.some((c) => c.slug === policy.slug && c.relation.kind !== 'related'),
        ).length,
        equitySubstantive: hasEquity
          ? (scorecard.results.find((r) => r.id === 'section-disparate-impacts')?.pass ?? false)
          : null,
      },
      locale,
    );
    rows.forEach((r, i) => cells[i]!.push(r));
  }
  const required = ANNUAL_REPORT_FIELDS.map((f) =>
    f.requiredBy.map((req) => requirementSource(sources, req)),
  );
  const periods = [
    ...new Set(input.rows.map((r) => `${r.period_start} to ${r.period_end}`)),
  ].sort();

  return {
    meta: { ...input.meta, sections: annualSections(locale) },
    locale,
    textLang: prose(generated, locale).lang,
    year,
    years: [...input.years],
    inventory,
    scorecards,
    boilerplate,
    events,
    changes,
    oigOfYear: tracker.filter((t) => inYear(t.report.date, year)),
    tracker,
    otherOigCounts,
    foil,
    gap: { fields: [...ANNUAL_REPORT_FIELDS], cells, required, periods },
    sources: sources.all(),
  };
}
