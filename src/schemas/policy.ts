import { z } from 'astro/zod';
import { IsoDateSchema } from './dates.ts';
import { ParagraphIdSchema, SectionKeySchema } from './sections.ts';

/** A policy's status: `final` once it carries a draft-to-final changes table, else `draft`. */
export const POLICY_STATUSES = ['draft', 'final'] as const;

/** A policy status (`draft` or `final`). */
export const PolicyStatusSchema = z.enum(POLICY_STATUSES);

/** One row of the "summary of changes between draft & final policy" table. */
export const ChangeRowSchema = z.object({
  /** "Update" column, as printed. */
  update: z.string().min(1),
  /** "Description of Update" column, as printed. */
  description: z.string().min(1),
});

/** One row of the "<TECHNOLOGY> ADDENDUM" table. */
export const AddendumRowSchema = z.object({
  /** "Date of Addendum", normalised to YYYY-MM-DD. */
  date: IsoDateSchema,
  /** The date exactly as printed, e.g. "April 11, 2023". */
  printedDate: z.string().min(1),
  /** "Description of Addendum", as printed. */
  description: z.string().min(1),
});

/** A footnote, moved out of the body; its marker in the body is `[^<n>]`. */
export const FootnoteSchema = z.object({
  /** Footnote number as printed (1, 2, ...). */
  n: z.number().int().positive(),
  /** Footnote text as printed, without its number. */
  text: z.string().min(1),
  /** Paragraph id whose marker points here (`<key>-p<n>`), when the marker was found. */
  ref: ParagraphIdSchema.optional(),
});

/** Where each statutory section stands in the imported document. */
export const SectionSummarySchema = z.object({
  key: SectionKeySchema,
  /** Heading as printed in the document (after joining split lines); absent when missing. */
  heading: z.string().optional(),
  found: z.boolean(),
  /** Number of numbered paragraphs (paragraphs and lists) in the section. */
  paragraphs: z.number().int().nonnegative(),
});

/** The source document a policy entry was imported from. */
export const SourceSchema = z.object({
  /** File name as published/received, e.g. `facial-recognition.txt`. */
  file: z.string().min(1),
  /** Repository path of the kept source, e.g. `data/policies/facial-recognition/facial-recognition.txt`. */
  path: z.string().min(1),
  /** SHA-256 of the source file's bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** `pdf` when text was extracted by the importer, `text` when it was given extracted text. */
  format: z.enum(['pdf', 'text']),
});

/**
 * Frontmatter of a policy entry in `content/policies/<slug>.md`, written by
 * `npm run import`. The body holds the abstract and the ten sections as
 * `## <printed heading> {#<key>}` blocks; footnote markers are `[^n]`.
 */
export const PolicySchema = z.object({
  /** Display title, e.g. "Facial Recognition: Impact and Use Policy". */
  title: z.string().min(1),
  /** Technology name in title case, e.g. "Facial Recognition". */
  technology: z.string().min(1),
  /** `final` when the document carries a draft-to-final changes table, else `draft`. */
  status: PolicyStatusSchema,
  /** "Posted <date>" printed on the document; absent when not printed. */
  posted: IsoDateSchema.optional(),
  /** "Updated <date>" printed on the document; absent when not printed. */
  updated: IsoDateSchema.optional(),
  source: SourceSchema,
  changes: z.array(ChangeRowSchema).default([]),
  addenda: z.array(AddendumRowSchema).default([]),
  footnotes: z.array(FootnoteSchema).default([]),
  /** All ten sections in statutory order, found or not. */
  sections: z.array(SectionSummarySchema).length(10),
  /** Keys of statutory sections the document lacks (also `found: false` above). */
  missing: z.array(SectionKeySchema).default([]),
});

export type Policy = z.output<typeof PolicySchema>;
export type PolicyStatus = z.output<typeof PolicyStatusSchema>;
export type SectionSummary = z.output<typeof SectionSummarySchema>;
export type ChangeRow = z.output<typeof ChangeRowSchema>;
export type AddendumRow = z.output<typeof AddendumRowSchema>;
export type Footnote = z.output<typeof FootnoteSchema>;

/**
 * A public address where the NYPD publishes a policy (its POST Act page, or
 * the policy's PDF), with where the address comes from and when it was last
 * checked. `opened: false` says the portal could not open the address itself:
 * the page shows the address with that caveat.
 */
export const PublishedAtSchema = z.strictObject({
  /** The address, e.g. the NYPD's POST Act page. */
  url: z.url(),
  /** What the address is, e.g. "NYPD, POST Act page (Impact and Use Policies)". */
  title: z.string().min(1),
  /** Where the address comes from, e.g. "cited by third parties". */
  source: z.string().min(1),
  /** The day the address was last checked (YYYY-MM-DD). */
  checked: IsoDateSchema,
  /** Whether the portal opened the address when it was checked. */
  opened: z.boolean(),
});

/**
 * Curated facts about a policy's publication and its place in the portal:
 * `data/policies/<slug>/publication.json`, one per imported policy.
 */
export const PublicationSchema = z.object({
  /** The day the policy entered the portal (its first import was committed). */
  addedToPortal: IsoDateSchema,
  /** Where that date comes from, e.g. the commit that added the policy. */
  addedToPortalSource: z.string().min(1),
  /** The NYPD's own page that lists the Impact and Use Policies. */
  nypdPage: PublishedAtSchema,
  /**
   * The policy's PDF on the NYPD's site; `null` when its address is not known
   * (the page then says so and links no PDF).
   */
  pdf: PublishedAtSchema.nullable(),
});

export type Publication = z.output<typeof PublicationSchema>;
export type PublishedAt = z.output<typeof PublishedAtSchema>;
