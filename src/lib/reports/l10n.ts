/**
 * Numbers, dates and shares in a report's language. English keeps the exact
 * forms the reports always printed ("April 11, 2023", "12,345", "46%"), so
 * the English pages and PDFs do not change; other languages go through Intl
 * (src/i18n/format.ts).
 */
import type { Locale } from '../../i18n/locales.ts';
import { formatDateIn, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/messages.ts';
import reports from '../../i18n/messages/reports.ts';
import { formatShare } from '../oversight/boilerplate.ts';
import { formatIsoDate } from '../policy/dates.ts';
import type { AnnualReportField, ReportFieldStatus } from '../../schemas/annual-report.ts';
import type { InputRole } from './fingerprint.ts';

/** "April 11, 2023" (en), "11 de abril de 2023" (es)… */
export function dateIn(locale: Locale, iso: string): string {
  return locale === 'en' ? formatIsoDate(iso) : formatDateIn(locale, iso);
}

/** "12,345" (en), "12.345" (es)… */
export function numberIn(locale: Locale, n: number): string {
  return formatNumber(locale, n);
}

/** A boilerplate share: "46%" (en), "46 %" (es)…, or "no text". */
export function shareIn(locale: Locale, share: number | null): string {
  if (share === null && locale !== 'en') return t(reports, locale).noText;
  return formatShare(share, locale);
}

/** The word of a field status: "not reported" (en), "no informado" (es)… */
export function statusLabelIn(locale: Locale, status: ReportFieldStatus): string {
  const m = t(reports, locale);
  return {
    reported: m.statusReported,
    'reported-as-zero': m.statusReportedAsZero,
    'not-reported': m.statusNotReported,
    'not-applicable': m.statusNotApplicable,
    withheld: m.statusWithheld,
  }[status];
}

/** The label of an annual report field (the row of the reporting gap) in a language. */
export function fieldLabelIn(
  locale: Locale,
  field: Pick<AnnualReportField, 'n' | 'label'>,
): string {
  const m = t(reports, locale) as unknown as Record<string, unknown>;
  const label = m[`field${field.n}`];
  if (typeof label !== 'string')
    throw new Error(
      `src/i18n/messages/reports.ts has no "field${field.n}" (${field.label}). Fix: add the field's label in every language`,
    );
  return label;
}

/** A policy event's label ("Final policy posted", "Addendum") in a language, as the timeline words it in English. */
export function eventLabelIn(
  locale: Locale,
  kind: 'posted' | 'updated' | 'addendum',
  final: boolean,
): string {
  const m = t(reports, locale);
  return kind === 'posted'
    ? m.eventPosted(final)
    : kind === 'updated'
      ? m.eventUpdated(final)
      : m.eventAddendum;
}

/** The role of a report's input file (cover and sidecar), in a language. */
export function roleIn(locale: Locale, role: InputRole): string {
  const m = t(reports, locale);
  return {
    policy: m.rolePolicy,
    'policy-data': m.rolePolicyData,
    descriptor: m.roleDescriptor,
    'published-data': m.rolePublishedData,
    statistics: m.roleStatistics,
    'report-fields': m.roleReportFields,
    'legal-facts': m.roleLegalFacts,
    code: m.roleCode,
  }[role];
}

/**
 * Who a source is (its kind) in a language, when the words are the portal's
 * own (a law, an NYPD report…); null when they are the data's, which stay
 * in English.
 */
export function sourceKindIn(locale: Locale, kind: string): string | null {
  const m = t(reports, locale);
  const own: Record<string, string> = {
    law: m.kindLaw,
    'oversight reports': m.kindOversightReports,
    'oversight report (address as the source gives it)': m.kindOversightReport,
    'NYPD report': m.kindNypdReport,
    'FOIL legal source': m.kindFoilLegal,
  };
  return Object.hasOwn(own, kind) ? own[kind]! : null;
}
