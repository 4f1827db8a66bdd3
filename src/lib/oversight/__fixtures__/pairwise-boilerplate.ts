/**
 * Test oracle: the boilerplate meter as first written, measuring each policy
 * against every other policy in turn (quadratic in the number of policies).
 * `computeBoilerplate()` reads the same figures from a corpus-wide shingle
 * index; its tests require the two to agree exactly. Not used by the site.
 */
import type { PolicyBlockSection } from '../../policy/body.ts';
import { type BlockKey, sectionLabel } from '../../../schemas/sections.ts';
import {
  type AlsoIn,
  type PairFigure,
  type PolicyBoilerplate,
  type PolicyText,
  type SectionFigure,
  type SharedPassage,
  compareParagraphIds,
} from '../boilerplate.ts';
import {
  SHINGLE_SIZE,
  type Token,
  coveredWords,
  jaccard,
  shingleKeys,
  tokenize,
} from '../shingles.ts';

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
export function pairwiseBoilerplate(
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

