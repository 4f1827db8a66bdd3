import { type BlockKey, sectionLabel } from '../../schemas/sections.ts';

/** Prefix of every citation to a policy paragraph. */
export const CITATION_PREFIX = 'NYPD Impact and Use Policy';

/**
 * Citation of a numbered paragraph, e.g.
 * "NYPD Impact and Use Policy: Facial Recognition, External Entities ¶3".
 */
export function citation(technology: string, key: BlockKey, n: number): string {
  return `${CITATION_PREFIX}: ${technology}, ${sectionLabel(key)} ¶${n}`;
}
