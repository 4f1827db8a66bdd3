import { citation } from '../policy/citation.ts';
import type { PolicyBlockSection } from '../policy/body.ts';
import { type BlockKey, parseParagraphId, sectionLabel } from '../../schemas/sections.ts';

/**
 * Record maps cite paragraphs of the imported policies by id (`<key>-p<n>`,
 * or `<key>-p<n>-<i>` for a list item). `resolveCitations` checks every id
 * against the policy body and throws, naming the file, the entry and the id,
 * when one no longer exists: the FOIL pages call it at build time, so a
 * re-import that renumbers paragraphs fails the build instead of publishing
 * a broken citation.
 */

/** Any record-map entry: an id and the paragraph ids it cites. */
export interface CitingEntry {
  id: string;
  cites: readonly string[];
}

/** The parts of a record map that carry citations. */
export interface CitingMap<R extends CitingEntry, N extends CitingEntry, T extends CitingEntry> {
  records: readonly R[];
  notKept: readonly N[];
  retention: readonly T[];
}

/** A cited paragraph, resolved against the policy body. */
export interface ResolvedCitation {
  /** The paragraph (or list item) id, e.g. `rules-p8`. */
  id: string;
  key: BlockKey;
  /** Paragraph number within its section. */
  n: number;
  /** List item number when the id points at an item. */
  item?: number;
  /** "NYPD Impact and Use Policy: Facial Recognition, Rules, Processes & Guidelines ¶8". */
  text: string;
  /** Short label for a link, e.g. "Rules, Processes & Guidelines ¶8". */
  short: string;
  /** Link to the paragraph on the policy page. */
  href: string;
  /** The start of the cited paragraph's text, for a tooltip-free preview. */
  excerpt: string;
}

/** An entry with its citations resolved. */
export type Resolved<E extends CitingEntry> = E & { citations: ResolvedCitation[] };

/** Where the record map and the policy come from, for citations and error messages. */
export interface CitationContext {
  /** The record-map file, e.g. `data/policies/facial-recognition/foil-records.json`. */
  file: string;
  /** The policy slug, e.g. `facial-recognition`. */
  slug: string;
  /** The policy's technology name, e.g. "Facial Recognition". */
  technology: string;
  /** The policy body parsed by `parsePolicyBody()`. */
  sections: readonly PolicyBlockSection[];
}

/** Thrown when a record map cites a paragraph the policy does not have. */
export class CitationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CitationError';
  }
}

/** Cuts `text` to at most `max` characters at a word boundary, adding an ellipsis. */
export function excerpt(text: string, max = 180): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Resolves every citation of a record map against its policy body. Throws a
 * `CitationError` naming the file, the list, the entry and the id when an id
 * is malformed or not a paragraph of the policy, or when two entries share an id.
 */
export function resolveCitations<
  R extends CitingEntry,
  N extends CitingEntry,
  T extends CitingEntry,
>(
  map: CitingMap<R, N, T>,
  ctx: CitationContext,
): { records: Resolved<R>[]; notKept: Resolved<N>[]; retention: Resolved<T>[] } {
  const paragraphs = new Map<string, { text: string }>();
  for (const s of ctx.sections)
    for (const p of s.paragraphs) {
      paragraphs.set(p.id, { text: p.text });
      for (const it of p.items) paragraphs.set(it.id, { text: it.text });
    }
  const seen = new Set<string>();

  const resolveList = <E extends CitingEntry>(list: readonly E[], name: string): Resolved<E>[] =>
    list.map((entry, index) => {
      const where = `${ctx.file}: ${name}[${index}] "${entry.id}"`;
      if (seen.has(entry.id))
        throw new CitationError(
          `${where}: the id "${entry.id}" is used twice; give each entry its own id.`,
        );
      seen.add(entry.id);
      if (entry.cites.length === 0)
        throw new CitationError(`${where} cites no paragraph; add at least one paragraph id.`);
      const citations = entry.cites.map((id): ResolvedCitation => {
        const parsed = parseParagraphId(id);
        const para = paragraphs.get(id);
        if (!parsed || !para) {
          const known = [...paragraphs.keys()].filter((k) =>
            k.startsWith(`${id.split('-p')[0]}-p`),
          );
          throw new CitationError(
            `${where} cites "${id}", which is not a paragraph of the ${ctx.technology} policy ` +
              `(content/policies/${ctx.slug}.md). Fix the id in ${ctx.file}` +
              (known.length
                ? `; that section has ${known.filter((k) => parseParagraphId(k)?.item === undefined).join(', ')}.`
                : '.'),
          );
        }
        const base = citation(ctx.technology, parsed.key, parsed.n);
        const itemSuffix = parsed.item !== undefined ? `, item ${parsed.item}` : '';
        const resolved: ResolvedCitation = {
          id,
          key: parsed.key,
          n: parsed.n,
          text: base + itemSuffix,
          short: `${sectionLabel(parsed.key)} ¶${parsed.n}${itemSuffix}`,
          href: `/policies/${ctx.slug}/#${id}`,
          excerpt: excerpt(para.text),
        };
        if (parsed.item !== undefined) resolved.item = parsed.item;
        return resolved;
      });
      return { ...entry, citations };
    });

  return {
    records: resolveList(map.records, 'records'),
    notKept: resolveList(map.notKept, 'notKept'),
    retention: resolveList(map.retention, 'retention'),
  };
}
