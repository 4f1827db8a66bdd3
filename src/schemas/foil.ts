import { z } from 'astro/zod';
import { IsoDateSchema } from './dates.ts';
import { ParagraphIdSchema } from './sections.ts';

/** A source a legal fact was checked against. */
export const FactSourceSchema = z.strictObject({
  /** What the source is, e.g. "Committee on Open Government, advisory opinion FOIL-AO-17063". */
  label: z.string().min(1),
  url: z.url(),
});

/**
 * How sure we are of a fact. `sourced`: stated by the cited primary or official
 * source. `reported`: seen in a secondary or dated source (e.g. a 2015 letter),
 * not confirmed since. `uncertain`: our sources could not settle it (shown
 * with a warning). `assumption`: a convention this portal chose, with its basis.
 */
export const CertaintySchema = z.enum(['sourced', 'reported', 'uncertain', 'assumption']);

/** One legal or practical fact shown on the FOIL pages, with its citation. */
export const LegalFactSchema = z.strictObject({
  /** Stable kebab-case id; pages and the deadline calculator refer to facts by it. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  topic: z.enum([
    'scope',
    'describe',
    'response',
    'counting',
    'appeal',
    'court',
    'fees',
    'coog',
    'channel',
    'tips',
  ]),
  /** The fact in one or two plain sentences. */
  statement: z.string().min(1),
  /** The statute or rule, e.g. "Public Officers Law § 89(3)(a)". */
  law: z.string().min(1).optional(),
  sources: z.array(FactSourceSchema).min(1),
  certainty: CertaintySchema,
  /** When and against what the fact was last checked ("last verified"). */
  checked: z.strictObject({ on: IsoDateSchema, against: z.string().min(1) }),
  /** Caveat shown with the fact. */
  note: z.string().min(1).optional(),
  /** Postal address lines, for addresses. */
  address: z.array(z.string().min(1)).min(2).optional(),
  /** For a way of sending a request. */
  channel: z
    .strictObject({
      kind: z.enum(['online', 'email', 'mail']),
      name: z.string().min(1),
      url: z.url().optional(),
    })
    .optional(),
});

const EntryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id');

/** A record the policy says exists. */
export const RecordEntrySchema = z.strictObject({
  id: EntryId,
  /** Short name, e.g. "Possible match reports". */
  title: z.string().min(1),
  /** What the policy says about it, in our words. */
  description: z.string().min(1),
  /** Paragraph ids of the policy that say the record exists. */
  cites: z.array(ParagraphIdSchema).min(1),
  /** Suggested wording for a request (one sentence or two, neutral). */
  wording: z.string().min(1),
  /** What the retention rules mean for when to ask, if the policy says anything. */
  timing: z.string().min(1).optional(),
});

/** Something the policy says is not kept (or kept only in part). */
export const NotKeptEntrySchema = z.strictObject({
  id: EntryId,
  title: z.string().min(1),
  description: z.string().min(1),
  cites: z.array(ParagraphIdSchema).min(1),
});

/** A retention period stated by the policy and what it means for timing. */
export const RetentionEntrySchema = z.strictObject({
  id: EntryId,
  title: z.string().min(1),
  /** The period as the policy states it, e.g. "30 days". */
  period: z.string().min(1),
  /** What it means for a requester. */
  timing: z.string().min(1),
  /** True when the period is short enough that a request should be sent soon. */
  urgent: z.boolean().default(false),
  cites: z.array(ParagraphIdSchema).min(1),
});

/**
 * Record map of one policy (`data/policies/<slug>/foil-records.json`, slug = the policy's
 * slug): which records the policy says exist, which it says are not kept,
 * and retention periods, each citing the policy's paragraph ids.
 */
export const RecordMapSchema = z.strictObject({
  /** One or two sentences introducing the map. */
  summary: z.string().min(1),
  records: z.array(RecordEntrySchema).min(1),
  notKept: z.array(NotKeptEntrySchema).default([]),
  retention: z.array(RetentionEntrySchema).default([]),
});

export type LegalFact = z.output<typeof LegalFactSchema>;
export type RecordMap = z.output<typeof RecordMapSchema>;
export type RecordEntry = z.output<typeof RecordEntrySchema>;
export type NotKeptEntry = z.output<typeof NotKeptEntrySchema>;
export type RetentionEntry = z.output<typeof RetentionEntrySchema>;
