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
  type ReportFieldStatus,
  fieldApplies,
} from '../../schemas/annual-report.ts';
import { CHANGES_ANCHOR } from '../../schemas/oversight.ts';
import { type SectionKey, sectionLabel } from '../../schemas/sections.ts';
import type { Locale } from '../../i18n/locales.ts';
import { prose } from '../../i18n/messages.ts';
import generated from '../../i18n/messages/reports-generated.ts';
import type { PolicyBlockSection } from '../policy/body.ts';
import { dateIn, statusLabelIn } from './l10n.ts';

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
  /**
   * One or two sentences: what exists elsewhere, or why the field does not
   * apply. Rich text (./rich.ts) in the language `lang`.
   */
  detail: string;
  /** The language of `detail`: the report's, or English when it is not translated yet. */
  lang: Locale;
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
  locale: Locale,
): Omit<GapRow, 'row'> {
  const { m, lang } = prose(generated, locale);
  const base = {
    field,
    status: 'not-reported' as ReportFieldStatus,
    statusLabel: statusLabelIn(locale, 'not-reported'),
    value: null,
    lang,
  };
  const key = FIELD_SECTIONS[field.id as AnnualReportFieldId];
  const has = (k: SectionKey) => sectionParagraphs(policy.sections, k).length > 0;
  const t = policy.technology;
  if (!fieldApplies(field, t)) {
    // The one field that applies to some technologies only says which in its own words.
    const description =
      field.id === 'facial-recognition-audit' && lang !== 'en'
        ? m.appliesFacialRecognition
        : (field.appliesTo?.description ?? null);
    return {
      ...base,
      status: 'not-applicable',
      statusLabel: statusLabelIn(locale, 'not-applicable'),
      detail: m.gapAppliesTo(description),
      citations: [],
    };
  }
  switch (field.id as AnnualReportFieldId) {
    case 'identification': {
      const date = policy.updated
        ? { kind: 'updated' as const, date: dateIn(lang, policy.updated) }
        : policy.posted
          ? { kind: 'posted' as const, date: dateIn(lang, policy.posted) }
          : null;
      return {
        ...base,
        detail: m.gapIdentification(policy.status === 'final', date, policy.addenda.length),
        citations: policy.addenda.map((_, i) => `addendum-${i + 1}`),
      };
    }
    case 'use':
      return { ...base, detail: m.gapUse(ctx.figures), citations: [] };
    case 'data-sharing':
      return {
        ...base,
        detail: m.gapDataSharing(has('external-entities')),
        citations: has('external-entities') ? ['external-entities'] : [],
      };
    case 'intergovernmental-sharing':
      return { ...base, detail: m.gapIntergovernmental, citations: [] };
    case 'audits':
      return {
        ...base,
        detail: m.gapAudits(has('audit')),
        citations: has('audit') ? ['audit'] : [],
      };
    case 'breaches': {
      const ids = matching(policy.sections, /Identifying Information Law|Chief Privacy Officer/i);
      return { ...base, detail: m.gapBreaches(ids.length > 0), citations: ids.slice(0, 3) };
    }
    case 'records-requests':
      return { ...base, detail: m.gapRecordsRequests, citations: [] };
    case 'policy-changes':
      return {
        ...base,
        detail: m.gapPolicyChanges(policy.changes),
        citations: policy.changes > 0 ? [CHANGES_ANCHOR] : [],
      };
    case 'equity':
      return {
        ...base,
        detail: m.gapEquity(ctx.equitySubstantive),
        citations: has('disparate-impacts') ? ['disparate-impacts'] : [],
      };
    case 'oversight':
      return { ...base, detail: m.gapOversight(ctx.oigReports), citations: [] };
    case 'facial-recognition-audit':
      return { ...base, detail: m.gapFacialRecognitionAudit, citations: [] };
    default:
      return {
        ...base,
        detail: m.gapDefault(key && has(key) ? sectionLabel(key) : null),
        citations: key && has(key) ? [key] : [],
      };
  }
}

/**
 * The gap table of one technology: every field, from the dataset's rows of
 * one reporting period when there are any (give only that period's rows),
 * else derived. Status words in `locale`; the details in `locale` when they
 * are translated, else in English (each row says its `lang`). The value, as
 * published, stays as published.
 */
export function reportingGap(
  policy: GapPolicy,
  rows: readonly AnnualReportRow[],
  ctx: GapContext,
  locale: Locale = 'en',
): GapRow[] {
  const { m, lang } = prose(generated, locale);
  const mine = rows.filter((r) => r.technology === policy.slug);
  return ANNUAL_REPORT_FIELDS.map((field): GapRow => {
    const row = mine.find((r) => r.field === field.id);
    if (!row) return { ...derived(field, policy, ctx, locale), row: null };
    return {
      field,
      status: row.status,
      statusLabel: statusLabelIn(locale, row.status),
      value: formatRow(row),
      detail: m.gapFromDataset(
        dateIn(lang, row.period_start),
        dateIn(lang, row.period_end),
        row.published ? dateIn(lang, row.published) : null,
        row.status === 'withheld' ? String(row.withheld_under) : null,
      ),
      lang,
      citations: [],
      row,
    };
  });
}

/** The latest reporting period (its end date) with rows for a technology, or null. */
export function latestPeriodEnd(rows: readonly AnnualReportRow[], slug: string): string | null {
  return rowsFor(rows, slug)[0]?.period_end ?? null;
}
