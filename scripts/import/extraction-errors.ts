// Hand-written: rules for the extraction errors seen in these policies ("e.qg.", "1AB", "|" for "I"), flagged for review only.
/** A place where text extraction probably garbled the printed text. */
export interface SuspectedError {
  /** The suspicious text as extracted. */
  text: string;
  /** Paragraph id, list item id, or table/footnote location. */
  where: string;
  rule: string;
  /** What it probably reads in print, when a rule can tell. */
  suggestion?: string;
}

/** A piece of imported text and where it stands. */
export interface Located {
  where: string;
  text: string;
}

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.match(/[\p{L}\p{N}]+/gu) ?? [])
    counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
  return counts;
}

/**
 * Flags likely extraction errors by rule, for review (nothing is changed
 * here): a garbled abbreviation ("e.qg."), a digit read for a capital letter
 * ("1AB" where "IAB" is printed elsewhere), a stray "|" for "I", and two
 * words run together ("Suchdisclosure": never printed elsewhere, while both
 * halves are).
 */
export function findSuspectedErrors(
  items: readonly Located[],
  documentText: string,
): SuspectedError[] {
  const counts = wordCounts(documentText);
  const exact = new Set(documentText.match(/[\p{L}\p{N}]+/gu) ?? []);
  const out: SuspectedError[] = [];
  for (const { where, text } of items) {
    for (const m of text.matchAll(/\b[a-z]\.[a-z]{2,}\./g))
      out.push({
        text: m[0],
        where,
        rule: 'garbled abbreviation',
        suggestion: `${m[0][0]}.${m[0].at(-2)}.`,
      });
    for (const m of text.matchAll(/\b[01]\p{Lu}+s?\b/gu)) {
      const fixed = m[0].replace(/^1/, 'I').replace(/^0/, 'O');
      if (exact.has(fixed))
        out.push({ text: m[0], where, rule: 'digit read for a capital letter', suggestion: fixed });
    }
    for (const m of text.matchAll(/(\S+\s)\|(?=\s|$)/g))
      out.push({
        text: `${m[1] ?? ''}|`,
        where,
        rule: 'stray "|" (probably "I" or "l")',
        suggestion: `${m[1] ?? ''}I`,
      });
    for (const m of text.matchAll(/\p{L}{8,}/gu)) {
      const w = m[0];
      if ((counts.get(w.toLowerCase()) ?? 0) > 1) continue;
      for (let cut = 4; cut <= w.length - 4; cut++) {
        const a = w.slice(0, cut).toLowerCase();
        const b = w.slice(cut).toLowerCase();
        if ((counts.get(a) ?? 0) >= 2 && (counts.get(b) ?? 0) >= 2) {
          out.push({
            text: w,
            where,
            rule: 'words run together',
            suggestion: `${w.slice(0, cut)} ${w.slice(cut)}`,
          });
          break;
        }
      }
    }
  }
  return out;
}
