/**
 * The reports manifest and the JSON sidecar of each report.
 *
 * The manifest (`/reports/index.json`, written by astro build) lists every
 * report with its meta: addresses, title, subject, keywords, language, data
 * as of, fingerprint, code version and input files. The reports stage
 * (scripts/reports/) reads it to print the PDFs, check the inputs and write
 * the sidecars. A sidecar (`/reports/<id>.json`) lists each input and its
 * SHA-256, so anyone can check a printed report against the data; it is
 * written by astro build without the PDF's facts and rewritten by the stage
 * with them.
 */
import { z } from 'astro/zod';
import { INPUT_ROLES, type InputRole } from './fingerprint.ts';
import type { ReportMeta } from './meta.ts';

/** Marker of the manifest format. */
export const MANIFEST_FORMAT = 'post-act-portal/reports-manifest@1';

const InputFileSchema = z.strictObject({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  role: z.enum(Object.keys(INPUT_ROLES) as [InputRole, ...InputRole[]]),
});

/** One report in the manifest (its `ReportMeta`). */
export const ReportMetaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['hearing-packet', 'annual-report']),
  title: z.string().min(1),
  subject: z.string().min(1),
  keywords: z.array(z.string().min(1)).min(1),
  lang: z.string().min(2),
  html: z.string().regex(/^\/reports\/.+\/$/),
  pdf: z.string().regex(/^\/reports\/.+\.pdf$/),
  sidecar: z.string().regex(/^\/reports\/.+\.json$/),
  technology: z.string().nullable(),
  year: z.number().int().nullable(),
  dataAsOf: z.strictObject({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    basis: z.array(z.string()),
  }),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  codeVersion: z.string().min(1),
  inputs: z.array(InputFileSchema).min(1),
  sections: z.array(z.strictObject({ id: z.string(), title: z.string() })).min(1),
});

/** The manifest. */
export const ManifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  /** The origin the site was built for (SITE_URL); PDF links point at it. */
  site: z.url(),
  reports: z.array(ReportMetaSchema).min(1),
});

/** A validated manifest. */
export type Manifest = z.output<typeof ManifestSchema>;

/** What printing tells about a PDF. */
export interface PdfFacts {
  bytes: number;
  pages: number;
  sha256: string;
  /** The browser that printed it, e.g. "Chromium 156.0.7000.0". */
  printer: string;
}

/** The manifest of a build. */
export function manifest(site: string, reports: readonly ReportMeta[]): Manifest {
  return { format: MANIFEST_FORMAT, site, reports: reports.map((r) => ({ ...r })) };
}

/**
 * A report's sidecar: the report, its fingerprint and how to check it, each
 * input with its SHA-256, and the PDF's facts (or why there is no PDF).
 */
export function sidecar(
  meta: ReportMeta,
  site: string,
  pdf: PdfFacts | { skipped: string },
): Record<string, unknown> {
  const abs = (p: string) => new URL(p, site).href;
  return {
    report: meta.id,
    kind: meta.kind,
    title: meta.title,
    html: abs(meta.html),
    pdf: 'skipped' in pdf ? { url: null, skipped: pdf.skipped } : { url: abs(meta.pdf), ...pdf },
    dataAsOf: meta.dataAsOf,
    fingerprint: {
      algorithm: 'sha256',
      value: meta.fingerprint,
      method:
        'SHA-256 of the lines "<sha256>  <path>\\n" (the format of sha256sum) of every input below, sorted by path. From a clone of the repository: jq -r ".inputs[].path" this-file.json | xargs sha256sum | sha256sum',
    },
    codeVersion: meta.codeVersion,
    inputs: meta.inputs.map((i) => ({ ...i, roleLabel: INPUT_ROLES[i.role] })),
  };
}

/** Why a sidecar written by astro build has no PDF facts yet. */
export const NOT_PRINTED =
  'not printed by astro build alone: npm run build (or npm run reports after astro build) prints the PDF when it finds Chromium, and rewrites this file';
