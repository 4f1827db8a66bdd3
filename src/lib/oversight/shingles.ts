/**
 * Word shingling: the text-similarity primitive behind the boilerplate meter.
 *
 * A text is cut into words (letters and digits; case, accents, quote style,
 * hyphens and all punctuation ignored) and every run of `k` consecutive words
 * is a shingle. Two passages that share a shingle share `k` words in the same
 * order, so a shingle match means "the same sentence, nearly verbatim": it
 * survives re-punctuation, re-capitalisation and re-wrapping, but not a
 * changed, added or dropped word inside the run.
 */

/**
 * Shingle length in words. Eight words is long enough that two policies
 * sharing a shingle by chance is very unlikely (common phrases such as "the
 * New York City Police Department" are six words), and short enough that a
 * sentence differing only in the technology's name still matches on both
 * sides of the name.
 */
export const SHINGLE_SIZE = 8;

/** One word of a text with its position in that text. */
export interface Token {
  /** The normalised word (see {@link normaliseWord}). */
  word: string;
  /** Index of the word's first character in the original text. */
  start: number;
  /** Index after the word's last character in the original text. */
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Normalises one word: Unicode NFKC, lower case, accents removed, curly apostrophes made straight. */
export function normaliseWord(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/’/g, "'");
}

/** Splits a text into normalised words with their character offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ word: normaliseWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Number of words in a text, counted as {@link tokenize} counts them. */
export function wordCount(text: string): number {
  return tokenize(text).length;
}

/**
 * The shingle keys of a word sequence: entry `i` is the `k` words starting at
 * word `i`, joined by single spaces. A sequence shorter than `k` has none.
 */
export function shingleKeys(words: readonly string[], k: number = SHINGLE_SIZE): string[] {
  if (!Number.isInteger(k) || k < 1)
    throw new RangeError(`shingle size must be a positive integer, got ${k}`);
  const keys: string[] = [];
  for (let i = 0; i + k <= words.length; i++) keys.push(words.slice(i, i + k).join(' '));
  return keys;
}

/** The set of distinct shingles of a text. */
export function shingleSet(text: string, k: number = SHINGLE_SIZE): Set<string> {
  return new Set(
    shingleKeys(
      tokenize(text).map((t) => t.word),
      k,
    ),
  );
}

/** Jaccard similarity |A ∩ B| / |A ∪ B| of two shingle sets; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  for (const s of a) if (b.has(s)) common++;
  return common / (a.size + b.size - common);
}

/** Containment |A ∩ B| / |A|: the share of A's shingles also found in B; 0 when A is empty. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let common = 0;
  for (const s of a) if (b.has(s)) common++;
  return common / a.size;
}

/**
 * Marks which words of a sequence are covered by a matching shingle: word `i`
 * is covered when some shingle containing it (starting at `i-k+1` … `i`)
 * satisfies `isShared`.
 */
export function coveredWords(
  words: readonly string[],
  isShared: (key: string, start: number) => boolean,
  k: number = SHINGLE_SIZE,
): boolean[] {
  const covered = new Array<boolean>(words.length).fill(false);
  const keys = shingleKeys(words, k);
  keys.forEach((key, start) => {
    if (!isShared(key, start)) return;
    for (let i = start; i < start + k; i++) covered[i] = true;
  });
  return covered;
}
