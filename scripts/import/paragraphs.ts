// Hand-written: paragraph breaks are inferred through extraction artefacts (blank lines mid-sentence, page breaks), which no text or Markdown library models.
import { type Hyphenation, joinText } from './hyphenation.ts';
import { closestSection, isCapsLine } from './headings.ts';
import type { Line } from './types.ts';

/** Sentence-final punctuation, optionally followed by quotes, brackets or a footnote mark. */
const SENTENCE_END = /[.;:!?]["'”’)\]]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\?)?$/u;
/** An item that continues with "; and" / "; or". */
const ITEM_CONJUNCTION = /[;,]\s*(?:and|or)$/;
/** A numbered list item: "1. ", "1) " or "(1) ". */
export const LIST_MARKER = /^(?:(\d{1,2})[.)]|\((\d{1,2})\))\s+/;

/** The number of a list item marker ("1.", "1)", "(1)") opening `text`, else null. */
export function listNumber(text: string): number | null {
  const m = LIST_MARKER.exec(text);
  return m ? Number(m[1] ?? m[2]) : null;
}

/** An item that ends with ";" or "; and" / "; or": another item follows. */
const ITEM_GOES_ON = /;["'”’)]*(?:\s*(?:and|or))?$/;

/** True when the text ends a sentence (so a following blank line ends the paragraph). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** A paragraph-level block of text before list rebuilding. */
export interface RawBlock {
  text: string;
  /** Source line number of its first line. */
  line: number;
  /** The number of a "n. " item marker it starts with, else null. */
  numbered: number | null;
  /** True for a line in capitals standing alone: a heading the importer does not know. */
  caps: boolean;
}

/**
 * A line in capitals that reads as a heading: two words or more, or one word
 * close to a statutory heading ("TRAINNG"); a lone acronym ("NYPD") is not.
 */
function standaloneCaps(text: string): boolean {
  if (!isCapsLine(text) || /[.;:,]$/.test(text)) return false;
  return text.trim().split(/\s+/).length >= 2 || closestSection(text).similarity >= 0.7;
}

/**
 * Joins the lines of one section into paragraphs. A blank line or a page
 * break ends a paragraph only after a finished sentence (extraction also
 * inserts blank lines mid-sentence); a numbered item line starts a new block
 * after a finished sentence or an "; and"/"; or". Inside a list, a line
 * starting with a capital after an item ending with ";" (or "; and", "; or")
 * starts a new block: an item whose number extraction lost (buildLists
 * numbers it by position). Lines broken mid-sentence are rejoined with one
 * space; line-end hyphens are decided by `decide`. A line in capitals
 * standing alone is kept as a block of its own (`caps`).
 */
export function joinParagraphs(
  lines: readonly Line[],
  decide: (left: string, right: string) => Hyphenation,
  hyphenations: Hyphenation[],
): RawBlock[] {
  const blocks: RawBlock[] = [];
  let gap = false;
  // True while the current block is a list item (numbered, or one that lost its number).
  let inList = false;
  const start = (l: Line, lostItem = false): void => {
    const numbered = listNumber(l.text);
    inList = numbered !== null || lostItem;
    blocks.push({ text: l.text, line: l.n, numbered, caps: standaloneCaps(l.text) });
  };
  for (const l of lines) {
    if (!l.text) {
      gap = true;
      continue;
    }
    const prev = blocks.at(-1);
    if (!prev) {
      start(l);
    } else {
      const finished = endsSentence(prev.text);
      const item = LIST_MARKER.test(l.text) && (finished || ITEM_CONJUNCTION.test(prev.text));
      const caps = standaloneCaps(l.text) && (finished || gap || l.pageStart);
      const lostItem =
        !item && !caps && inList && ITEM_GOES_ON.test(prev.text) && /^\p{Lu}/u.test(l.text);
      const breakHere =
        prev.caps || caps || lostItem || (gap || l.pageStart ? finished || item : item);
      if (breakHere) start(l, lostItem);
      else prev.text = joinText(prev.text, l.text, decide, hyphenations);
    }
    gap = false;
  }
  return blocks;
}
