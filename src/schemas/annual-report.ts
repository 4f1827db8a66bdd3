import { z } from 'astro/zod';
import { IsoDateSchema } from './dates.ts';

/**
 * The fields of an annual surveillance report, as other surveillance
 * ordinances require them (merged in the project's reference notes,
 * `reports-and-languages.md` section 1), and the record-level dataset that
 * holds what the NYPD publishes for each: `annual-report-fields`, declared in
 * `data/stats/datapackage.json` at `records/annual-report-fields.csv`.
 *
 * One row of that file is one field of one technology's report for one
 * reporting period, with its status and source. No such file has been
 * received, so every report shows each field as "not reported" (never 0);
 * a file placed at the declared path is validated by `npm run aggregate` and
 * by {@link AnnualReportRowSchema}, and its rows appear in the reports with
 * no new code.
 */

/** A requirement elsewhere: the law (or report) that asks for a field, and the item. */
export interface Requirement {
  /** Short name for a table cell, e.g. "Oakland". */
  short: string;
  /** The law or document, e.g. "Oakland Municipal Code 9.64.010 (annual surveillance report)". */
  law: string;
  /** The item of that law, e.g. "A", where it has one. */
  item?: string;
  /** Address of the text, where the reference notes give one. */
  url?: string;
}

const OAK = (item: string): Requirement => ({
  short: 'Oakland',
  law: 'Oakland Municipal Code 9.64.010 (annual surveillance report, items A to H)',
  item,
});
const SF = (item: number): Requirement => ({
  short: 'San Francisco',
  law: 'San Francisco Administrative Code Chapter 19B (annual surveillance report)',
  item: String(item),
});
const PA = (item?: number): Requirement => ({
  short: 'Palo Alto',
  law: 'Palo Alto Municipal Code 2.30.680',
  ...(item === undefined ? {} : { item: String(item) }),
});
const SCC: Requirement = {
  short: 'Santa Clara County',
  law: 'Santa Clara County annual surveillance reports (per fiscal year)',
};

/** Local Law 56 of 2025 (amends § 14-188; adds subdivision h), as the reference notes cite it. */
export const LOCAL_LAW_56_2025: Requirement = {
  short: 'NYC § 14-188(h)',
  law: 'NYC Admin. Code § 14-188(h), as amended by Local Law 56 of 2025',
  url: 'https://legistar.council.nyc.gov/LegislationDetail.aspx?GUID=0EA7FF2D-43C0-4EFD-A786-6A9F273DF8BB&ID=7927489',
};

/** Local Law 55 of 2025 (Int 233-A: facial recognition policy and annual audit, § 14-188.1). */
export const LOCAL_LAW_55_2025: Requirement = {
  short: 'NYC § 14-188.1',
  law: 'NYC Admin. Code § 14-188.1, added by Local Law 55 of 2025 (Int 233-A; its list of items has not been read by the portal)',
  url: 'https://council.nyc.gov/amanda-farias/2025/04/15/city-council-passes-expanded-post-act-legislative-package-to-strengthen-transparency-and-oversight-of-nypd-surveillance-technology',
};

/** The POST Act's definition of an impact and use policy. */
export const POST_ACT_14_188_A: Requirement = {
  short: 'NYC § 14-188(a)',
  law: 'NYC Admin. Code § 14-188(a) (POST Act, Local Law 65 of 2020): what an impact and use policy must cover',
  url: 'https://legistar.council.nyc.gov/LegislationDetail.aspx?ID=3343878&GUID=996ABB2A-9F4C-4A32-B081-D6F24AB954A0',
};

/** One field of an annual surveillance report. */
export interface AnnualReportField {
  /** Stable identifier: the `field` column of the dataset and the report anchor `gap-<id>`. */
  id: string;
  /** Number in the reference list (0–15). */
  n: number;
  /** What the field holds, as a short phrase. */
  label: string;
  /** Who asks for it. */
  requiredBy: readonly Requirement[];
  /**
   * Technologies the field applies to, by a pattern over the technology name;
   * absent when it applies to every technology.
   */
  appliesTo?: { pattern: RegExp; description: string };
}

/**
 * The fields, in the reference list's order. Items the reference marks
 * UNCERTAIN are left out (NYC Int 168-A's reporting to DOI) or shown as such
 * (Local Law 55's item list, not read).
 */
export const ANNUAL_REPORT_FIELDS = [
  {
    id: 'identification',
    n: 0,
    label: 'Technology, policy version and date, addenda, responsible unit, reporting period',
    requiredBy: [SCC, PA()],
  },
  {
    id: 'use',
    n: 1,
    label:
      'How the technology was used; type and amount of data collected; whether people not suspected of anything were captured',
    requiredBy: [OAK('A'), SF(1), PA(1)],
  },
  {
    id: 'data-sharing',
    n: 2,
    label:
      'Data sharing: how often, named recipients, data types, legal standard and justification',
    requiredBy: [OAK('B'), SF(2), PA(2)],
  },
  {
    id: 'intergovernmental-sharing',
    n: 3,
    label:
      'Intergovernmental data-sharing policy: when data can or must be shared, criteria, which data to which agency, task forces with access',
    requiredBy: [LOCAL_LAW_56_2025],
  },
  {
    id: 'deployment',
    n: 4,
    label: 'Where it was deployed (objects, data sources; by precinct or borough)',
    requiredBy: [OAK('C'), OAK('D'), SF(9)],
  },
  {
    id: 'complaints',
    n: 5,
    label: 'Complaints received, and whether the policy protects rights',
    requiredBy: [OAK('E'), SF(3)],
  },
  {
    id: 'audits',
    n: 6,
    label: 'Internal audits, violations found and actions taken',
    requiredBy: [OAK('F'), SF(4)],
  },
  {
    id: 'breaches',
    n: 7,
    label: 'Data breaches, unauthorized access or disclosure',
    requiredBy: [OAK('G')],
  },
  {
    id: 'effectiveness',
    n: 8,
    label: 'Evidence of effectiveness',
    requiredBy: [OAK('H'), SF(5), PA(5)],
  },
  {
    id: 'records-requests',
    n: 9,
    label: 'Records-request (FOIL) statistics about the technology',
    requiredBy: [SF(6), PA(6)],
  },
  {
    id: 'cost',
    n: 10,
    label: 'Annual cost and funding source',
    requiredBy: [SF(7), PA(7)],
  },
  {
    id: 'policy-changes',
    n: 11,
    label: 'Requested changes to the policy',
    requiredBy: [SF(8)],
  },
  {
    id: 'products',
    n: 12,
    label: 'Products, vendors and models; technology newly acquired or discontinued',
    requiredBy: [SF(10)],
  },
  {
    id: 'equity',
    n: 13,
    label: 'Equity or disparate-impact analysis',
    requiredBy: [POST_ACT_14_188_A],
  },
  {
    id: 'oversight',
    n: 14,
    label:
      'Oversight findings and a recommendation tracker (text, date, statutory or beyond the statute, NYPD response, status)',
    requiredBy: [
      {
        short: 'OIG-NYPD',
        law: 'OIG-NYPD POST Act assessments (2022-11-03, 2024-05-30, 2024-12-18)',
      },
    ],
  },
  {
    id: 'facial-recognition-audit',
    n: 15,
    label: 'Facial recognition only: the additional policy and annual-audit items',
    requiredBy: [LOCAL_LAW_55_2025],
    appliesTo: { pattern: /\bfacial recognition\b/i, description: 'facial recognition only' },
  },
] as const satisfies readonly AnnualReportField[];

/** A field id, e.g. `data-sharing`. */
export type AnnualReportFieldId = (typeof ANNUAL_REPORT_FIELDS)[number]['id'];

/** Every field id, in list order. */
export const ANNUAL_REPORT_FIELD_IDS = ANNUAL_REPORT_FIELDS.map(
  (f) => f.id,
) as readonly AnnualReportFieldId[];

/** The field with this id. */
export function annualReportField(id: AnnualReportFieldId): AnnualReportField {
  return ANNUAL_REPORT_FIELDS.find((f) => f.id === id) as AnnualReportField;
}

/** True when the field applies to a technology (by its name). */
export function fieldApplies(field: AnnualReportField, technology: string): boolean {
  return field.appliesTo ? field.appliesTo.pattern.test(technology) : true;
}

/**
 * The status of a field: what the department published for it. "Not
 * reported" is never shown as 0; "reported as zero" is a published zero.
 */
export const REPORT_FIELD_STATUSES = [
  'reported',
  'reported-as-zero',
  'not-reported',
  'not-applicable',
  'withheld',
] as const;

/** A field status. */
export type ReportFieldStatus = (typeof REPORT_FIELD_STATUSES)[number];

/** Display labels of the statuses. */
export const REPORT_FIELD_STATUS_LABELS: Readonly<Record<ReportFieldStatus, string>> = {
  reported: 'reported',
  'reported-as-zero': 'reported as zero',
  'not-reported': 'not reported',
  'not-applicable': 'not applicable',
  withheld: 'withheld',
};

/** The columns of `records/annual-report-fields.csv`, in file order. */
export const ANNUAL_REPORT_COLUMNS = [
  'technology',
  'period_start',
  'period_end',
  'field',
  'status',
  'value',
  'unit',
  'answer',
  'withheld_under',
  'published',
  'source_title',
  'source_url',
] as const;

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : s));

/**
 * One row of `records/annual-report-fields.csv` (CSV text in, typed row out).
 * A field reported, reported as zero or withheld names its source (title and
 * address) and the day it was published; a withheld field names the law it
 * is withheld under; a number is never given for a field not reported or not
 * applicable, and a field reported as zero has the value 0 or none.
 */
export const AnnualReportRowSchema = z
  .object({
    technology: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a policy slug'),
    period_start: IsoDateSchema,
    period_end: IsoDateSchema,
    field: z.enum(ANNUAL_REPORT_FIELD_IDS as [AnnualReportFieldId, ...AnnualReportFieldId[]]),
    status: z.enum(REPORT_FIELD_STATUSES),
    value: z
      .string()
      .trim()
      .refine((s) => s === '' || (/^\d+(\.\d+)?$/.test(s) && Number.isFinite(Number(s))), {
        message: 'expected a number (digits, optional decimals) or nothing',
      })
      .transform((s) => (s === '' ? null : Number(s))),
    unit: optionalText,
    answer: optionalText,
    withheld_under: optionalText,
    published: z
      .string()
      .trim()
      .transform((s) => (s === '' ? null : s))
      .pipe(IsoDateSchema.nullable()),
    source_title: optionalText,
    source_url: optionalText.pipe(z.url().nullable()),
  })
  .strict()
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (row.period_end < row.period_start) issue('period_end', 'the period ends before it starts');
    const published = ['reported', 'reported-as-zero', 'withheld'].includes(row.status);
    if (published) {
      if (!row.source_title) issue('source_title', `a field ${row.status} names its source`);
      if (!row.source_url) issue('source_url', `a field ${row.status} gives its source's address`);
      if (!row.published)
        issue('published', `a field ${row.status} gives the day it was published`);
    }
    if (row.status === 'reported' && row.value === null && !row.answer)
      issue('answer', 'a reported field gives a value or an answer');
    if (row.status === 'reported-as-zero' && row.value !== null && row.value !== 0)
      issue('value', 'a field reported as zero has the value 0 or none');
    if (row.status === 'withheld' && !row.withheld_under)
      issue('withheld_under', 'a withheld field names the law it is withheld under');
    if ((row.status === 'not-reported' || row.status === 'not-applicable') && row.value !== null)
      issue('value', `a field ${REPORT_FIELD_STATUS_LABELS[row.status]} has no value`);
  });

/** One validated row of the annual-report dataset. */
export type AnnualReportRow = z.output<typeof AnnualReportRowSchema>;
