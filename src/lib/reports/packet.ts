/**
 * The hearing packet of one technology, as plain data: every section's
 * content, computed from the same sourced data as the site (the oversight
 * views, the published figures, the OIG-NYPD findings, the FOIL record map,
 * the annual-report fields). Pure: src/data/reports.ts loads the inputs and
 * the components render the result. Every citation into the policy page is
 * checked here; the build fails when one does not resolve.
 */
import type { AnnualReportRow } from '../../schemas/annual-report.ts';
import type { LegalFact } from '../../schemas/foil.ts';
import type { AddendumRow, ChangeRow } from '../../schemas/policy.ts';
import type { Figure } from '../../schemas/stats.ts';
import type { PolicyBlockSection } from '../policy/body.ts';
import type { PolicyBoilerplate } from '../oversight/boilerplate.ts';
import { type FactValue, KEY_FACTS, type FactDef } from '../oversight/key-facts.ts';
import {
  CRITERIA,
  type CriterionDef,
  type CriterionResult,
  type Scorecard,
} from '../oversight/scorecard.ts';
import {
  type PolicyEvent,
  type SectionDiff,
  compareVersions,
  policyEvents,
  versionDate,
} from '../oversight/timeline.ts';
import { assertAnchors } from './cite.ts';
import { type GapRow, reportingGap } from './gap.ts';
import { type OigReport, type Relation, relationTo } from './oig.ts';
import {
  type OigForQuestions,
  type Question,
  requirementSource,
  suggestedQuestions,
} from './questions.ts';
import { type ReportSource, SourceList } from './sources.ts';
import { type ReportMeta, packetSections } from './meta.ts';
import type { Locale } from '../../i18n/locales.ts';
import { prose } from '../../i18n/messages.ts';
import generated from '../../i18n/messages/reports-generated.ts';

/** A policy as the packet reads it. */
export interface PacketPolicy {
  slug: string;
  technology: string;
  title: string;
  status: 'draft' | 'final';
  posted?: string | undefined;
  updated?: string | undefined;
  addenda: readonly AddendumRow[];
  changes: readonly ChangeRow[];
  source: { file: string; path: string; sha256: string };
  /** YYYY-MM-DD it entered the portal, when recorded (data/policies/<slug>/publication.json). */
  addedToPortal: string | null;
  /** The day a reviewer read its key facts, when they did. */
  reviewed: string | null;
  sections: readonly PolicyBlockSection[];
}

/** Another imported version of the same technology. */
export interface PacketVersion {
  slug: string;
  status: string;
  date: string | null;
  sections: readonly PolicyBlockSection[];
}

/** A resolved FOIL record-map entry, as far as the packet prints it. */
export interface FoilEntry {
  id: string;
  title: string;
  period?: string;
  urgent?: boolean;
  citations: readonly { id: string }[];
}

/** Everything a packet is built from. */
export interface PacketInput {
  meta: Omit<ReportMeta, 'sections'>;
  policy: PacketPolicy;
  /** Other imported versions of the same technology, oldest first (may be empty). */
  versions: readonly PacketVersion[];
  facts: readonly FactValue[];
  scorecard: Scorecard;
  boilerplate: PolicyBoilerplate;
  /** Published figures and findings of every published-claims dataset. */
  figures: readonly Figure[];
  oig: readonly OigReport[];
  /** Rows of the annual-report dataset for this technology's latest reporting period. */
  rows: readonly AnnualReportRow[];
  foil: {
    summary: string;
    records: readonly FoilEntry[];
    notKept: readonly FoilEntry[];
    retention: readonly FoilEntry[];
  } | null;
  /** The legal fact of the FOIL response deadline. */
  responseFact: LegalFact;
}

/** An OIG-NYPD report as the packet shows it. */
export interface PacketOig extends OigForQuestions {
  /** The report itself, as the source gives its address (not read by the portal). */
  originalSource: ReportSource | null;
}

/** A published figure with its numbered source. */
export interface PacketFigure {
  figure: Figure;
  source: ReportSource;
}

/** The hearing packet. */
export interface HearingPacket {
  meta: ReportMeta;
  /** The language the packet was built for. */
  locale: Locale;
  /**
   * The language of its generated sentences (gap details, why an OIG-NYPD
   * report is listed, questions): `locale`, or English when not translated.
   */
  textLang: Locale;
  policy: PacketPolicy;
  /** Dated events of the policy, oldest first. */
  events: PolicyEvent[];
  versions: { list: PacketVersion[]; diff: SectionDiff[] | null };
  facts: { def: FactDef; value: FactValue }[];
  scorecard: { def: CriterionDef; result: CriterionResult }[];
  passed: number;
  total: number;
  boilerplate: PolicyBoilerplate;
  gap: { row: GapRow; required: ReportSource[]; source: ReportSource | null }[];
  /** The reporting period of the dataset rows shown, when there are any. */
  gapPeriod: { start: string; end: string } | null;
  figures: PacketFigure[];
  /** The sources' own words, once each, with the source. */
  quotes: { text: string; source: ReportSource }[];
  oig: PacketOig[];
  oigRelated: PacketOig[];
  foil: PacketInput['foil'];
  responseFact: { fact: LegalFact; sources: ReportSource[] };
  questions: Question[];
  sources: ReportSource[];
}

function citeOig(
  sources: SourceList,
  report: OigReport,
  relation: Exclude<Relation, { kind: 'none' }>,
): PacketOig {
  const findingSource = sources.cite({
    title: report.source.title,
    kind: report.source.kind,
    url: report.source.url,
  });
  const originalSource = report.source.original
    ? sources.cite({
        title: `OIG-NYPD, ${report.title} (${report.date})`,
        kind: 'oversight report (address as the source gives it)',
        url: report.source.original,
        notRead: true,
      })
    : null;
  const cite = (f: Figure | null) =>
    f ? sources.cite({ title: f.source.title, kind: f.source.kind, url: f.source.url }) : null;
  return {
    report,
    relation,
    findingSource,
    originalSource,
    madeSource: cite(report.made),
    rejectedSource: cite(report.rejected),
  };
}

/**
 * Builds a hearing packet; throws when a citation does not resolve on the
 * policy page. `locale` is the language of its labels and generated
 * sentences (English by default; the sources and their numbers do not
 * depend on it).
 */
export function buildHearingPacket(input: PacketInput, locale: Locale = 'en'): HearingPacket {
  const { policy } = input;
  const sources = new SourceList();
  const sectionsPresent = policy.sections;

  // What changed
  const events = policyEvents({ ...policy, addenda: [...policy.addenda] });
  const list = [...input.versions];
  const older = list.filter((v) => v.slug !== policy.slug);
  const diff =
    older.length > 0 ? compareVersions(older[older.length - 1]!.sections, policy.sections) : null;

  // At a glance
  const facts = KEY_FACTS.map((def) => {
    const value = input.facts.find((f) => f.factId === def.id);
    if (!value) throw new Error(`reports: no key-fact value "${def.id}" for ${policy.slug}`);
    return { def, value };
  });

  // Scorecard
  const scorecard = CRITERIA.map((def) => {
    const result = input.scorecard.results.find((r) => r.id === def.id);
    if (!result) throw new Error(`reports: no scorecard result "${def.id}" for ${policy.slug}`);
    return { def, result };
  });

  // Which claims and OIG-NYPD reports concern the technology (cited below, in document order)
  const mine = input.figures.filter((f) => f.kind === 'figure' && f.technology === policy.slug);
  const relations = input.oig
    .map((report) => ({
      report,
      relation: relationTo(report, { ...policy, sections: sectionsPresent }, locale),
    }))
    .filter(
      (x): x is { report: OigReport; relation: Exclude<Relation, { kind: 'none' }> } =>
        x.relation.kind !== 'none',
    );

  // Reporting gap, with the sources of each requirement and of each published field
  const equity = input.scorecard.results.find((r) => r.id === 'section-disparate-impacts');
  const hasEquity = sectionsPresent.some((s) => s.key === 'disparate-impacts');
  const gapRows = reportingGap(
    { ...policy, changes: policy.changes.length },
    input.rows,
    {
      figures: mine.length,
      oigReports: relations.filter((x) => x.relation.kind !== 'related').length,
      equitySubstantive: hasEquity ? (equity?.pass ?? false) : null,
    },
    locale,
  );
  const gap = gapRows.map((row) => ({
    row,
    required: row.field.requiredBy.map((req) => requirementSource(sources, req)),
    source:
      row.row?.source_title && row.row.source_url
        ? sources.cite({
            title: row.row.source_title,
            kind: 'NYPD report',
            url: row.row.source_url,
          })
        : null,
  }));
  const periods = [...new Set(input.rows.map((r) => `${r.period_start}/${r.period_end}`))];
  if (periods.length > 1)
    throw new Error(
      `reports: the packet of ${policy.slug} was given rows of ${periods.length} reporting periods; give the latest only`,
    );
  const gapPeriod = input.rows[0]
    ? { start: input.rows[0].period_start, end: input.rows[0].period_end }
    : null;

  // Published figures, with their sources
  const figures = mine.map((figure) => ({
    figure,
    source: sources.cite({
      title: figure.source.title,
      kind: figure.source.kind,
      url: figure.source.url,
    }),
  }));
  const quotes: { text: string; source: ReportSource }[] = [];
  for (const f of figures)
    if (f.figure.quote && !quotes.some((q) => q.text === f.figure.quote))
      quotes.push({ text: f.figure.quote, source: f.source });

  // OIG-NYPD reports: concerning, then related
  const oig: PacketOig[] = [];
  const oigRelated: PacketOig[] = [];
  for (const { report, relation } of relations)
    (relation.kind === 'related' ? oigRelated : oig).push(citeOig(sources, report, relation));

  // FOIL
  const responseFact = {
    fact: input.responseFact,
    sources: input.responseFact.sources.map((s) =>
      sources.cite({ title: s.label, kind: 'FOIL legal source', url: s.url }),
    ),
  };

  // Questions
  const questions = suggestedQuestions({
    slug: policy.slug,
    technology: policy.technology,
    sections: sectionsPresent,
    scorecard: input.scorecard,
    boilerplate: input.boilerplate,
    gap: gapRows,
    oig: [...oig, ...oigRelated],
    sources,
    locale,
  });
  // Every anchor the packet cites must exist on the policy page.
  const citable = { ...policy, changes: policy.changes.length, sections: sectionsPresent };
  assertAnchors(input.meta.id, citable, [
    ...facts.map((f) => ({ what: `key fact "${f.def.id}"`, ids: f.value.citations })),
    ...scorecard.map((s) => ({ what: `criterion "${s.def.id}"`, ids: s.result.evidence })),
    ...gapRows.map((g) => ({ what: `gap row "${g.field.id}"`, ids: g.citations })),
    ...oigRelated.map((o) => ({
      what: `OIG report ${o.report.date}`,
      ids: o.relation.kind === 'related' ? o.relation.citations : [],
    })),
    ...questions.map((q) => ({
      what: `question ${q.id}`,
      ids: q.cites.flatMap((c) => (c.kind === 'policy' ? [c.id] : [])),
    })),
    ...(input.foil
      ? [...input.foil.records, ...input.foil.notKept, ...input.foil.retention].map((e) => ({
          what: `FOIL entry "${e.id}"`,
          ids: e.citations.map((c) => c.id),
        }))
      : []),
  ]);

  return {
    meta: { ...input.meta, sections: packetSections(locale) },
    locale,
    textLang: prose(generated, locale).lang,
    policy,
    events,
    versions: {
      list:
        list.length > 0
          ? list
          : [
              {
                slug: policy.slug,
                status: policy.status,
                date: versionDate(policy),
                sections: policy.sections,
              },
            ],
      diff,
    },
    facts,
    scorecard,
    passed: input.scorecard.passed,
    total: input.scorecard.total,
    boilerplate: input.boilerplate,
    gap,
    gapPeriod,
    figures,
    quotes,
    oig,
    oigRelated,
    foil: input.foil,
    responseFact,
    questions,
    sources: sources.all(),
  };
}
