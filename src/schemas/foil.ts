import { z } from 'astro/zod';
import { IsoDateSchema } from './dates.ts';
import { ParagraphIdSchema } from './sections.ts';

/**
 * Every legal fact of `data/foil/legal-facts.json`, by id: the one list the
 * pages, the deadline calculator and the letters name facts from, so a typo in
 * a fact id is a type error. The file must hold exactly these facts
 * (`LegalFactsFileSchema`); to add a fact, add its id here.
 */
export const LEGAL_FACT_IDS = [
  'foil-statute',
  'foil-existing-records',
  'foil-policy-public-access',
  'foil-reasonably-describe',
  'foil-describe-burden',
  'foil-in-writing',
  'foil-response-5-days',
  'foil-approximate-20-days',
  'foil-date-certain',
  'foil-constructive-denial',
  'coog-day-of-receipt',
  'coog-email-late-in-day',
  'gcl-24-holidays',
  'gcl-25a-next-business-day',
  'gcl-20-day-excluded',
  'foil-appeal-30-days',
  'foil-appeal-10-days',
  'cplr-217-four-months',
  'foil-burden-and-fees',
  'fees-copies',
  'fees-none',
  'electronic-records',
  'coog',
  'channel-openrecords',
  'channel-email',
  'channel-mail',
  'address-appeals-officer',
  'tip-openrecords-titles',
] as const;

/** The id of a legal fact, e.g. `foil-response-5-days`. */
export type LegalFactId = (typeof LEGAL_FACT_IDS)[number];

/** Units a legal period is counted in: New York business days, calendar days, or months. */
export const PERIOD_UNITS = ['business-days', 'days', 'months'] as const;

/** A unit of a legal period. */
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/**
 * The facts that state a period the deadline calculator and the letters
 * count, with the unit each is counted in. Each must carry a `period` in that
 * unit, and no other fact may carry one.
 */
export const PERIOD_FACTS = {
  'foil-response-5-days': 'business-days',
  'foil-approximate-20-days': 'business-days',
  'foil-appeal-30-days': 'days',
  'foil-appeal-10-days': 'business-days',
  'cplr-217-four-months': 'months',
} as const satisfies Partial<Record<LegalFactId, PeriodUnit>>;

/** The id of a fact that states a counted period. */
export type PeriodFactId = keyof typeof PERIOD_FACTS;

function isPeriodFact(id: string): id is PeriodFactId {
  return Object.hasOwn(PERIOD_FACTS, id);
}

/** A period stated by a legal fact, e.g. 5 business days, 30 days, four months. */
export const PeriodSchema = z.strictObject({
  /** How many units, e.g. 5. */
  count: z.number().int().positive(),
  unit: z.enum(PERIOD_UNITS),
});

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
export const LegalFactSchema = z
  .strictObject({
    /** Stable kebab-case id (one of LEGAL_FACT_IDS); pages and the deadline calculator refer to facts by it. */
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
    /**
     * The bare citation the letters quote, when `law` adds words to it: `law`
     * must begin with it (e.g. "NYC Administrative Code § 14-188").
     */
    statute: z.string().min(1).optional(),
    /** For a fact of PERIOD_FACTS: the period it states, in the unit PERIOD_FACTS gives. */
    period: PeriodSchema.optional(),
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
  })
  .superRefine((fact, ctx) => {
    if (fact.statute !== undefined && !fact.law?.startsWith(fact.statute))
      ctx.addIssue({
        code: 'custom',
        path: ['statute'],
        message: `"statute" must be the start of "law" (the citation without added words); got "${fact.statute}" for law "${fact.law ?? ''}"`,
      });
    if (isPeriodFact(fact.id)) {
      const unit = PERIOD_FACTS[fact.id];
      if (fact.period?.unit !== unit)
        ctx.addIssue({
          code: 'custom',
          path: ['period'],
          message: `fact "${fact.id}" states a period the deadline calculator counts: give it "period": { "count": <n>, "unit": "${unit}" }`,
        });
    } else if (fact.period !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['period'],
        message: `only the facts ${Object.keys(PERIOD_FACTS).join(', ')} carry a "period" (PERIOD_FACTS in src/schemas/foil.ts); remove it from "${fact.id}" or add the fact there`,
      });
  });

/**
 * The whole of `data/foil/legal-facts.json`: every fact of LEGAL_FACT_IDS,
 * each once, and no other.
 */
export const LegalFactsFileSchema = z.array(LegalFactSchema).superRefine((facts, ctx) => {
  const known = new Set<string>(LEGAL_FACT_IDS);
  const seen = new Set<string>();
  facts.forEach((f, i) => {
    if (seen.has(f.id))
      ctx.addIssue({
        code: 'custom',
        path: [i, 'id'],
        message: `fact "${f.id}" is given twice; keep one`,
      });
    seen.add(f.id);
    if (!known.has(f.id))
      ctx.addIssue({
        code: 'custom',
        path: [i, 'id'],
        message: `unknown fact "${f.id}": add its id to LEGAL_FACT_IDS in src/schemas/foil.ts, or fix the id`,
      });
  });
  const missing = LEGAL_FACT_IDS.filter((id) => !seen.has(id));
  if (missing.length > 0)
    ctx.addIssue({
      code: 'custom',
      path: [],
      message: `missing fact${missing.length > 1 ? 's' : ''} ${missing.map((id) => `"${id}"`).join(', ')}: the FOIL pages and tools rely on ${missing.length > 1 ? 'them' : 'it'}; add ${missing.length > 1 ? 'them' : 'it'} with sources, or remove ${missing.length > 1 ? 'them' : 'it'} from LEGAL_FACT_IDS and the code that names ${missing.length > 1 ? 'them' : 'it'}`,
    });
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
export type Period = z.output<typeof PeriodSchema>;
export type RecordMap = z.output<typeof RecordMapSchema>;
export type RecordEntry = z.output<typeof RecordEntrySchema>;
export type NotKeptEntry = z.output<typeof NotKeptEntrySchema>;
export type RetentionEntry = z.output<typeof RetentionEntrySchema>;

/** A fingerprint of the English a translation was made from (12 hex digits, src/i18n/fingerprint.ts). */
const FingerprintSchema = z
  .string()
  .regex(/^[0-9a-f]{12}$/, 'expected the 12-hex-digit fingerprint of the English it translates');

/**
 * One legal fact in another language: the portal's words about it (statement,
 * note, what it was checked against, a channel's name, and the law when its
 * citation carries words). Its sources, dates, period, address and citation
 * stay those of the English fact; `from` is the fingerprint of the English
 * the translation follows (a translation whose English has changed since is
 * not shown: the English is, with the "not yet translated" notice).
 */
export const LegalFactTranslationSchema = z.strictObject({
  from: FingerprintSchema,
  statement: z.string().min(1),
  note: z.string().min(1).optional(),
  /** Only when the English `law` carries words beyond the citation; it must start with the citation. */
  law: z.string().min(1).optional(),
  against: z.string().min(1),
  /** The channel's name, for a channel fact. */
  name: z.string().min(1).optional(),
});

/** `data/foil/legal-facts.<lang>.json`: facts in one language, by id (a subset, except Spanish). */
export const LegalFactTranslationsFileSchema = z.strictObject({
  /** The language code, as in the file name (src/i18n/locales.ts). */
  lang: z.string().min(2),
  facts: z.record(z.string(), LegalFactTranslationSchema),
});

/**
 * A record map in another language (`data/policies/<slug>/foil-records.<lang>.json`):
 * the portal's words of every entry, by id. Citations, urgency and the
 * order of entries stay those of the English map; a suggested wording is
 * translated for reading only (the letter quotes the English).
 */
export const RecordMapTranslationSchema = z.strictObject({
  lang: z.string().min(2),
  from: FingerprintSchema,
  summary: z.string().min(1),
  records: z.record(
    z.string(),
    z.strictObject({
      title: z.string().min(1),
      description: z.string().min(1),
      wording: z.string().min(1),
      timing: z.string().min(1).optional(),
    }),
  ),
  notKept: z.record(
    z.string(),
    z.strictObject({ title: z.string().min(1), description: z.string().min(1) }),
  ),
  retention: z.record(
    z.string(),
    z.strictObject({
      title: z.string().min(1),
      period: z.string().min(1),
      timing: z.string().min(1),
    }),
  ),
});

export type LegalFactTranslation = z.output<typeof LegalFactTranslationSchema>;
export type LegalFactTranslationsFile = z.output<typeof LegalFactTranslationsFileSchema>;
export type RecordMapTranslation = z.output<typeof RecordMapTranslationSchema>;
