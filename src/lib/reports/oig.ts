/**
 * OIG-NYPD POST Act reports in the reports: one entry per row of the findings
 * dataset (`oig-post-act-findings`), with the recommendation counts of the
 * `oig-post-act` dataset that belong to it, and the documented rule that
 * decides which reports concern which technology.
 *
 * The data hold one finding per report, as a source summarises it, and a few
 * counts (recommendations made, rejected). They hold no recommendation's
 * text, no NYPD response per recommendation and no status per
 * recommendation: the tracker shows the counts with their sources and says
 * plainly that the rest is not published. No row is ever made up.
 */
import type { Figure } from '../../schemas/stats.ts';
import type { Locale } from '../../i18n/locales.ts';
import { prose } from '../../i18n/messages.ts';
import generated from '../../i18n/messages/reports-generated.ts';
import type { PolicyBlockSection } from '../policy/body.ts';
import { technologyKey } from '../oversight/timeline.ts';
import { remembered } from '../memo.ts';

/** One OIG-NYPD report, with the counts that belong to it. */
export interface OigReport {
  /** The findings row's figure id (e.g. `oig-post-act-findings-2`): the report's anchor suffix. */
  id: string;
  /** YYYY-MM-DD of the report. */
  date: string;
  title: string;
  /** The main finding in one sentence, as the source summarises it. */
  finding: string;
  /** Who summarises it, and where. */
  source: Figure['source'];
  /** Recommendation counts that belong to the report (see {@link countsForReport}). */
  made: Figure | null;
  rejected: Figure | null;
}

/** What a report is about, read from its title and finding (see {@link reportScope}). */
export type ReportScope =
  | { kind: 'all-policies' }
  | { kind: 'subject'; subject: string }
  | { kind: 'tools'; tools: string[] };

/** How a report relates to one policy. */
/** `basis`: why, in words (rich text, ./rich.ts), in the language asked for when translated, else English. */
export type Relation =
  | { kind: 'all-policies'; basis: string }
  | { kind: 'named'; basis: string }
  | { kind: 'related'; basis: string; phrase: string; tool: string; citations: string[] }
  | { kind: 'none' };

/** The rule, in words, for the method notes: in a language when translated, else in English (`lang`). */
export function oigRule(locale: Locale = 'en'): { rules: string[]; lang: Locale } {
  const { m, lang } = prose(generated, locale);
  return { rules: [m.oigRule1, m.oigRule2, m.oigRule3, m.oigRule4], lang };
}

/** The rule, in words, in English. */
export const OIG_RULE = oigRule('en').rules;

/** True when `period` (a counts row's period) names the report's day or month followed by "report". */
function periodNamesReport(period: string, date: string): boolean {
  const p = period.trim();
  return p.startsWith(date) || new RegExp(`^${date.slice(0, 7)} report\\b`).test(p);
}

/**
 * The counts rows that belong to a report: rows whose period names the
 * report's date (its day, or its month followed by "report"), and rows read
 * in the same source as such a row (the same article reporting on the same
 * recommendations, e.g. "14 of 15 rejected").
 */
export function countsForReport(date: string, counts: readonly Figure[]): Figure[] {
  const direct = counts.filter((f) => f.kind === 'figure' && periodNamesReport(f.period, date));
  const urls = new Set(direct.map((f) => f.source.url));
  const viaSource = counts.filter(
    (f) => f.kind === 'figure' && !direct.includes(f) && urls.has(f.source.url),
  );
  return [...direct, ...viaSource];
}

/** OIG-NYPD reports, oldest first, each with its counts. */
export function oigReports(findings: readonly Figure[], counts: readonly Figure[]): OigReport[] {
  return findings
    .filter((f) => /^\d{4}-\d{2}-\d{2}$/.test(f.period))
    .map((f): OigReport => {
      const mine = countsForReport(f.period, counts);
      return {
        id: f.id,
        date: f.period,
        title: f.metric,
        finding: f.finding ?? f.quote,
        source: f.source,
        made:
          mine.find((c) => !/reject/i.test(c.metric) && /recommendation/i.test(c.metric)) ?? null,
        rejected: mine.find((c) => /reject/i.test(c.metric)) ?? null,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Counts rows that belong to no report (e.g. reports issued per year), in file order. */
export function otherCounts(reports: readonly OigReport[], counts: readonly Figure[]): Figure[] {
  const used = new Set(
    reports.flatMap((r) => [r.made, r.rejected]).filter((f): f is Figure => f !== null),
  );
  return counts.filter((f) => f.kind === 'figure' && !used.has(f));
}

/** What a report is about: a subject in its title, tools named in its finding, or all policies. */
export function reportScope(report: Pick<OigReport, 'title' | 'finding'>): ReportScope {
  const subject = /\(([^()]+)\)\s*$/.exec(report.title)?.[1]?.trim();
  if (subject) return { kind: 'subject', subject };
  const among = /\(among them ([^()]+)\)/i.exec(report.finding)?.[1];
  if (among) {
    const tools = among
      .split(/,\s*|\s+and\s+/)
      .map((t) => t.replace(/^(?:the|a|an)\s+/i, '').trim())
      .filter(Boolean);
    if (tools.length > 0) return { kind: 'tools', tools };
  }
  return { kind: 'all-policies' };
}

/** Lower-case words of a text (letters and digits). */
function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** True when `text` names the technology: its name, with or without a plural "s" on the last word. */
export function namesTechnology(text: string, technology: string): boolean {
  const key = technologyKey(technology);
  if (!key) return false;
  const stem = key.replace(/s$/, '');
  const hay = ` ${words(text).join(' ')} `;
  return hay.includes(` ${key} `) || hay.includes(` ${stem} `) || hay.includes(` ${stem}s `);
}

/** What of a policy the rule reads: its name, its body and its addenda. */
export interface PolicyForOig {
  technology: string;
  sections: readonly PolicyBlockSection[];
  addenda: readonly { description: string }[];
}

/** Every citable text unit of a policy: paragraphs (or list items) and addenda, with their anchors. */
function policyUnits(policy: PolicyForOig): { id: string; text: string }[] {
  const units: { id: string; text: string }[] = [];
  for (const s of policy.sections)
    for (const p of s.paragraphs)
      if (p.items.length > 0) for (const it of p.items) units.push({ id: it.id, text: it.text });
      else units.push({ id: p.id, text: p.text });
  policy.addenda.forEach((a, i) => units.push({ id: `addendum-${i + 1}`, text: a.description }));
  return units;
}

type Haystack = { id: string; hay: string }[];
/**
 * The units' words, by the policy's sections and addenda (the same arrays are
 * passed for every report and every year): a policy's text is read once, not
 * once per report, year and packet.
 */
const haystacks = new WeakMap<object, WeakMap<object, Haystack>>();

function haystack(policy: PolicyForOig): Haystack {
  const byAddenda = remembered(haystacks, policy.sections, () => new WeakMap<object, Haystack>());
  return remembered(byAddenda, policy.addenda, () =>
    policyUnits(policy).map((u) => ({ id: u.id, hay: ` ${words(u.text).join(' ')} ` })),
  );
}

type Phrase = { tool: string; phrase: string; citations: readonly string[] };
/** The first tool phrase found in a policy's units, by haystack and tool list (the same in every language). */
const phrases = new WeakMap<Haystack, Map<string, Phrase | null>>();

/** The first tool (in order) with a phrase of two or more of its last words in the policy, and where. */
function relatedPhrase(units: Haystack, tools: readonly string[]): Phrase | null {
  const byTools = remembered(phrases, units, () => new Map<string, Phrase | null>());
  return remembered(byTools, tools.join('\u0000'), () => {
    for (const tool of tools) {
      const w = words(tool);
      for (let start = 0; start <= w.length - 2; start++) {
        const phrase = w.slice(start).join(' ');
        const hits = units.filter((u) => u.hay.includes(` ${phrase} `)).map((u) => u.id);
        if (hits.length > 0) return { tool, phrase, citations: hits };
      }
    }
    return null;
  });
}

/**
 * How a report relates to a policy, by the rule of {@link OIG_RULE}. A
 * "related" relation carries the anchors (paragraphs, addenda) where the
 * tool's phrase appears in the policy.
 */
export function relationTo(
  report: Pick<OigReport, 'title' | 'finding'>,
  policy: PolicyForOig,
  locale: Locale = 'en',
): Relation {
  const { m } = prose(generated, locale);
  const scope = reportScope(report);
  if (namesTechnology(report.finding, policy.technology))
    return {
      kind: 'named',
      basis: m.relationNamed(policy.technology),
    };
  if (scope.kind === 'all-policies')
    return {
      kind: 'all-policies',
      basis: m.relationAll,
    };
  if (scope.kind === 'subject') {
    return namesTechnology(scope.subject, policy.technology) ||
      technologyKey(scope.subject) === technologyKey(policy.technology)
      ? { kind: 'named', basis: m.relationSubject(scope.subject) }
      : { kind: 'none' };
  }
  for (const tool of scope.tools)
    if (namesTechnology(tool, policy.technology))
      return { kind: 'named', basis: m.relationTool(tool) };
  const found = relatedPhrase(haystack(policy), scope.tools);
  if (found)
    return {
      kind: 'related',
      ...found,
      citations: [...found.citations],
      basis: m.relationRelated(found.tool, found.phrase),
    };
  return { kind: 'none' };
}
