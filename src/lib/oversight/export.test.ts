import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, keyFactsCsv, keyFactsJson } from './export.ts';
import { KEY_FACTS } from './key-facts.ts';
import { buildOversight } from './oversight.ts';
import { ALPHA_MD, BETA_MD } from './test-fixtures.ts';

const meta = { status: 'final' as const, addenda: [], changes: 1 };
const data = buildOversight(
  [
    { ...meta, slug: 'beta', technology: 'Beta Drones', title: 'Beta', body: BETA_MD },
    { ...meta, slug: 'alpha', technology: 'Alpha Widgets', title: 'Alpha', body: ALPHA_MD },
  ],
  [
    {
      file: 'data/policies/alpha/key-facts.json',
      data: {
        slug: 'alpha',
        reviewed: '2026-11-21',
        facts: {
          training: {
            value: 'None, "really"',
            detail: 'a, b',
            citations: ['safeguards-p1', 'changes'],
          },
        },
      },
    },
  ],
);

describe('keyFactsCsv', () => {
  const csv = keyFactsCsv(data, 'https://example.org');
  const lines = csv.split('\n');

  it('has a header and one row per policy and fact, policies sorted by technology, LF line ends', () => {
    expect(csv).not.toContain('\r');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 2 * KEY_FACTS.length + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines[1]!.startsWith('alpha,Alpha Widgets,data-kept,')).toBe(true);
  });

  it('quotes fields and gives absolute citation URLs', () => {
    const training = lines.find((l) => l.startsWith('alpha,Alpha Widgets,training,'))!;
    expect(training).toBe(
      'alpha,Alpha Widgets,training,Training,stated,"None, ""really""","a, b",curated,Safeguards & Security ¶1; Summary of changes,https://example.org/policies/alpha/#safeguards-p1 https://example.org/policies/alpha/#changes',
    );
  });

  it('writes "Not reviewed" rows with no citation', () => {
    expect(lines.find((l) => l.startsWith('beta,Beta Drones,training,'))).toBe(
      'beta,Beta Drones,training,Training,not-reviewed,Not reviewed,,none,,',
    );
  });
});

describe('keyFactsJson', () => {
  it('holds the definitions, the review date and resolvable citation URLs', () => {
    const json = keyFactsJson(data, 'https://example.org') as {
      facts: { id: string }[];
      policies: {
        slug: string;
        reviewed: string | null;
        facts: { id: string; citations: { url: string }[] }[];
      }[];
    };
    expect(json.facts.map((f) => f.id)).toEqual(KEY_FACTS.map((f) => f.id));
    expect(json.policies.map((p) => [p.slug, p.reviewed])).toEqual([
      ['alpha', '2026-11-21'],
      ['beta', null],
    ]);
    const training = json.policies[0]!.facts.find((f) => f.id === 'training')!;
    expect(training.citations.map((c) => c.url)).toEqual([
      'https://example.org/policies/alpha/#safeguards-p1',
      'https://example.org/policies/alpha/#changes',
    ]);
  });
});

describe('buildOversight', () => {
  it('rejects a curated file for a policy that is not imported', () => {
    expect(() =>
      buildOversight(
        [],
        [{ file: 'x.json', data: { slug: 'ghost', reviewed: '2026-11-21', facts: {} } }],
      ),
    ).toThrow(
      'x.json: no imported policy "ghost" (imported: none). Import the policy or remove the file.',
    );
  });

  it('rejects two curated files for one policy', () => {
    const c = { file: 'a.json', data: { slug: 'alpha', reviewed: '2026-11-21', facts: {} } };
    expect(() =>
      buildOversight(
        [{ ...meta, slug: 'alpha', technology: 'A', title: 'A', body: ALPHA_MD }],
        [c, { ...c, file: 'b.json' }],
      ),
    ).toThrow('b.json: a second key-facts file for "alpha".');
  });
});
