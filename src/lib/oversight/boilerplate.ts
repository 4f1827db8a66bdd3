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
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/messages.ts';
import boilerplateWords from '../../i18n/messages/policy-boilerplate.ts';
import {
  SHINGLE_SIZE,
  type Token,
  coveredWords,
  jaccard,
  shingleKeys,
  tokenize,
} from './shingles.ts';

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

/** Index of one policy: every shingle and the paragraphs it touches. */
interface PolicyIndex {
  slug: string;
  technology: string;
  streams: SectionStream[];
  shingles: Map<string, Set<string>>;
}

function indexPolicy(policy: PolicyText, k: number): PolicyIndex {
  const streams = policy.sections.map((s) => sectionStream(s, k));
  const shingles = new Map<string, Set<string>>();
  for (const stream of streams) {
    stream.keys.forEach((key, i) => {
      let where = shingles.get(key);
      if (!where) shingles.set(key, (where = new Set()));
      for (let j = i; j < i + k; j++) {
        const t = stream.tokens[j];
        if (t) where.add(t.paragraphId);
      }
    });
  }
  return { slug: policy.slug, technology: policy.technology, streams, shingles };
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
    const ids = other.shingles.get(key);
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

function measure(self: PolicyIndex, others: readonly PolicyIndex[], k: number): PolicyBoilerplate {
  const sections: SectionFigure[] = [];
  const passages: SharedPassage[] = [];
  const pairCovered = new Map<string, number>(others.map((o) => [o.slug, 0]));
  let words = 0;
  let sharedWords = 0;

  for (const stream of self.streams) {
    const wordsOf = stream.tokens.map((t) => t.word);
    const covered = coveredWords(wordsOf, (key) => others.some((o) => o.shingles.has(key)), k);
    for (const o of others) {
      const c = coveredWords(wordsOf, (key) => o.shingles.has(key), k);
      pairCovered.set(o.slug, (pairCovered.get(o.slug) ?? 0) + c.filter(Boolean).length);
    }
    const sectionShared = covered.filter(Boolean).length;
    const sectionAlso = new AlsoInCollector();
    stream.keys.forEach((key) => others.forEach((o) => sectionAlso.add(o, key)));
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
        for (const o of others) also.add(o, key);
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

  const selfSet = new Set(self.shingles.keys());
  const pairs: PairFigure[] = others
    .map((o) => {
      const covered = pairCovered.get(o.slug) ?? 0;
      return {
        slug: o.slug,
        technology: o.technology,
        sharedWords: covered,
        share: ratio(covered, words),
        jaccard: jaccard(selfSet, new Set(o.shingles.keys())),
      };
    })
    .sort((a, b) => a.technology.localeCompare(b.technology));

  return {
    slug: self.slug,
    technology: self.technology,
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
  return indexes.map((self) =>
    measure(
      self,
      indexes.filter((o) => o !== self),
      k,
    ),
  );
}

/** Boilerplate figures and shared passages of one policy (`slug`) measured against all the others. */
export function boilerplateFor(
  slug: string,
  policies: readonly PolicyText[],
  k: number = SHINGLE_SIZE,
): PolicyBoilerplate {
  const self = policies.find((p) => p.slug === slug);
  if (!self)
    throw new Error(
      `boilerplateFor: no policy "${slug}" among ${policies.map((p) => p.slug).join(', ') || 'none'}`,
    );
  const others = policies.filter((p) => p !== self).map((p) => indexPolicy(p, k));
  return measure(indexPolicy(self, k), others, k);
}

/** The figure of one section of a policy, or undefined when the policy lacks it. */
export function sectionFigure(b: PolicyBoilerplate, key: BlockKey): SectionFigure | undefined {
  return b.sections.find((s) => s.key === key);
}

/** Formats a share as a whole percentage ("87%"; "87 %" in Spanish); "no text" for null. */
export function formatShare(share: number | null, locale: Locale = DEFAULT_LOCALE): string {
  if (share === null) return t(boilerplateWords, locale).noText;
  const percent = Math.round(share * 100);
  if (locale === DEFAULT_LOCALE) return `${percent}%`;
  return formatNumber(locale, percent / 100, { style: 'percent', maximumFractionDigits: 0 });
}
