/**
 * The ways to send a FOIL request to the NYPD, best-sourced first, and the
 * words the pages use for how sure each is. Pure: the pages pass the facts in.
 */
import type { LegalFact } from '../../schemas/foil.ts';

/** How well a certainty is sourced: lower is better. */
const RANK: Record<LegalFact['certainty'], number> = {
  sourced: 0,
  reported: 1,
  assumption: 2,
  uncertain: 3,
};

/**
 * The channel facts ordered by how well they are sourced: stated by a source,
 * then seen in a dated source, then an assumption, then unconfirmed; among
 * equals, one that gives an address to write to (postal lines or a URL) comes
 * first, then the order given. Throws for a fact that is not a channel.
 */
export function channelsBySourcing(facts: readonly LegalFact[]): LegalFact[] {
  for (const f of facts)
    if (!f.channel)
      throw new Error(
        `channelsBySourcing: fact "${f.id}" has no "channel" (data/foil/legal-facts.json); pass channel facts only`,
      );
  const located = (f: LegalFact) => (f.address || f.channel?.url ? 0 : 1);
  return facts
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        RANK[a.f.certainty] - RANK[b.f.certainty] || located(a.f) - located(b.f) || a.i - b.i,
    )
    .map(({ f }) => f);
}

/** The words for how sure a fact is, in English (every language: src/i18n/messages/foil-pages.ts). */
export const CERTAINTY_EN = {
  flagReported: 'Dated source',
  flagAssumption: 'Our assumption',
  flagUncertain: 'Unconfirmed',
  certaintySourced: 'Stated by the source',
  certaintyReported: 'Seen in a dated or secondary source; not confirmed since',
  certaintyAssumption: 'A convention this portal chose, with its basis',
  certaintyUncertain: 'No public source read for this portal confirms it',
} as const;

/** The certainty words of a language. */
export type CertaintyWords = { readonly [K in keyof typeof CERTAINTY_EN]: string };

/**
 * The short flag shown beside a fact that is not settled by its source, or
 * null for a sourced fact. Never the word the research notes use for an
 * unsettled fact: the flags say what the reader needs to know.
 */
export function certaintyFlag(
  certainty: LegalFact['certainty'],
  m: CertaintyWords = CERTAINTY_EN,
): string | null {
  switch (certainty) {
    case 'sourced':
      return null;
    case 'reported':
      return m.flagReported;
    case 'assumption':
      return m.flagAssumption;
    case 'uncertain':
      return m.flagUncertain;
  }
}

/** A sentence saying how sure a fact is, for the "Certainty" line of a channel or the facts table. */
export function certaintyText(
  certainty: LegalFact['certainty'],
  m: CertaintyWords = CERTAINTY_EN,
): string {
  switch (certainty) {
    case 'sourced':
      return m.certaintySourced;
    case 'reported':
      return m.certaintyReported;
    case 'assumption':
      return m.certaintyAssumption;
    case 'uncertain':
      return m.certaintyUncertain;
  }
}
