/**
 * The robustness suite: both real policies, varied the ways real extractions
 * vary (__fixtures__/variants.ts), alone and combined, seeded. Every variant
 * must import to the same sections, paragraph ids and texts as the clean
 * text (after undoing what the variant changed), with the nothing-lost check
 * holding and every removed line listed in the report.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicyBody } from '../../src/lib/policy/body.ts';
import { mulberry32 } from '../bench/random.ts';
import { importKept, textInput } from './__fixtures__/load.ts';
import {
  makeVariant,
  straightQuotes,
  type Variant,
  VARIATIONS,
  type Variation,
} from './__fixtures__/variants.ts';
import { checkNothingLost } from './check.ts';
import { linesFromText } from './lines.ts';
import { importPolicy, type ImportResult } from './pipeline.ts';

/** Change it to explore other variants; the seed of a failing variant is in its test name. */
const SEED = 20_240_611;
const COMBINED_PER_POLICY = 30;

const POLICIES = ['facial-recognition', 'thermographic-cameras'] as const;

/** A body as compared: per section its key and its paragraphs' ids and texts, quotes straightened. */
function comparable(result: ImportResult) {
  return parsePolicyBody(result.body).map((s) => ({
    key: s.key,
    paragraphs: s.paragraphs.map((p) => ({
      id: p.id,
      kind: p.kind,
      text: straightQuotes(p.text),
      items: p.items.map((it) => ({ id: it.id, text: straightQuotes(it.text) })),
      footnotes: p.footnotes,
    })),
  }));
}

/** Seeded combinations of three to seven variations (one cover kind at most). */
function combinations(seed: number): { variations: Variation[]; seed: number }[] {
  const rng = mulberry32(seed);
  const out: { variations: Variation[]; seed: number }[] = [];
  for (let k = 0; k < COMBINED_PER_POLICY; k++) {
    const size = 3 + Math.floor(rng() * 5);
    const chosen = new Set<Variation>();
    while (chosen.size < size) {
      const v = VARIATIONS[Math.floor(rng() * VARIATIONS.length)] ?? 'crlf';
      if (v === 'final-cover' && (chosen.has('draft-cover') || chosen.has('draft-headers')))
        continue;
      if ((v === 'draft-cover' || v === 'draft-headers') && chosen.has('final-cover')) continue;
      chosen.add(v);
    }
    out.push({
      variations: VARIATIONS.filter((v) => chosen.has(v)),
      seed: Math.floor(rng() * 2 ** 31),
    });
  }
  // Everything at once (one cover kind).
  out.push({
    variations: VARIATIONS.filter((v) => v !== 'final-cover'),
    seed: Math.floor(rng() * 2 ** 31),
  });
  return out;
}

describe.each(POLICIES)('the %s policy, varied', (slug) => {
  const clean = importKept(`${slug}.txt`);
  const expectedBody = comparable(clean.result);
  const cleanRemoved = clean.result.report.removedFurniture.map((r) => r.text);
  const singles = VARIATIONS.map((v, i) => ({ variations: [v], seed: SEED + i }));
  const cases: Variant[] = [...singles, ...combinations(SEED + POLICIES.indexOf(slug) * 1000)].map(
    (c) => makeVariant(clean.text, slug, c.variations, c.seed),
  );

  it.each(cases.map((v) => ({ name: `${v.name} (seed ${v.seed})`, v })))('$name', ({ v }) => {
    const input = textInput(`${slug}.txt`, v.text, slug);
    const result = importPolicy(input);
    const fm = result.frontmatter;

    // Same sections, paragraph ids and texts as the clean import, less the sections removed.
    expect(comparable(result)).toEqual(
      expectedBody.filter((s) => !(v.missing as string[]).includes(s.key)),
    );
    expect(fm.missing).toEqual(v.missing);
    expect(fm.footnotes.map((f) => ({ ...f, text: straightQuotes(f.text) }))).toEqual(
      clean.result.frontmatter.footnotes.map((f) => ({ ...f, text: straightQuotes(f.text) })),
    );
    expect(fm.changes).toEqual(v.changesRemoved ? [] : clean.result.frontmatter.changes);
    expect(fm.addenda).toEqual(clean.result.frontmatter.addenda);
    expect(fm.status).toBe(v.status ?? clean.result.frontmatter.status);
    expect(fm.posted).toBe(v.posted ?? clean.result.frontmatter.posted);
    expect(fm.updated).toBe(clean.result.frontmatter.updated);
    expect(result.slug).toBe(slug);

    // Nothing placed where it does not belong, nothing lost.
    expect(result.report.unassignedText).toEqual([]);
    expect(result.report.unknownHeadings).toEqual([]);
    const lost = checkNothingLost(linesFromText(v.text), result);
    expect(lost, JSON.stringify(lost)).toMatchObject({ ok: true });

    // Every inserted header, footer and page number is removed and listed; nothing else is.
    const removed = result.report.removedFurniture.map((r) => r.text);
    expect(removed).toEqual(expect.arrayContaining(v.furniture));
    const stillPrinted = cleanRemoved.filter((t) =>
      linesFromText(v.text).some((l) => t.startsWith(l.text) && l.text),
    );
    expect(removed.filter((t) => !v.furniture.includes(t) && !cleanRemoved.includes(t))).toEqual(
      [],
    );
    expect(removed).toEqual(expect.arrayContaining(stillPrinted));
  });

  it('varies the text in every variation that applies to it', () => {
    for (const v of cases.slice(0, VARIATIONS.length)) {
      // The facial recognition table is extracted column by column: no gap between cells to vary.
      if (v.name === 'table-gaps' && !clean.text.includes('\t')) continue;
      expect(v.text, v.name).not.toBe(clean.text);
    }
    for (const v of cases.filter((c) =>
      c.variations.some((x) => /furniture|draft-headers/.test(x)),
    ))
      expect(v.furniture.length, v.name).toBeGreaterThan(0);
    expect(cases.filter((c) => c.missing.length > 0).length).toBeGreaterThan(0);
  });
});
