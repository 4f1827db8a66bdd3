/**
 * The reporting gap: every field an annual surveillance report contains
 * elsewhere (ANNUAL_REPORT_FIELDS), with what the NYPD publishes for one
 * technology. A field's status comes from the `annual-report-fields` dataset
 * when it holds a row for the technology and period; otherwise it is "not
 * reported" (or "not applicable" for a field that does not apply to the
 * technology), never 0. The detail says where related information does
 * exist (the policy's own sections, published claims, OIG-NYPD reports),
 * each with its anchor, so the gap reads as a finding.
 */
import {
  ANNUAL_REPORT_FIELDS,
  type AnnualReportField,
  type AnnualReportFieldId,
  type AnnualReportRow,
  REPORT_FIELD_STATUS_LABELS,
  type ReportFieldStatus,
  fieldApplies,
} from '../../schemas/annual-report.ts';
import { CHANGES_ANCHOR } from '../../schemas/oversight.ts';
import { type SectionKey, sectionLabel } from '../../schemas/sections.ts';
import type { PolicyBlockSection } from '../policy/body.ts';
import { formatIsoDate } from '../policy/dates.ts';

/** What the gap reads of a policy. */
export interface GapPolicy {
  slug: string;
  technology: string;
  status: string;
  posted?: string | undefined;
  updated?: string | undefined;
  addenda: readonly { date: string; description: string }[];
  /** Rows of the summary-of-changes table. */
  changes: number;
  sections: readonly PolicyBlockSection[];
}

/** What else is known about the technology, for the details. */
export interface GapContext {
  /** Published claims (news, advocacy, testimony) about the technology. */
  figures: number;
  /** OIG-NYPD reports that concern the technology (by the rule of oig.ts). */
  oigReports: number;
  /** Whether the disparate impacts section passes the scorecard's substance rule; null when absent. */
  equitySubstantive: boolean | null;
}

/** One row of the gap table. */
export interface GapRow {
  field: AnnualReportField;
  status: ReportFieldStatus;
  statusLabel: string;
  /** The value or answer as published, when the dataset has one. */
  value: string | null;
  /** One or two sentences: what exists elsewhere, or why the field does not apply. */
  detail: string;
  /** Anchors on the policy page the detail rests on. */
  citations: string[];
  /** The dataset row, when the status comes from the dataset. */
  row: AnnualReportRow | null;
}

/**
 * The section of a policy each field is closest to: where the policy speaks
 * of the subject, and where a question about the field rests.
 */
export const FIELD_SECTIONS: Readonly<Record<AnnualReportFieldId, SectionKey | null>> = {
  identification: null,
  use: 'capabilities',
  'data-sharing': 'external-entities',
  'intergovernmental-sharing': 'external-entities',
  deployment: null,
  complaints: null,
  audits: 'audit',
  breaches: 'safeguards',
  effectiveness: null,
  'records-requests': 'public-access',
  cost: null,
  'policy-changes': null,
  products: null,
  equity: 'disparate-impacts',
  oversight: 'audit',
  'facial-recognition-audit': 'audit',
};

/** The paragraph ids of a section, or [] when the policy lacks it. */
export function sectionParagraphs(
  sections: readonly PolicyBlockSection[],
  key: SectionKey | null,
): string[] {
  if (!key) return [];
  return sections.find((s) => s.key === key)?.paragraphs.map((p) => p.id) ?? [];
}

/** The ids of paragraphs (or list items) of a policy whose text matches `re`. */
function matching(sections: readonly PolicyBlockSection[], re: RegExp): string[] {
  const out: string[] = [];
  for (const s of sections)
    for (const p of s.paragraphs)
      if (p.items.length > 0) {
        for (const it of p.items) if (re.test(it.text)) out.push(it.id);
      } else if (re.test(p.text)) out.push(p.id);
  return out;
}

/** The rows of one technology, latest reporting period first. */
export function rowsFor(rows: readonly AnnualReportRow[], slug: string): AnnualReportRow[] {
  return rows
    .filter((r) => r.technology === slug)
    .sort((a, b) => b.period_end.localeCompare(a.period_end) || a.field.localeCompare(b.field));
}

/** "9,850 requests", or the answer as published. */
function formatRow(row: AnnualReportRow): string | null {
  const parts: string[] = [];
  if (row.value !== null)
    parts.push(`${row.value.toLocaleString('en-US')}${row.unit ? ` ${row.unit}` : ''}`);
  if (row.answer) parts.push(row.answer);
  return parts.length > 0 ? parts.join('; ') : null;
}

function derived(
  field: AnnualReportField,
  policy: GapPolicy,
  ctx: GapContext,
): Omit<GapRow, 'row'> {
  const base = {
    field,
    status: 'not-reported' as ReportFieldStatus,
    statusLabel: REPORT_FIELD_STATUS_LABELS['not-reported'],
    value: null,
  };
  const key = FIELD_SECTIONS[field.id as AnnualReportFieldId];
  const has = (k: SectionKey) => sectionParagraphs(policy.sections, k).length > 0;
  const t = policy.technology;
  if (!fieldApplies(field, t))
    return {
      ...base,
      status: 'not-applicable',
      statusLabel: REPORT_FIELD_STATUS_LABELS['not-applicable'],
      detail: `Applies to ${field.appliesTo?.description ?? 'other technologies'}.`,
      citations: [],
    };
  switch (field.id as AnnualReportFieldId) {
    case 'identification': {
      const date = policy.updated
        ? `prints the date it was updated (${formatIsoDate(policy.updated)})`
        : policy.posted
          ? `prints the date it was posted (${formatIsoDate(policy.posted)})`
          : 'prints no posted or updated date';
      const n = policy.addenda.length;
      return {
        ...base,
        detail: `No yearly report. The policy itself names the technology, is ${policy.status}, ${date} and lists ${n === 0 ? 'no addenda' : `${n} ${n === 1 ? 'addendum' : 'addenda'}`}; it names no responsible unit and no reporting period.`,
        citations: policy.addenda.map((_, i) => `addendum-${i + 1}`),
      };
    }
    case 'use':
      return {
        ...base,
        detail:
          ctx.figures > 0
            ? `No figures from the department. ${ctx.figures} figure${ctx.figures === 1 ? ' is' : 's are'} reported by news and advocacy sources (see the published figures); they are claims, not official statistics.`
            : 'No figures from the department, and none reported by the sources the portal cites.',
        citations: [],
      };
    case 'data-sharing':
      return {
        ...base,
        detail: has('external-entities')
          ? 'The policy’s External Entities section says who may receive data; how often data was shared, with whom and under which legal standard is not published.'
          : 'The policy has no External Entities section; how often data was shared, with whom and under which legal standard is not published.',
        citations: has('external-entities') ? ['external-entities'] : [],
      };
    case 'intergovernmental-sharing':
      return {
        ...base,
        detail:
          'No intergovernmental data-sharing policy is among the documents the portal holds for this technology.',
        citations: [],
      };
    case 'audits':
      return {
        ...base,
        detail: has('audit')
          ? 'The policy describes audit and oversight mechanisms in its Internal Audit & Oversight section; no audit results, violations or actions taken are published.'
          : 'The policy has no Internal Audit & Oversight section, and no audit results are published.',
        citations: has('audit') ? ['audit'] : [],
      };
    case 'breaches': {
      const ids = matching(policy.sections, /Identifying Information Law|Chief Privacy Officer/i);
      return {
        ...base,
        detail:
          ids.length > 0
            ? 'The policy says a disclosure that violates the Identifying Information Law is reported to the City’s Chief Privacy Officer, whose quarterly report is not broken down by technology; no breach or unauthorized access is published for this technology.'
            : 'No breach, unauthorized access or disclosure is published for this technology.',
        citations: ids.slice(0, 3),
      };
    }
    case 'records-requests':
      return {
        ...base,
        detail:
          'No FOIL request is counted per technology in the data the portal holds; agency-wide figures reported by news and advocacy sources are in the citywide annual report.',
        citations: [],
      };
    case 'policy-changes':
      return {
        ...base,
        detail:
          policy.changes > 0
            ? `No requested changes are published. The policy’s summary of changes lists ${policy.changes} changes made between the draft and the final policy.`
            : 'No requested changes are published.',
        citations: policy.changes > 0 ? [CHANGES_ANCHOR] : [],
      };
    case 'equity':
      return {
        ...base,
        detail:
          ctx.equitySubstantive === null
            ? 'The policy has no Disparate Impacts section, and no analysis with data is published.'
            : `The policy’s Disparate Impacts section is ${ctx.equitySubstantive ? 'substantive' : 'not substantive'} by the scorecard’s rule; no analysis with data is published.`,
        citations: has('disparate-impacts') ? ['disparate-impacts'] : [],
      };
    case 'oversight':
      return {
        ...base,
        detail: `No tracker from the department. ${ctx.oigReports === 0 ? 'No OIG-NYPD report in the data concerns this technology by the portal’s rule' : `${ctx.oigReports} OIG-NYPD report${ctx.oigReports === 1 ? '' : 's'} (not the NYPD’s) concern${ctx.oigReports === 1 ? 's' : ''} this technology`}; per-recommendation text, response and status are not published.`,
        citations: [],
      };
    case 'facial-recognition-audit':
      return {
        ...base,
        detail:
          'No audit is published. The portal has not read the list of items Local Law 55 of 2025 requires (uncertain), so it cannot say which are missing.',
        citations: [],
      };
    default:
      return {
        ...base,
        detail:
          key && has(key)
            ? `Not published. The policy speaks of the subject in its ${sectionLabel(key)} section.`
            : 'Not published.',
        citations: key && has(key) ? [key] : [],
      };
  }
}

/**
 * The gap table of one technology: every field, from the dataset's rows of
 * one reporting period when there are any (give only that period's rows),
 * else derived.
 */
export function reportingGap(
  policy: GapPolicy,
  rows: readonly AnnualReportRow[],
  ctx: GapContext,
): GapRow[] {
  const mine = rows.filter((r) => r.technology === policy.slug);
  return ANNUAL_REPORT_FIELDS.map((field): GapRow => {
    const row = mine.find((r) => r.field === field.id);
    if (!row) return { ...derived(field, policy, ctx), row: null };
    const withheld = row.status === 'withheld' ? ` Withheld under ${row.withheld_under}.` : '';
    return {
      field,
      status: row.status,
      statusLabel: REPORT_FIELD_STATUS_LABELS[row.status],
      value: formatRow(row),
      detail: `For ${formatIsoDate(row.period_start)} to ${formatIsoDate(row.period_end)}${row.published ? `, published ${formatIsoDate(row.published)}` : ''}.${withheld}`,
      citations: [],
      row,
    };
  });
}

/** The latest reporting period (its end date) with rows for a technology, or null. */
export function latestPeriodEnd(rows: readonly AnnualReportRow[], slug: string): string | null {
  return rowsFor(rows, slug)[0]?.period_end ?? null;
}
