// Hand-written: line-end hyphens are decided by evidence in the same document; hyphenation libraries split words by dictionary, they do not tell a broken word from a printed compound.
/** A line-end hyphen and what the importer did with it. */
export interface Hyphenation {
  left: string;
  right: string;
  /** `kept`: a real compound ("real-time"); `removed`: a word broken at the line end. */
  decision: 'kept' | 'removed';
  reason: string;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
}

/** Decides one line-end hyphen between `left` and `right` (see hyphenRule). */
export type Decide = (left: string, right: string) => Hyphenation;

/**
 * Decides line-end hyphens by evidence in the same document: the hyphen is
 * kept when the compound appears hyphenated elsewhere (or the next word is
 * capitalised or a number), removed when the word appears unhyphenated
 * elsewhere, and kept otherwise (these policies are set without automatic
 * hyphenation, so a line-end hyphen is usually a real one).
 */
export function hyphenRule(documentText: string): Decide {
  // Only compounds printed within a line count as evidence.
  const vocabulary = words(documentText.replace(/-\s*\n\s*/g, '- '));
  return (left, right) => {
    const l = /[\p{L}\p{N}]+$/u.exec(left)?.[0] ?? '';
    const r = /^[\p{L}\p{N}]+/u.exec(right)?.[0] ?? '';
    const base = { left: l, right: r };
    if (!l || !r || !/^\p{Ll}/u.test(r))
      return { ...base, decision: 'kept', reason: 'next word is capitalised or a number' };
    const compound = `${l}-${r}`.toLowerCase();
    const joined = `${l}${r}`.toLowerCase();
    if ([...vocabulary].some((w) => w === compound || w.includes(compound)))
      return { ...base, decision: 'kept', reason: `"${compound}" is printed hyphenated elsewhere` };
    if (vocabulary.has(joined))
      return {
        ...base,
        decision: 'removed',
        reason: `"${joined}" is printed unhyphenated elsewhere`,
      };
    return { ...base, decision: 'kept', reason: 'no evidence of a broken word; kept as printed' };
  };
}

/** Joins two pieces of one paragraph broken at a line end, undoing hyphenation when decided. */
export function joinText(prev: string, next: string, decide: Decide, log: Hyphenation[]): string {
  if (!prev) return next;
  if (/\p{L}-$/u.test(prev) && /^\p{L}/u.test(next)) {
    const d = decide(prev.slice(0, -1), next);
    log.push(d);
    return d.decision === 'kept' ? `${prev}${next}` : `${prev.slice(0, -1)}${next}`;
  }
  return `${prev} ${next}`;
}
