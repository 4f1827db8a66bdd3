/**
 * Suggested questions for witnesses, generated, never written by hand: one
 * per failing scorecard criterion (the health and safety question once, when
 * both its criteria fail: they apply the same rule), one per report field
 * not reported, one
 * per OIG-NYPD report that concerns (or is related to) the technology. Each
 * question cites what it rests on: the policy paragraphs (or the section
 * where the law asks for what is missing), the law or the source that makes
 * the claim, and the row of the packet it comes from. Wording is neutral:
 * a question asks for what is missing; it does not argue.
 */
import { type Requirement, POST_ACT_14_188_A } from '../../schemas/annual-report.ts';
import { type SectionKey, isSectionKey, sectionLabel } from '../../schemas/sections.ts';
import type { PolicyBoilerplate } from '../oversight/boilerplate.ts';
import { sectionFigure } from '../oversight/boilerplate.ts';
import { MIN_SECTION_WORDS, type Scorecard, criterion } from '../oversight/scorecard.ts';
import { formatFigure } from '../stats/published.ts';
import type { Locale } from '../../i18n/locales.ts';
import { prose, t as messages } from '../../i18n/messages.ts';
import generated, { type GeneratedMessages } from '../../i18n/messages/reports-generated.ts';
import reports from '../../i18n/messages/reports.ts';
import { dateIn } from './l10n.ts';
import { FIELD_SECTIONS, type GapRow, sectionParagraphs } from './gap.ts';
import type { OigReport, Relation } from './oig.ts';
import type { PolicyBlockSection } from '../policy/body.ts';
import type { AnnualReportFieldId } from '../../schemas/annual-report.ts';
import type { ReportSource, SourceList } from './sources.ts';

/** What a question cites. */
export type QuestionCite =
  /** An anchor of the technology's policy page (paragraph, list item, section, changes, addendum). */
  | { kind: 'policy'; id: string }
  /** An entry of the packet's source list. */
  | { kind: 'source'; source: ReportSource }
  /** A row or section of the packet itself. */
  | { kind: 'report'; anchor: string; label: string };

/** Who a question is for. */
export type Witness = 'NYPD' | 'NYPD; DOI (OIG-NYPD)';

/** One suggested question. */
export interface Question {
  /** `q-<n>`: its anchor in the packet. */
  id: string;
  /** Rich text (./rich.ts) in the language `lang`. */
  text: string;
  /** The language of `text`: the packet's, or English when it is not translated yet. */
  lang: Locale;
  witness: Witness;
  /** What the question is generated from; `label` is rich text in the packet's language. */
  basis: { kind: 'criterion' | 'field' | 'oig'; id: string; label: string };
  cites: QuestionCite[];
}

/** An OIG-NYPD report as the packet cites it. */
export interface OigForQuestions {
  report: OigReport;
  relation: Exclude<Relation, { kind: 'none' }>;
  /** Source of the finding's summary. */
  findingSource: ReportSource;
  madeSource: ReportSource | null;
  rejectedSource: ReportSource | null;
}

/** Everything the questions are generated from. */
export interface QuestionInput {
  slug: string;
  technology: string;
  sections: readonly PolicyBlockSection[];
  scorecard: Scorecard;
  boilerplate: PolicyBoilerplate;
  gap: readonly GapRow[];
  oig: readonly OigForQuestions[];
  sources: SourceList;
  /** The packet's language (default English). */
  locale?: Locale;
}

/** A requirement as a source of the packet (a law or report cited by name, with its address when known). */
export function requirementSource(sources: SourceList, req: Requirement): ReportSource {
  return sources.cite({
    title: req.law,
    kind: req.short === 'OIG-NYPD' ? 'oversight reports' : 'law',
    url: req.url ?? null,
  });
}

/** What each section is about, for a question ("What can the NYPD add about …?"). */
const SECTION_SUBJECTS: Readonly<Record<SectionKey, keyof GeneratedMessages>> = {
  capabilities: 'subjectCapabilities',
  rules: 'subjectRules',
  safeguards: 'subjectSafeguards',
  retention: 'subjectRetention',
  'public-access': 'subjectPublicAccess',
  'external-entities': 'subjectExternalEntities',
  training: 'subjectTraining',
  audit: 'subjectAudit',
  'health-safety': 'subjectHealthSafety',
  'disparate-impacts': 'subjectDisparateImpacts',
};

/** The section a failing "ask" criterion is about. */
const ASK_SECTIONS: Readonly<Record<string, SectionKey>> = {
  'ask-court-authorization': 'rules',
  'ask-encryption': 'safeguards',
  'ask-access-control': 'safeguards',
  'ask-entity-local': 'external-entities',
  'ask-entity-state': 'external-entities',
  'ask-entity-federal': 'external-entities',
  'ask-entity-private': 'external-entities',
  'ask-retention': 'retention',
  'ask-health-safety': 'health-safety',
};

function criterionQuestion(
  input: QuestionInput,
  id: string,
  note: string,
  m: GeneratedMessages,
): { text: string; cites: QuestionCite[] } {
  const t = input.technology;
  const law: QuestionCite = {
    kind: 'source',
    source: requirementSource(input.sources, POST_ACT_14_188_A),
  };
  const row: QuestionCite = {
    kind: 'report',
    anchor: `criterion-${id}`,
    label: messages(reports, input.locale ?? 'en').citeScorecardRow,
  };
  const present = (k: SectionKey) => sectionParagraphs(input.sections, k).length > 0;
  if (id.startsWith('section-')) {
    const key = id.slice('section-'.length);
    if (!isSectionKey(key)) throw new Error(`questions: unknown section criterion "${id}"`);
    const label = sectionLabel(key);
    if (!present(key)) return { text: m.qMissingSection(t, label), cites: [law, row] };
    const fig = sectionFigure(input.boilerplate, key);
    const words = fig?.words ?? 0;
    const shared = fig?.sharedWords ?? 0;
    const specific = words - shared;
    const subject = m[SECTION_SUBJECTS[key]] as string;
    const text =
      words < MIN_SECTION_WORDS
        ? m.qShortSection(t, label, words, MIN_SECTION_WORDS, subject)
        : m.qBoilerplateSection(
            t,
            label,
            words,
            shared,
            Math.round((shared / words) * 100),
            specific,
            subject,
          );
    return {
      text,
      cites: [
        ...sectionParagraphs(input.sections, key).map((p): QuestionCite => ({
          kind: 'policy',
          id: p,
        })),
        row,
      ],
    };
  }
  const key = ASK_SECTIONS[id];
  if (!key) throw new Error(`questions: no question for criterion "${id}"`);
  const where: QuestionCite[] = present(key) ? [{ kind: 'policy', id: key }] : [];
  const entity = /^ask-entity-(\w+)$/.exec(id)?.[1];
  let text: string;
  if (id === 'ask-court-authorization') text = m.qCourtAuthorization(t);
  else if (id === 'ask-encryption') text = m.qEncryption(t);
  else if (id === 'ask-access-control') text = m.qAccessControl(t);
  else if (entity) text = m.qEntity(t, entity);
  else if (id === 'ask-retention') text = m.qRetention(t);
  else {
    const paragraphs = sectionParagraphs(input.sections, 'health-safety');
    return {
      text: m.qHealthSafety(
        t,
        note.replace(/^Answered without substance: /, '').replace(/\.$/, ''),
      ),
      cites: [...paragraphs.map((p): QuestionCite => ({ kind: 'policy', id: p })), law, row],
    };
  }
  return { text, cites: [...where, law, row] };
}

/** The question for a field not reported, by field. */
const FIELD_QUESTIONS: Readonly<
  Record<AnnualReportFieldId, (m: GeneratedMessages, t: string) => string>
> = {
  identification: (m, t) => m.qFieldIdentification(t),
  use: (m, t) => m.qFieldUse(t),
  'data-sharing': (m, t) => m.qFieldDataSharing(t),
  'intergovernmental-sharing': (m, t) => m.qFieldIntergovernmental(t),
  deployment: (m, t) => m.qFieldDeployment(t),
  complaints: (m, t) => m.qFieldComplaints(t),
  audits: (m, t) => m.qFieldAudits(t),
  breaches: (m, t) => m.qFieldBreaches(t),
  effectiveness: (m, t) => m.qFieldEffectiveness(t),
  'records-requests': (m, t) => m.qFieldRecordsRequests(t),
  cost: (m, t) => m.qFieldCost(t),
  'policy-changes': (m, t) => m.qFieldPolicyChanges(t),
  products: (m, t) => m.qFieldProducts(t),
  equity: (m, t) => m.qFieldEquity(t),
  oversight: (m, t) => m.qFieldOversight(t),
  'facial-recognition-audit': (m) => m.qFieldFacialRecognitionAudit,
};

function oigQuestion(
  input: QuestionInput,
  o: OigForQuestions,
  m: GeneratedMessages,
  lang: Locale,
): Question {
  const locale = input.locale ?? 'en';
  const t = input.technology;
  const r = o.report;
  const cites: QuestionCite[] = [{ kind: 'source', source: o.findingSource }];
  let made: string | null = null;
  let rejected: { figure: string; period: string } | null = null;
  if (r.made && r.made.value !== null && o.madeSource) {
    made = formatFigure(r.made.value, r.made.unit, r.made.qualifier);
    cites.push({ kind: 'source', source: o.madeSource });
  }
  if (r.rejected && r.rejected.value !== null && o.rejectedSource) {
    rejected = {
      figure: formatFigure(r.rejected.value, r.rejected.unit, r.rejected.qualifier),
      period: r.rejected.period,
    };
    if (o.rejectedSource !== o.madeSource) cites.push({ kind: 'source', source: o.rejectedSource });
  }
  let text: string;
  if (o.relation.kind === 'related') {
    for (const id of o.relation.citations) cites.unshift({ kind: 'policy', id });
    text = m.qOigRelated(dateIn(lang, r.date), o.relation.tool, o.relation.phrase, t);
  } else {
    text = m.qOig(
      dateIn(lang, r.date),
      r.title,
      o.findingSource.title,
      r.finding,
      made,
      rejected,
      t,
    );
  }
  const ui = messages(reports, locale);
  cites.push({ kind: 'report', anchor: `oig-${r.id}`, label: ui.citeOigReport });
  return {
    id: '',
    text,
    lang,
    witness: 'NYPD; DOI (OIG-NYPD)',
    basis: { kind: 'oig', id: r.id, label: ui.basisOigReport(dateIn(locale, r.date)) },
    cites,
  };
}

/** The citations without repeats (two items of one law cite one source once). */
function uniqueCites(cites: readonly QuestionCite[]): QuestionCite[] {
  const key = (c: QuestionCite) =>
    c.kind === 'policy' ? `p:${c.id}` : c.kind === 'source' ? `s:${c.source.key}` : `r:${c.anchor}`;
  const seen = new Set<string>();
  return cites.filter((c) => !seen.has(key(c)) && Boolean(seen.add(key(c))));
}

/**
 * The suggested questions of a hearing packet, in the packet's order:
 * failing scorecard criteria, then fields not reported, then OIG-NYPD
 * reports. Numbered `q-1`, `q-2`, … Written in `input.locale` when the
 * sentences are translated, else in English (each question says its `lang`);
 * labels always in `input.locale`.
 */
export function suggestedQuestions(input: QuestionInput): Question[] {
  const locale = input.locale ?? 'en';
  const { m, lang } = prose(generated, locale);
  const ui = messages(reports, locale);
  const out: Question[] = [];
  const failing = new Set(input.scorecard.results.filter((r) => !r.pass).map((r) => r.id));
  for (const r of input.scorecard.results) {
    if (r.pass) continue;
    // Same rule as the section's own criterion: one question for both.
    if (r.id === 'ask-health-safety' && failing.has('section-health-safety')) continue;
    const def = criterion(r.id);
    if (!def) throw new Error(`questions: unknown criterion "${r.id}"`);
    const q = criterionQuestion(input, r.id, r.note, m);
    out.push({
      id: '',
      ...q,
      lang,
      witness: 'NYPD',
      basis: { kind: 'criterion', id: r.id, label: ui.basisCriterion(def.short) },
    });
  }
  for (const g of input.gap) {
    if (g.status !== 'not-reported') continue;
    const id = g.field.id as AnnualReportFieldId;
    const key = FIELD_SECTIONS[id];
    const cites: QuestionCite[] = [];
    if (key && sectionParagraphs(input.sections, key).length > 0)
      cites.push({ kind: 'policy', id: key });
    for (const c of g.citations)
      if (!cites.some((x) => x.kind === 'policy' && x.id === c))
        cites.push({ kind: 'policy', id: c });
    for (const req of g.field.requiredBy)
      cites.push({ kind: 'source', source: requirementSource(input.sources, req) });
    cites.push({ kind: 'report', anchor: `gap-${id}`, label: ui.citeGapRow });
    out.push({
      id: '',
      text: FIELD_QUESTIONS[id](m, input.technology),
      lang,
      witness: id === 'oversight' ? 'NYPD; DOI (OIG-NYPD)' : 'NYPD',
      basis: { kind: 'field', id, label: ui.basisField(g.field.n) },
      cites,
    });
  }
  for (const o of input.oig) out.push(oigQuestion(input, o, m, lang));
  return out.map((q, i) => ({ ...q, id: `q-${i + 1}`, cites: uniqueCites(q.cites) }));
}
