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
import { formatIsoDate } from '../policy/dates.ts';
import { formatFigure } from '../stats/published.ts';
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
  text: string;
  witness: Witness;
  /** What the question is generated from. */
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
const SECTION_SUBJECTS: Readonly<Record<SectionKey, string>> = {
  capabilities: 'what the technology can do',
  rules: 'the rules for its use',
  safeguards: 'its safeguards against unauthorized access',
  retention: 'how long its data is kept, who may access it and how it is used',
  'public-access': 'public access to its data',
  'external-entities': 'which outside entities receive its data',
  training: 'the training its users receive',
  audit: 'how its use is audited and overseen',
  'health-safety': 'its health and safety effects',
  'disparate-impacts': 'its disparate impacts',
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
): { text: string; cites: QuestionCite[] } {
  const t = input.technology;
  const law: QuestionCite = {
    kind: 'source',
    source: requirementSource(input.sources, POST_ACT_14_188_A),
  };
  const row: QuestionCite = { kind: 'report', anchor: `criterion-${id}`, label: 'scorecard row' };
  const present = (k: SectionKey) => sectionParagraphs(input.sections, k).length > 0;
  if (id.startsWith('section-')) {
    const key = id.slice('section-'.length);
    if (!isSectionKey(key)) throw new Error(`questions: unknown section criterion "${id}"`);
    const label = sectionLabel(key);
    if (!present(key))
      return {
        text: `The ${t} policy has no “${label}” section, which NYC Admin. Code § 14-188(a) requires of every impact and use policy. When will the NYPD publish it?`,
        cites: [law, row],
      };
    const fig = sectionFigure(input.boilerplate, key);
    const words = fig?.words ?? 0;
    const shared = fig?.sharedWords ?? 0;
    const specific = words - shared;
    const subject = SECTION_SUBJECTS[key];
    const text =
      words < MIN_SECTION_WORDS
        ? `The “${label}” section of the ${t} policy has ${words} words (the scorecard asks for at least ${MIN_SECTION_WORDS}). What can the NYPD add about ${subject} for ${t}?`
        : `Of the ${words} words of the “${label}” section of the ${t} policy, ${shared} (${Math.round((shared / words) * 100)}%) are found nearly word for word in another policy, leaving ${specific} specific to it. What is specific to ${t} about ${subject} that the section does not say?`;
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
  if (id === 'ask-court-authorization')
    text = `Does the NYPD seek court authorization before using ${t}, and if so of which type (warrant, court order)? The rules section does not say, although NYC Admin. Code § 14-188(a) asks for it.`;
  else if (id === 'ask-encryption')
    text = `Is ${t} data encrypted in transit and at rest? No sentence of the policy names encryption, although NYC Admin. Code § 14-188(a) asks for its safeguards.`;
  else if (id === 'ask-access-control')
    text = `Who may access ${t} data, and how is access limited and removed? The safeguards and retention sections do not say.`;
  else if (entity)
    text = `Do ${entity} entities have access to ${t} data, and under which conditions? The External Entities section does not name them, although NYC Admin. Code § 14-188(a) asks whether local, state, federal or private entities do.`;
  else if (id === 'ask-retention')
    text = `How long is ${t} data kept? The retention section states no period.`;
  else {
    const paragraphs = sectionParagraphs(input.sections, 'health-safety');
    return {
      text: `The health and safety section of the ${t} policy is not substantive by the scorecard’s rule (${note.replace(/^Answered without substance: /, '').replace(/\.$/, '')}). On what testing, exposure data or other basis does the NYPD rest what it says there?`,
      cites: [...paragraphs.map((p): QuestionCite => ({ kind: 'policy', id: p })), law, row],
    };
  }
  return { text, cites: [...where, law, row] };
}

/** The question for a field not reported, by field. */
const FIELD_QUESTIONS: Readonly<Record<AnnualReportFieldId, (t: string) => string>> = {
  identification: (t) =>
    `Which NYPD unit is responsible for ${t}, and over which period would a yearly report on it run? The policy names neither.`,
  use: (t) =>
    `How often did the NYPD use ${t} in the last year, how much data did it collect, and were people not suspected of anything captured?`,
  'data-sharing': (t) =>
    `How often did the NYPD share ${t} data outside the department in the last year, with which named recipients, which data, and under which legal standard?`,
  'intergovernmental-sharing': (t) =>
    `Has the NYPD published the intergovernmental data-sharing policy that NYC Admin. Code § 14-188(h), as amended by Local Law 56 of 2025, requires, and what does it say about ${t} data and task forces with access?`,
  deployment: (t) => `Where did the NYPD deploy ${t} in the last year, by precinct or borough?`,
  complaints: (t) =>
    `How many complaints about the NYPD’s use of ${t} were received in the last year, and what came of them?`,
  audits: (t) =>
    `Which internal audits of ${t} use were carried out in the last year, what violations did they find, and what action followed?`,
  breaches: (t) =>
    `Were there data breaches, unauthorized access or unauthorized disclosures of ${t} data in the last year, and were any reported to the City’s Chief Privacy Officer?`,
  effectiveness: (t) =>
    `What evidence does the NYPD have that its use of ${t} is effective for the purposes its policy names?`,
  'records-requests': (t) =>
    `How many FOIL requests about ${t} did the NYPD receive in the last year, and how were they answered?`,
  cost: (t) => `What did the NYPD spend on ${t} in the last year, and from which funding source?`,
  'policy-changes': (t) =>
    `Which changes to the ${t} policy does the NYPD intend to make or request?`,
  products: (t) =>
    `Which products, vendors and models does the NYPD use for ${t}, and what was acquired or discontinued in the last year?`,
  equity: (t) =>
    `Has the NYPD analysed the disparate impact of ${t} with data, and will it publish the analysis?`,
  oversight: (t) =>
    `Will the NYPD publish, for each OIG-NYPD recommendation that concerns ${t}, its text, whether it goes beyond the statute, the NYPD’s response and its status?`,
  'facial-recognition-audit': () =>
    'What does the annual audit of facial recognition under NYC Admin. Code § 14-188.1 (Local Law 55 of 2025) cover, and when will the first one be published?',
};

function oigQuestion(input: QuestionInput, o: OigForQuestions): Question {
  const t = input.technology;
  const r = o.report;
  const date = formatIsoDate(r.date);
  const cites: QuestionCite[] = [{ kind: 'source', source: o.findingSource }];
  const counts: string[] = [];
  if (r.made && r.made.value !== null && o.madeSource) {
    counts.push(`it made ${formatFigure(r.made.value, r.made.unit, r.made.qualifier)}`);
    cites.push({ kind: 'source', source: o.madeSource });
  }
  if (r.rejected && r.rejected.value !== null && o.rejectedSource) {
    counts.push(
      `the NYPD rejected ${formatFigure(r.rejected.value, r.rejected.unit, r.rejected.qualifier)} (${r.rejected.period})`,
    );
    if (o.rejectedSource !== o.madeSource) cites.push({ kind: 'source', source: o.rejectedSource });
  }
  const countText =
    counts.length > 0 ? ` According to the sources cited, ${counts.join(', and ')}.` : '';
  let text: string;
  if (o.relation.kind === 'related') {
    for (const id of o.relation.citations) cites.unshift({ kind: 'policy', id });
    text = `The OIG-NYPD’s ${date} report names “${o.relation.tool}” among tools folded into existing impact and use policies, and this policy describes an “${o.relation.phrase}”. Which impact and use policy covers it, and did the OIG-NYPD review the ${t} policy for it?`;
  } else {
    text = `The OIG-NYPD’s ${date} report (“${r.title}”) found, as ${o.findingSource.title} summarises it: “${r.finding}”${countText} Which of its recommendations bear on the ${t} policy, what did the NYPD answer to each, and what is their status?`;
  }
  cites.push({ kind: 'report', anchor: `oig-${r.id}`, label: 'OIG-NYPD report in this packet' });
  return {
    id: '',
    text,
    witness: 'NYPD; DOI (OIG-NYPD)',
    basis: { kind: 'oig', id: r.id, label: `OIG-NYPD report of ${date}` },
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
 * reports. Numbered `q-1`, `q-2`, …
 */
export function suggestedQuestions(input: QuestionInput): Question[] {
  const out: Question[] = [];
  const failing = new Set(input.scorecard.results.filter((r) => !r.pass).map((r) => r.id));
  for (const r of input.scorecard.results) {
    if (r.pass) continue;
    // Same rule as the section's own criterion: one question for both.
    if (r.id === 'ask-health-safety' && failing.has('section-health-safety')) continue;
    const def = criterion(r.id);
    if (!def) throw new Error(`questions: unknown criterion "${r.id}"`);
    const q = criterionQuestion(input, r.id, r.note);
    out.push({
      id: '',
      ...q,
      witness: 'NYPD',
      basis: { kind: 'criterion', id: r.id, label: `Scorecard: ${def.short} (fail)` },
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
    cites.push({ kind: 'report', anchor: `gap-${id}`, label: 'reporting-gap row' });
    out.push({
      id: '',
      text: FIELD_QUESTIONS[id](input.technology),
      witness: id === 'oversight' ? 'NYPD; DOI (OIG-NYPD)' : 'NYPD',
      basis: { kind: 'field', id, label: `Not reported: field ${g.field.n}` },
      cites,
    });
  }
  for (const o of input.oig) out.push(oigQuestion(input, o));
  return out.map((q, i) => ({ ...q, id: `q-${i + 1}`, cites: uniqueCites(q.cites) }));
}
