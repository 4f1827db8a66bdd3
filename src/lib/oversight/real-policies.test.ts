/**
 * The oversight computations on the real imported policies and the curated
 * key facts: every citation resolves, every fact has a value, and every shared
 * passage can be marked in the page the policy renderer produces.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPolicyBody } from '../policy/render.ts';
import { rehypeSharedPassages } from '../../plugins/rehype-shared-passages.ts';
import { KeyFactsFileSchema } from '../../schemas/oversight.ts';
import { citableIds } from './citations.ts';
import { type CuratedInput, type PolicyInput, buildOversight } from './oversight.ts';

const POLICY_DIR = new URL('../../../content/policies/', import.meta.url);
const DATA_DIR = new URL('../../../data/policies/', import.meta.url);

/** Reads the fields the oversight views need from an entry's frontmatter (the importer writes JSON-quoted scalars). */
function readPolicy(file: string): PolicyInput {
  const text = readFileSync(new URL(file, POLICY_DIR), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error(`content/policies/${file} has no frontmatter`);
  const fm = m[1] as string;
  const scalar = (key: string): string | undefined => {
    const v = new RegExp(`^${key}: (".*")$`, 'm').exec(fm)?.[1];
    return v === undefined ? undefined : (JSON.parse(v) as string);
  };
  const addendaBlock = /^addenda:\n((?: {2}.*\n)*)/m.exec(fm + '\n')?.[1] ?? '';
  const addenda = [
    ...addendaBlock.matchAll(/- date: (".*")\n\s+printedDate: (".*")\n\s+description: (".*")/g),
  ].map((a) => ({
    date: JSON.parse(a[1] as string) as string,
    printedDate: JSON.parse(a[2] as string) as string,
    description: JSON.parse(a[3] as string) as string,
  }));
  const changesBlock = /^changes:\n((?: {2}.*\n)*)/m.exec(fm + '\n')?.[1] ?? '';
  return {
    slug: file.replace(/\.md$/, ''),
    technology: scalar('technology') ?? '',
    title: scalar('title') ?? '',
    status: scalar('status') === 'draft' ? 'draft' : 'final',
    posted: scalar('posted'),
    updated: scalar('updated'),
    addenda,
    changes: (changesBlock.match(/^ {2}- update:/gm) ?? []).length,
    body: text.slice(m[0].length),
  };
}

const policyFiles = existsSync(POLICY_DIR)
  ? readdirSync(POLICY_DIR).filter((f) => f.endsWith('.md'))
  : [];
const factFiles = readdirSync(DATA_DIR)
  .map((slug) => `${slug}/key-facts.json`)
  .filter((f) => existsSync(new URL(f, DATA_DIR)));
const inputs = policyFiles.map(readPolicy);
const curated: CuratedInput[] = factFiles.map((f) => ({
  file: `data/policies/${f}`,
  data: KeyFactsFileSchema.parse(JSON.parse(readFileSync(new URL(f, DATA_DIR), 'utf8'))),
}));

describe('oversight data from the imported policies', () => {
  it('has both imported policies and a curated key-facts file for each', () => {
    expect(inputs.map((p) => p.slug)).toEqual(['facial-recognition', 'thermographic-cameras']);
    expect(curated.map((c) => c.data.slug).sort()).toEqual(inputs.map((p) => p.slug));
    for (const c of curated) expect(c.file).toBe(`data/policies/${c.data.slug}/key-facts.json`);
  });

  // buildOversight throws, naming file, fact and id, on any citation that does not resolve.
  const data = buildOversight(inputs, curated);

  it.each(inputs.map((p) => p.slug))('resolves every key-fact citation of %s', (slug) => {
    const policy = data.policies.find((p) => p.slug === slug)!;
    const ids = citableIds(policy);
    for (const f of data.facts.get(slug)!)
      for (const id of f.citations) expect(ids, `${f.factId} → ${id}`).toContain(id);
  });

  it.each(inputs.map((p) => p.slug))(
    'gives %s a value or a searched "Not stated" for every fact',
    (slug) => {
      const facts = data.facts.get(slug)!;
      expect(facts.filter((f) => f.status === 'not-reviewed').map((f) => f.factId)).toEqual([]);
      for (const f of facts)
        if (f.status === 'stated') expect(f.citations.length, f.factId).toBeGreaterThan(0);
    },
  );

  it.each(inputs.map((p) => p.slug))('resolves every scorecard evidence anchor of %s', (slug) => {
    const policy = data.policies.find((p) => p.slug === slug)!;
    const ids = new Set([...citableIds(policy), ...policy.sections.map((s) => s.key)]);
    for (const r of data.scorecards.get(slug)!.results)
      for (const id of r.evidence) expect(ids, `${r.id} → ${id}`).toContain(id);
  });

  it('finds a large shared share in both policies, as the Inspector General observed', () => {
    for (const slug of ['facial-recognition', 'thermographic-cameras']) {
      const b = data.boilerplate.get(slug)!;
      expect(b.share).toBeGreaterThan(0.3);
      expect(b.share).toBeLessThan(1);
      expect(b.passages.length).toBeGreaterThan(10);
    }
  });

  it.each(inputs.map((p) => p.slug))(
    'marks every shared passage of %s in the rendered policy page',
    (slug) => {
      const input = inputs.find((p) => p.slug === slug)!;
      const passages = data.boilerplate.get(slug)!.passages;
      const html = renderPolicyBody(input.body, {
        slug,
        technology: input.technology,
        rehypePlugins: [[rehypeSharedPassages, { passages }]],
      });
      const marked = [...html.matchAll(/<mark class="pp-shared"[^>]*>([^<]*)<\/mark>/g)]
        .map((m) => m[1])
        .join('');
      const expected = passages.map((p) => p.text).join('');
      // Every shared character is marked (marks split only around footnote markers).
      expect(marked.replace(/\s+/g, '')).toBe(expected.replace(/\s+/g, ''));
    },
  );
});
