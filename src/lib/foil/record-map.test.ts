import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RecordMapSchema } from '../../schemas/foil.ts';
import { parsePolicyBody } from '../policy/body.ts';
import { CitationError, excerpt, resolveCitations } from './record-map.ts';

const ROOT = new URL('../../../', import.meta.url);
const DATA_DIR = new URL('data/policies/', ROOT);
const POLICY_DIR = new URL('content/policies/', ROOT);

/** Splits a policy entry into its frontmatter technology and Markdown body. */
function readPolicy(slug: string): { technology: string; body: string } {
  const text = readFileSync(new URL(`${slug}.md`, POLICY_DIR), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`content/policies/${slug}.md has no frontmatter`);
  const tech = /^technology:\s*"?(.+?)"?\s*$/m.exec(m[1] as string);
  return { technology: tech?.[1] ?? slug, body: m[2] as string };
}

const mapSlugs = readdirSync(DATA_DIR).filter((slug) =>
  existsSync(new URL(`${slug}/foil-records.json`, DATA_DIR)),
);
const policySlugs = readdirSync(POLICY_DIR)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''));

describe('the committed record maps', () => {
  it('exist for both imported policies, and only for imported policies', () => {
    expect(mapSlugs).toEqual(
      expect.arrayContaining(['facial-recognition', 'thermographic-cameras']),
    );
    for (const slug of mapSlugs)
      expect(policySlugs, `data/policies/${slug}/foil-records.json`).toContain(slug);
  });

  describe.each(mapSlugs)('data/policies/%s/foil-records.json', (slug) => {
    const file = `data/policies/${slug}/foil-records.json`;
    const map = RecordMapSchema.parse(
      JSON.parse(readFileSync(new URL(`${slug}/foil-records.json`, DATA_DIR), 'utf8')),
    );
    const policy = readPolicy(slug);
    const resolved = resolveCitations(map, {
      file,
      slug,
      technology: policy.technology,
      sections: parsePolicyBody(policy.body),
    });

    it('resolves every cited paragraph id against the imported policy', () => {
      const all = [...resolved.records, ...resolved.notKept, ...resolved.retention];
      expect(all.flatMap((e) => e.citations).length).toBeGreaterThan(10);
      for (const e of all)
        for (const c of e.citations) {
          expect(c.href).toBe(`/policies/${slug}/#${c.id}`);
          expect(c.excerpt.length, `${e.id} -> ${c.id}`).toBeGreaterThan(20);
        }
    });

    it('gives every record neutral suggested wording', () => {
      for (const r of map.records) expect(r.wording).toMatch(/^[A-Z].+\.$/);
    });
  });

  it('cites the case or complaint number, the possible match report and focused audits for facial recognition', () => {
    const map = RecordMapSchema.parse(
      JSON.parse(readFileSync(new URL('facial-recognition/foil-records.json', DATA_DIR), 'utf8')),
    );
    const policy = parsePolicyBody(readPolicy('facial-recognition').body);
    const text = (id: string) =>
      policy.flatMap((s) => s.paragraphs).find((p) => p.id === id)?.text ?? '';
    const byId = new Map(map.records.map((r) => [r.id, r]));
    expect(text(byId.get('analysis-requests')?.cites[0] ?? '')).toMatch(/case or complaint number/);
    expect(text(byId.get('possible-match-reports')?.cites[0] ?? '')).toMatch(
      /possible match report/,
    );
    expect(text(byId.get('focused-audit-requests')?.cites[0] ?? '')).toMatch(/focused audits/);
  });

  it('marks the robot’s 30-day retention as urgent and cites the paragraph that states it', () => {
    const map = RecordMapSchema.parse(
      JSON.parse(
        readFileSync(new URL('thermographic-cameras/foil-records.json', DATA_DIR), 'utf8'),
      ),
    );
    const policy = parsePolicyBody(readPolicy('thermographic-cameras').body);
    const robot = map.retention.find((r) => r.id === 'robot-30-days');
    expect(robot?.urgent).toBe(true);
    const cited = policy.flatMap((s) => s.paragraphs).find((p) => p.id === robot?.cites[0]);
    expect(cited?.text).toMatch(/thirty \(30\) days/);
  });
});

describe('resolveCitations', () => {
  const sections = parsePolicyBody(
    '## RETENTION {#retention}\n\nData is kept for thirty days and then deleted for good.\n\n1. First item of the list here.\n2. Second item of the list here.\n',
  );
  const ctx = {
    file: 'data/policies/x/foil-records.json',
    slug: 'x',
    technology: 'X Ray',
    sections,
  };
  const entry = (id: string, cites: string[]) => ({ id, cites });

  it('resolves a paragraph and a list item into a citation, a link and an excerpt', () => {
    const r = resolveCitations(
      { records: [entry('a', ['retention-p1', 'retention-p2-2'])], notKept: [], retention: [] },
      ctx,
    );
    expect(r.records[0]?.citations).toEqual([
      {
        id: 'retention-p1',
        key: 'retention',
        n: 1,
        text: 'NYPD Impact and Use Policy: X Ray, Retention, Access & Use of Data ¶1',
        short: 'Retention, Access & Use of Data ¶1',
        href: '/policies/x/#retention-p1',
        excerpt: 'Data is kept for thirty days and then deleted for good.',
      },
      {
        id: 'retention-p2-2',
        key: 'retention',
        n: 2,
        item: 2,
        text: 'NYPD Impact and Use Policy: X Ray, Retention, Access & Use of Data ¶2, item 2',
        short: 'Retention, Access & Use of Data ¶2, item 2',
        href: '/policies/x/#retention-p2-2',
        excerpt: 'Second item of the list here.',
      },
    ]);
  });

  it('throws naming the file, the list, the entry and the missing id', () => {
    expect(() =>
      resolveCitations(
        { records: [], notKept: [entry('gone', ['retention-p9'])], retention: [] },
        ctx,
      ),
    ).toThrow(
      'data/policies/x/foil-records.json: notKept[0] "gone" cites "retention-p9", which is not a paragraph of the X Ray policy (content/policies/x.md). Fix the id in data/policies/x/foil-records.json; that section has retention-p1, retention-p2.',
    );
  });

  it('throws on a malformed id and on an id used twice', () => {
    expect(() =>
      resolveCitations({ records: [entry('a', ['p1'])], notKept: [], retention: [] }, ctx),
    ).toThrow(CitationError);
    expect(() =>
      resolveCitations(
        {
          records: [entry('a', ['retention-p1'])],
          notKept: [],
          retention: [entry('a', ['retention-p1'])],
        },
        ctx,
      ),
    ).toThrow('data/policies/x/foil-records.json: retention[0] "a": the id "a" is used twice');
  });

  it('cuts long excerpts at a word boundary', () => {
    expect(excerpt('one two three four five six', 12)).toBe('one two…');
    expect(excerpt('short', 12)).toBe('short');
  });
});
