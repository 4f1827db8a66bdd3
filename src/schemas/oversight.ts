import { z } from 'astro/zod';
import { IsoDateSchema } from './dates.ts';
import { isParagraphId, paragraphIdMessage } from './sections.ts';

/** The anchor of the policy page's "summary of changes" table. */
export const CHANGES_ANCHOR = 'changes';

/** The anchor of addendum row i (from 1) on the policy page: `addendum-<i>`. */
export const ADDENDUM_ANCHOR = /^addendum-([1-9]\d*)$/;

/** True when `id` is a citable anchor: a paragraph or list item, `changes`, or `addendum-<i>`. */
export function isCitationId(id: string): boolean {
  return isParagraphId(id) || id === CHANGES_ANCHOR || ADDENDUM_ANCHOR.test(id);
}

/** A citable anchor on a policy page: a paragraph or list item (`<key>-p<n>[-<i>]`), `changes`, or `addendum-<i>`. */
export const CitationIdSchema = z.string().refine(isCitationId, {
  error: () =>
    `${paragraphIdMessage()}; or "${CHANGES_ANCHOR}", or "addendum-<i>" (e.g. "addendum-1")`,
});

/** One curated key-fact value: short value, optional context, and at least one citation. */
export const CuratedFactSchema = z.object({
  /** Short value for the compare matrix cell, e.g. "30 days (robot only)". */
  value: z.string().min(1),
  /** One or two sentences of context, in the reviewer's words, faithful to the cited text. */
  detail: z.string().min(1).optional(),
  /** Anchors on /policies/<slug>/ that support the value. */
  citations: z.array(CitationIdSchema).min(1, 'every curated value needs at least one citation'),
});

/**
 * A curated key-facts file, `data/policies/<slug>/key-facts.json`: values a
 * reviewer read from the policy where no rule can decide (or where a rule's
 * wording would mislead). Fact ids are checked against the catalogue in
 * `src/lib/oversight/key-facts.ts`, and every citation against the imported
 * policy, when the site is built.
 */
export const KeyFactsFileSchema = z.object({
  /** The policy's slug; must match the file name. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Date a reviewer last checked every value against the policy text. */
  reviewed: IsoDateSchema,
  facts: z.record(z.string(), CuratedFactSchema),
});

export type CuratedFact = z.output<typeof CuratedFactSchema>;
export type KeyFactsFile = z.output<typeof KeyFactsFileSchema>;
