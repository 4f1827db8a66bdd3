import { z } from 'astro/zod';

/**
 * Where a correction applies: the body, a footnote, a column of the
 * "summary of changes" table, the description of an addendum, or a heading
 * (a printed heading the importer does not know, read as the statutory
 * heading given as `corrected`; the import report suggests such entries).
 */
export const CORRECTION_TARGETS = [
  'body',
  'footnote',
  'changes.update',
  'changes.description',
  'addenda.description',
  'heading',
] as const;

/** One reviewed correction of an extraction error, with the reason a reviewer can check against the PDF. */
export const CorrectionSchema = z.object({
  /** Where the correction applies (one of CORRECTION_TARGETS). */
  target: z.enum(CORRECTION_TARGETS),
  /**
   * Text as extracted. For `body`/`footnote`/`addenda.description`: a string
   * found exactly once; for `heading`: the whole heading as printed (its
   * lines joined by one space), found exactly once. For table columns: one cell, or a list of
   * consecutive cells.
   */
  original: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** Corrected text; for table columns, one cell or the list of cells that replaces `original`. */
  corrected: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** Why the extracted text is wrong, checkable against the published PDF (at least 10 characters). */
  reason: z.string().min(10),
});

/**
 * `data/policies/<slug>/corrections.json`: the reviewed corrections for one
 * policy, applied by `npm run import` (and listed in its report).
 */
export const CorrectionsFileSchema = z.object({
  /** Slug of the policy the corrections are for; the importer refuses them for another policy. */
  slug: z.string().min(1),
  /** The corrections, applied in this order. */
  corrections: z.array(CorrectionSchema),
});

/** One reviewed correction. */
export type Correction = z.infer<typeof CorrectionSchema>;
/** A parsed corrections file. */
export type CorrectionsFile = z.infer<typeof CorrectionsFileSchema>;
