/**
 * The boilerplate meter: how much of each policy, section by section, also
 * appears (nearly verbatim) in another policy.
 *
 * Method. Each section of each policy is read as one stream of words (its
 * paragraphs and list items in order, so a sentence split differently into
 * paragraphs still matches). Every run of {@link SHINGLE_SIZE} consecutive
 * words (a shingle, see `shingles.ts`) is looked up in the shingles of every
 * other policy; a word counts as shared when at least one shingle containing
 * it is found elsewhere. A section's figure is shared words / all words; a
 * policy's figure is the same ratio over its abstract and all its sections.
 * Shared words are then grouped into passages: maximal runs of shared words
 * inside one paragraph (or list item), with the exact text and the
 * paragraphs of the other policies that hold the same shingles.
 */
import type { PolicyBlockSection } from '../policy/body.ts';
import {
  ABSTRACT_KEY,
  type BlockKey,
  SECTION_KEYS,
  parseParagraphId,
  sectionLabel,
} from '../../schemas/sections.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { formatPercent } from '../../i18n/format.ts';
import { t } from '../../i18n/messages.ts';
import boilerplateWords from '../../i18n/messages/policy-boilerplate.ts';
import { SHINGLE_SIZE, type Token, shingleKeys, tokenize } from './shingles.ts';

/** A policy as the oversight views read it: its slug, name and parsed body. */
export interface PolicyText {
  slug: string;
  technology: string;
  sections: readonly PolicyBlockSection[];
}

/** Where else a shared passage (or section) appears: one other policy and its paragraphs. */
export interface AlsoIn {
  slug: string;
  technology: string;
  /** Paragraph ids (`<key>-p<n>`) of the other policy holding the shared shingles, in document order. */
  paragraphIds: string[];
}

/** A run of shared words inside one paragraph or list item. */
export interface SharedPassage {
  sectionKey: BlockKey;
  /** The numbered paragraph (`<key>-p<n>`) holding the passage. */
  paragraphId: string;
  /** For a list, the item (`<key>-p<n>-<i>`) holding the passage. */
  itemId?: string;
  /** The passage exactly as it reads in the paragraph's plain text. */
  text: string;
  /** Character offsets of `text` in the paragraph's (or item's) plain text. */
  start: number;
  end: number;
  /** Number of words in the passage. */
  words: number;
  alsoIn: AlsoIn[];
}

/** The boilerplate figure of one section (or the abstract). */
export interface SectionFigure {
  key: BlockKey;
  label: string;
  /** Words in the section. */
  words: number;
  /** Words covered by a shingle found in another policy. */
  sharedWords: number;
  /** sharedWords / words, or null for a section without words. */
  share: number | null;
  /** The other policies this section shares text with, and where. */
  alsoIn: AlsoIn[];
}

/** Similarity of one policy to one other policy. */
export interface PairFigure {
  slug: string;
  technology: string;
  /** Words of this policy covered by shingles found in the other policy. */
  sharedWords: number;
  /** sharedWords / this policy's words, or null when it has none. */
  share: number | null;
  /** Jaccard similarity of the two policies' shingle sets. */
  jaccard: number;
}

/** Boilerplate figures and shared passages of one policy. */
export interface PolicyBoilerplate {
  slug: string;
  technology: string;
  words: number;
  sharedWords: number;
  share: number | null;
  /** The abstract (when present) and the sections found, in document order. */
  sections: SectionFigure[];
  passages: SharedPassage[];
  pairs: PairFigure[];
  /** Shingle size used, in words. */
  k: number;
}

interface StreamToken extends Token {
  paragraphId: string;
  itemId?: string;
  /** The plain text the offsets refer to (paragraph text or item text). */
  unitText: string;
}

interface SectionStream {
  key: BlockKey;
  tokens: StreamToken[];
  keys: string[];
}

function sectionStream(section: PolicyBlockSection, k: number): SectionStream {
  const tokens: StreamToken[] = [];
  for (const p of section.paragraphs) {
    if (p.items.length === 0) {
      for (const t of tokenize(p.text)) tokens.push({ ...t, paragraphId: p.id, unitText: p.text });
    } else {
      for (const item of p.items)
        for (const t of tokenize(item.text))
          tokens.push({ ...t, paragraphId: p.id, itemId: item.id, unitText: item.text });
    }
  }
  return {
    key: section.key,
    tokens,
    keys: shingleKeys(
      tokens.map((t) => t.word),
      k,
    ),
  };
}

/**
 * Index of one policy: where each of its shingles starts (stream and word),
 * from which the paragraphs a shingle touches are read when it turns out to
 * be shared (most are not, so no set of paragraphs is built for them).
 */
interface PolicyIndex {
  slug: string;
  technology: string;
  streams: SectionStream[];
  /** Shingle -> its first start (`stream * STREAM_STRIDE + word`). */
  shingles: Map<string, number>;
  /** Shingle -> every start, for the shingles that occur more than once. */
  repeated: Map<string, number[]>;
  k: number;
}

/** Positions are packed as `stream * STREAM_STRIDE + word` (a section has far fewer words). */
const STREAM_STRIDE = 2 ** 24;

function indexPolicy(policy: PolicyText, k: number): PolicyIndex {
  const streams = policy.sections.map((s) => sectionStream(s, k));
  const shingles = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  streams.forEach((stream, si) => {
    if (stream.tokens.length >= STREAM_STRIDE)
      throw new RangeError(`boilerplate: section ${stream.key} of ${policy.slug} is too long`);
    stream.keys.forEach((key, i) => {
      const at = si * STREAM_STRIDE + i;
      const first = shingles.get(key);
      if (first === undefined) shingles.set(key, at);
      else {
        const all = repeated.get(key);
        if (all) all.push(at);
        else repeated.set(key, [first, at]);
      }
    });
  });
  return { slug: policy.slug, technology: policy.technology, streams, shingles, repeated, k };
}

/** The paragraphs (ids) a shingle of a policy touches, in the order its occurrences touch them. */
function paragraphsOf(index: PolicyIndex, key: string): Set<string> | undefined {
  const first = index.shingles.get(key);
  if (first === undefined) return undefined;
  const ids = new Set<string>();
  for (const at of index.repeated.get(key) ?? [first]) {
    const stream = index.streams[Math.floor(at / STREAM_STRIDE)] as SectionStream;
    const start = at % STREAM_STRIDE;
    for (let j = start; j < start + index.k; j++) {
      const t = stream.tokens[j];
      if (t) ids.add(t.paragraphId);
    }
  }
  return ids;
}

/** Document order of paragraph ids: abstract first, then statutory order, then number. */
export function compareParagraphIds(a: string, b: string): number {
  const order = (id: string): [number, number] => {
    const p = parseParagraphId(id);
    if (!p) return [99, 0];
    return [p.key === ABSTRACT_KEY ? -1 : SECTION_KEYS.indexOf(p.key), p.n];
  };
  const [ra, na] = order(a);
  const [rb, nb] = order(b);
  return ra - rb || na - nb;
}

class AlsoInCollector {
  private readonly bySlug = new Map<string, { technology: string; ids: Set<string> }>();
  add(other: PolicyIndex, key: string): void {
    const ids = paragraphsOf(other, key);
    if (!ids) return;
    let entry = this.bySlug.get(other.slug);
    if (!entry)
      this.bySlug.set(other.slug, (entry = { technology: other.technology, ids: new Set() }));
    for (const id of ids) entry.ids.add(id);
  }
  result(): AlsoIn[] {
    return [...this.bySlug.entries()]
      .map(([slug, e]) => ({
        slug,
        technology: e.technology,
        paragraphIds: [...e.ids].sort(compareParagraphIds),
      }))
      .sort((a, b) => a.technology.localeCompare(b.technology));
  }
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * The corpus-wide shingle index, built once: every shingle with the
 * positions (in `indexes`, ascending) of the policies holding it. Measuring
 * a policy then visits only the policies that share each of its shingles, so
 * the cost grows with the text and its shared passages, not with the number
 * of policy pairs (looking every shingle up in every other policy made the
 * build quadratic in the number of policies).
 */
type Holders = Map<string, number[]>;

function holdersOf(indexes: readonly PolicyIndex[]): Holders {
  const holders: Holders = new Map();
  indexes.forEach((ix, n) => {
    for (const key of ix.shingles.keys()) {
      const list = holders.get(key);
      if (list) list.push(n);
      else holders.set(key, [n]);
    }
  });
  return holders;
}

const NONE: readonly number[] = [];

/**
 * Measures `indexes[self]` against every other policy of `indexes`. The
 * results are those of comparing the policy with each other policy in turn
 * (others in the order of `indexes`), read from the shared index.
 */
function measure(
  self: number,
  indexes: readonly PolicyIndex[],
  holders: Holders,
  k: number,
): PolicyBoilerplate {
  const me = indexes[self] as PolicyIndex;
  const sharers = (key: string): readonly number[] => holders.get(key) ?? NONE;
  const sections: SectionFigure[] = [];
  const passages: SharedPassage[] = [];
  /** Words of this policy covered by shingles of each other policy (by position in `indexes`). */
  const pairCovered = new Map<number, number>();
  let words = 0;
  let sharedWords = 0;

  for (const stream of me.streams) {
    const covered = new Array<boolean>(stream.tokens.length).fill(false);
    /** Per other policy, the end of the last run of words it covers in this stream. */
    const coveredTo = new Map<number, number>();
    const sectionAlso = new AlsoInCollector();
    stream.keys.forEach((key, start) => {
      let elsewhere = false;
      for (const n of sharers(key)) {
        if (n === self) continue;
        elsewhere = true;
        sectionAlso.add(indexes[n] as PolicyIndex, key);
        // Shingles come in word order, each covering k words: count each word once per policy.
        const from = Math.max(start, coveredTo.get(n) ?? 0);
        pairCovered.set(n, (pairCovered.get(n) ?? 0) + start + k - from);
        coveredTo.set(n, start + k);
      }
      if (elsewhere) for (let i = start; i < start + k; i++) covered[i] = true;
    });
    const sectionShared = covered.filter(Boolean).length;
    sections.push({
      key: stream.key,
      label: sectionLabel(stream.key),
      words: stream.tokens.length,
      sharedWords: sectionShared,
      share: ratio(sectionShared, stream.tokens.length),
      alsoIn: sectionAlso.result(),
    });
    words += stream.tokens.length;
    sharedWords += sectionShared;

    // Passages: maximal runs of covered words within one paragraph or list item.
    let i = 0;
    while (i < stream.tokens.length) {
      if (!covered[i]) {
        i++;
        continue;
      }
      const first = stream.tokens[i] as StreamToken;
      let j = i;
      while (
        j + 1 < stream.tokens.length &&
        covered[j + 1] &&
        stream.tokens[j + 1]?.unitText === first.unitText &&
        stream.tokens[j + 1]?.paragraphId === first.paragraphId &&
        stream.tokens[j + 1]?.itemId === first.itemId
      )
        j++;
      const last = stream.tokens[j] as StreamToken;
      const also = new AlsoInCollector();
      // Every shingle overlapping the run that is found elsewhere names where.
      for (let s = Math.max(0, i - k + 1); s <= j && s < stream.keys.length; s++) {
        const key = stream.keys[s] as string;
        for (const n of sharers(key)) if (n !== self) also.add(indexes[n] as PolicyIndex, key);
      }
      const passage: SharedPassage = {
        sectionKey: stream.key,
        paragraphId: first.paragraphId,
        text: first.unitText.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        words: j - i + 1,
        alsoIn: also.result(),
      };
      if (first.itemId !== undefined) passage.itemId = first.itemId;
      passages.push(passage);
      i = j + 1;
    }
  }

  // Jaccard similarity of the shingle sets: |A ∩ B| / |A ∪ B| (see jaccard() in shingles.ts).
  const common = new Map<number, number>();
  for (const key of me.shingles.keys())
    for (const n of sharers(key)) if (n !== self) common.set(n, (common.get(n) ?? 0) + 1);
  const pairs: PairFigure[] = [];
  indexes.forEach((o, n) => {
    if (n === self) return;
    const c = common.get(n) ?? 0;
    const union = me.shingles.size + o.shingles.size - c;
    const covered = pairCovered.get(n) ?? 0;
    pairs.push({
      slug: o.slug,
      technology: o.technology,
      sharedWords: covered,
      share: ratio(covered, words),
      jaccard: union === 0 ? 0 : c / union,
    });
  });
  pairs.sort((a, b) => a.technology.localeCompare(b.technology));

  return {
    slug: me.slug,
    technology: me.technology,
    words,
    sharedWords,
    share: ratio(sharedWords, words),
    sections,
    passages,
    pairs,
    k,
  };
}

/**
 * Boilerplate figures and shared passages for every policy, each measured
 * against all the others. Pure: computed from the texts given, nothing stored.
 */
export function computeBoilerplate(
  policies: readonly PolicyText[],
  k: number = SHINGLE_SIZE,
): PolicyBoilerplate[] {
  const slugs = new Set<string>();
  for (const p of policies) {
    if (slugs.has(p.slug))
      throw new Error(`computeBoilerplate: policy slug "${p.slug}" given twice`);
    slugs.add(p.slug);
  }
  const indexes = policies.map((p) => indexPolicy(p, k));
  const holders = holdersOf(indexes);
  return indexes.map((_, n) => measure(n, indexes, holders, k));
}

/** Boilerplate figures and shared passages of one policy (`slug`) measured against all the others. */
export function boilerplateFor(
  slug: string,
  policies: readonly PolicyText[],
  k: number = SHINGLE_SIZE,
): PolicyBoilerplate {
  const self = policies.findIndex((p) => p.slug === slug);
  if (self < 0)
    throw new Error(
      `boilerplateFor: no policy "${slug}" among ${policies.map((p) => p.slug).join(', ') || 'none'}`,
    );
  const indexes = policies.map((p) => indexPolicy(p, k));
  return measure(self, indexes, holdersOf(indexes), k);
}

/** The figure of one section of a policy, or undefined when the policy lacks it. */
export function sectionFigure(b: PolicyBoilerplate, key: BlockKey): SectionFigure | undefined {
  return b.sections.find((s) => s.key === key);
}

/** Policies named in a cell of the tables of every policy (/boilerplate/, the annual report). */
export const PAIRS_SHOWN = 5;

/** The other policies of one row of a table of every policy, as the cell shows them. */
export interface PairSummary {
  /** The policies sharing the most text with this one (share, then Jaccard, then name), at most `limit`. */
  shown: PairFigure[];
  /** Further policies sharing text with this one: named on its own boilerplate page. */
  more: number;
  /** Other policies sharing none of its text (0%). */
  none: number;
}

/**
 * What a table row of every policy says of one policy's pairs. Naming each
 * of the other N policies in each of N rows grows with the square of the
 * corpus (at 200 policies, 40,000 names and 200 printed pages in every
 * annual report); the row names those sharing the most text, counts the
 * rest, and the policy's own page (/boilerplate/<slug>/) names every policy
 * it shares text with.
 */
export function summarizePairs(
  pairs: readonly PairFigure[],
  limit: number = PAIRS_SHOWN,
): PairSummary {
  const sharing = pairs.filter((p) => p.sharedWords > 0 || p.jaccard > 0);
  sharing.sort(
    (a, b) =>
      (b.share ?? -1) - (a.share ?? -1) ||
      b.jaccard - a.jaccard ||
      a.technology.localeCompare(b.technology, 'en'),
  );
  return {
    shown: sharing.slice(0, limit),
    more: Math.max(0, sharing.length - limit),
    none: pairs.length - sharing.length,
  };
}

/** Formats a share as a whole percentage ("87%"; "87 %" in Spanish); "no text" for null. */
export function formatShare(share: number | null, locale: Locale = DEFAULT_LOCALE): string {
  if (share === null) return t(boilerplateWords, locale).noText;
  return formatPercent(locale, Math.round(share * 100));
}
