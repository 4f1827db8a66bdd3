// Hand-written: the nothing-lost check is this importer's own guarantee, a word count over every place imported text can go.
import { parsePolicyBody } from '../../src/lib/policy/body.ts';
import type { Policy } from '../../src/schemas/policy.ts';
import type { ImportTrace } from './types.ts';
import type { ImportReport } from './report.ts';
import type { Line } from './types.ts';

/**
 * Word tokens: runs of letters or of decimal digits ("1See" is "1", "see"),
 * lower case; superscripts and punctuation are not words.
 */
export function wordTokens(text: string): string[] {
  return (text.match(/\p{L}+|\p{Nd}+/gu) ?? []).map((w) => w.toLowerCase());
}

function count(into: Map<string, number>, words: readonly string[], sign = 1): void {
  for (const w of words) into.set(w, (into.get(w) ?? 0) + sign);
}

function flatten(v: string | string[]): string {
  return Array.isArray(v) ? v.join(' ') : v;
}

/** The published outcome of an import, as the checker reads it. */
export interface ImportOutcome {
  frontmatter: Policy;
  body: string;
  report: Pick<ImportReport, 'removedFurniture' | 'unassignedText' | 'correctionsApplied'>;
  trace: ImportTrace;
}

/** Words the input has more (`missing`) or fewer (`extra`) times than the output. */
export interface NothingLostResult {
  ok: boolean;
  missing: { word: string; count: number }[];
  extra: { word: string; count: number }[];
}

/**
 * Proves that every word of the input ends up in exactly one place: the
 * written body (read back with parsePolicyBody: headings, paragraphs, list
 * items), the frontmatter (changes rows, addenda rows, footnotes), the text
 * consumed as structure (cover and date lines, table headings and labels,
 * printed list numbers, footnote numbers and markers as printed), or the report (removed page
 * furniture, unassigned text). Compares multisets of word tokens, after
 * reversing applied corrections and undone line-end hyphens.
 */
export function checkNothingLost(
  input: readonly Line[],
  outcome: ImportOutcome,
): NothingLostResult {
  const balance = new Map<string, number>();
  count(balance, wordTokens(input.map((l) => l.text).join('\n')));

  const out: string[] = [];
  for (const s of parsePolicyBody(outcome.body)) {
    out.push(...wordTokens(s.heading));
    for (const p of s.paragraphs) out.push(...wordTokens(p.text));
  }
  const fm = outcome.frontmatter;
  for (const c of fm.changes) out.push(...wordTokens(c.update), ...wordTokens(c.description));
  for (const a of fm.addenda) out.push(...wordTokens(a.printedDate), ...wordTokens(a.description));
  for (const f of fm.footnotes) out.push(...wordTokens(f.text));
  for (const t of outcome.trace.structural) out.push(...wordTokens(t));
  for (const l of outcome.trace.footnoteLabels) out.push(...wordTokens(l));
  for (const n of outcome.trace.listNumbers) out.push(...wordTokens(n));
  for (const m of outcome.trace.markers) out.push(...wordTokens(m.printed));
  for (const r of outcome.report.removedFurniture) out.push(...wordTokens(r.text));
  for (const u of outcome.report.unassignedText) out.push(...wordTokens(u.text));
  for (const c of outcome.report.correctionsApplied) {
    count(balance, wordTokens(flatten(c.corrected)));
    count(balance, wordTokens(flatten(c.original)), -1);
  }
  for (const h of outcome.trace.hyphenations)
    if (h.decision === 'removed') {
      count(balance, wordTokens(`${h.left}${h.right}`));
      count(balance, [...wordTokens(h.left), ...wordTokens(h.right)], -1);
    }
  count(balance, out, -1);

  const missing: NothingLostResult['missing'] = [];
  const extra: NothingLostResult['extra'] = [];
  for (const [word, n] of [...balance.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n > 0) missing.push({ word, count: n });
    if (n < 0) extra.push({ word, count: -n });
  }
  return { ok: missing.length === 0 && extra.length === 0, missing, extra };
}
