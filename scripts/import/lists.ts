// Hand-written: lists are rebuilt from printed item numbers, some of which extraction lost; only the document's own numbering can fill the gap.
import { LIST_MARKER, type RawBlock } from './paragraphs.ts';

/** One item of a rebuilt ordered list. */
export interface ListItemModel {
  n: number;
  text: string;
  /** True when extraction lost the printed number and the importer numbered it by position. */
  inferred: boolean;
}

/** A numbered block of a section: a paragraph or a whole ordered list. */
export type BlockModel =
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'list'; items: ListItemModel[]; line: number };

const ITEM_END = /(?:[;.]|[;,]\s*(?:and|or))["'”’)]*(?:\[\^\d+\])?$/;

function itemText(b: RawBlock): string {
  return b.text.replace(LIST_MARKER, '');
}

/**
 * Rebuilds ordered lists from blocks: a list starts at an item numbered 1
 * and continues with n+1. Where extraction lost numbers (items 2 and 6
 * printed, 3 to 5 not), the unnumbered blocks between are taken as the
 * missing items only when their count fills the gap exactly and each reads
 * as an item (ends with ";", "; or", "; and" or "."); each such repair is
 * returned as a warning.
 */
export function buildLists(blocks: readonly RawBlock[]): {
  blocks: BlockModel[];
  warnings: string[];
} {
  const out: BlockModel[] = [];
  const warnings: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    if (b.numbered !== 1) {
      out.push({ kind: 'paragraph', text: b.text, line: b.line });
      continue;
    }
    const items: ListItemModel[] = [{ n: 1, text: itemText(b), inferred: false }];
    let j = i + 1;
    for (;;) {
      const last = items.at(-1);
      const next = blocks[j];
      if (!last || !next) break;
      if (next.numbered === last.n + 1) {
        items.push({ n: last.n + 1, text: itemText(next), inferred: false });
        j++;
        continue;
      }
      let k = j;
      while (k < blocks.length && blocks[k]?.numbered === null) k++;
      const between = blocks.slice(j, k);
      const target = blocks[k];
      if (
        target &&
        between.length > 0 &&
        target.numbered === last.n + between.length + 1 &&
        ITEM_END.test(last.text) &&
        between.every((x) => ITEM_END.test(x.text) && /^\p{Lu}/u.test(x.text))
      ) {
        between.forEach((x, idx) =>
          items.push({ n: last.n + idx + 1, text: x.text, inferred: true }),
        );
        items.push({ n: target.numbered ?? 0, text: itemText(target), inferred: false });
        warnings.push(
          `list at line ${b.line}: items ${last.n + 1}–${last.n + between.length} had lost their numbers in extraction; numbered by position (lines ${between.map((x) => x.line).join(', ')})`,
        );
        j = k + 1;
        continue;
      }
      break;
    }
    out.push({ kind: 'list', items, line: b.line });
    i = j - 1;
  }
  return { blocks: out, warnings };
}
