import { z } from 'astro/zod';
import { IsoDateSchema } from './dates.ts';

/**
 * `data/inventory/nypd-policy-inventory.csv`: the project's reference list of
 * NYPD Impact and Use Policies known to exist, copied unchanged from the
 * reference compilation. One row per technology, with what was last seen of
 * it (status and date), how certain that is, and where it comes from.
 */
export const INVENTORY_FILE = 'data/inventory/nypd-policy-inventory.csv';

/** The columns of the inventory file, in order. */
export const INVENTORY_COLUMNS = [
  'title',
  'status_seen',
  'date_seen',
  'certainty',
  'source',
] as const;

/** One row of the inventory file, with the line it was read from. */
export const InventoryRowSchema = z
  .object({
    /** 1-based line of the file (the header is line 1). */
    line: z.number().int().min(2),
    /** Technology as the NYPD titles the policy, e.g. "CELL-SITE SIMULATORS". */
    title: z.string().min(1),
    /** Status last seen, as the source puts it: "final", "draft for public comment", "revised", "referenced" ... */
    status_seen: z.string().min(1),
    /** Date of that status, `YYYY-MM-DD`; empty when the source gives none. */
    date_seen: z.union([IsoDateSchema, z.literal('')]),
    /**
     * "confirmed", "confirmed (named in ...)" or "uncertain (<why>)": an
     * uncertain row is a third party's claim and is shown as such.
     */
    certainty: z
      .string()
      .regex(
        /^(?:confirmed|uncertain)\b/,
        'expected "confirmed" or "uncertain", optionally followed by the reason in parentheses',
      ),
    /** Where the row comes from: a URL, a policy text of the project ("policies/<file>.txt"), or a description. */
    source: z.string().min(1),
  })
  .strict();

/** A row of the inventory file. */
export type InventoryRow = z.infer<typeof InventoryRowSchema>;

/** True when the row's certainty is "uncertain ...": a third party's claim, not settled. */
export function isUncertain(row: Pick<InventoryRow, 'certainty'>): boolean {
  return row.certainty.startsWith('uncertain');
}
