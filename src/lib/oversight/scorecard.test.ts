import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../schemas/sections.ts';
import { computeBoilerplate } from './boilerplate.ts';
import {
  CRITERIA,
  MIN_SECTION_WORDS,
  MIN_SPECIFIC_SHARE,
  MIN_SPECIFIC_WORDS,
  criterion,
  scorePolicy,
} from './scorecard.ts';
import { fixturePolicy } from './test-fixtures.ts';

/** `n` distinct made-up words, unique to `tag`, so no shingle is shared by chance. */
function words(tag: string, n: number): string {
  return Array.from({ length: n }, (_, i) => `${tag}w${i}`).join(' ') + '.';
}

const SHARED = words('common', 60);

const SPECIAL: Record<string, string> = {
  rules: 'The NYPD does not seek court authorization prior to use of the device.',
  safeguards:
    'Access to the device is limited to trained officers. Images are sent over an encrypted signal.',
  'external-entities':
    'Government agencies at the local, state, and federal level have limited access. Vendors may have access to the software.',
  retention: 'Robot data will be retained for thirty (30) days.',
};

/** A policy with all ten sections: 60 own words each, plus the special sentences above. */
function fullPolicy(slug: string, overrides: Record<string, string> = {}): string {
  return SECTIONS.map((s) => {
    const body =
      overrides[s.key] ??
      `${words(`${slug}${s.key.replace(/-/g, '')}`, 60)} ${SPECIAL[s.key] ?? ''}`;
    return `## ${s.heading} {#${s.key}}\n\n${body.trim()}\n`;
  }).join('\n');
}

function score(policies: ReturnType<typeof fixturePolicy>[], slug: string) {
  const bp = computeBoilerplate(policies).find((b) => b.slug === slug)!;
  return scorePolicy(
    policies.find((p) => p.slug === slug)!,
    bp,
  );
}

function result(card: ReturnType<typeof scorePolicy>, id: string) {
  return card.results.find((r) => r.id === id)!;
}

describe('scorePolicy', () => {
  const complete = fixturePolicy('full', 'Full', fullPolicy('full'));
  const card = score([complete], 'full');

  it('lists every criterion once, in catalogue order', () => {
    expect(card.results.map((r) => r.id)).toEqual(CRITERIA.map((c) => c.id));
    expect(card.total).toBe(CRITERIA.length);
  });

  it('passes a policy that has every section and answers every ask', () => {
    expect(card.results.filter((r) => !r.pass)).toEqual([]);
    expect(card.passed).toBe(card.total);
  });

  it.each([
    ['ask-court-authorization', ['rules-p1']],
    ['ask-encryption', ['safeguards-p1']],
    ['ask-access-control', ['safeguards-p1']],
    ['ask-entity-local', ['external-entities-p1']],
    ['ask-entity-state', ['external-entities-p1']],
    ['ask-entity-federal', ['external-entities-p1']],
    ['ask-entity-private', ['external-entities-p1']],
    ['ask-retention', ['retention-p1']],
    ['section-training', ['training']],
  ])('gives %s the evidence %j', (id, evidence) => {
    expect(result(card, id).evidence).toEqual(evidence);
  });

  it('fails a missing section with "not found" evidence', () => {
    const partial = fixturePolicy(
      'part',
      'Part',
      '## TRAINING {#training}\n\n' + words('t', 80) + '\n',
    );
    const r = result(score([partial], 'part'), 'section-audit');
    expect(r).toEqual({
      id: 'section-audit',
      pass: false,
      note: 'Missing: the policy has no such section.',
      evidence: [],
    });
  });

  it(`fails a section under ${MIN_SECTION_WORDS} words as not substantive`, () => {
    const short = fixturePolicy(
      's',
      'S',
      fullPolicy('s', { training: words('short', MIN_SECTION_WORDS - 1) }),
    );
    const r = result(score([short], 's'), 'section-training');
    expect(r.pass).toBe(false);
    expect(r.note).toBe(
      `Training: ${MIN_SECTION_WORDS - 1} words; a section needs at least ${MIN_SECTION_WORDS} words, ${MIN_SPECIFIC_WORDS} of them not shared with other policies.`,
    );
    expect(r.evidence).toEqual(['training']);
  });

  it(`fails a long section with fewer than ${MIN_SPECIFIC_WORDS} words of its own as boilerplate`, () => {
    const a = fixturePolicy('a', 'A', fullPolicy('a', { audit: `${SHARED} ${words('aown', 10)}` }));
    const b = fixturePolicy('b', 'B', fullPolicy('b', { audit: SHARED }));
    const r = result(score([a, b], 'a'), 'section-audit');
    expect(r).toMatchObject({
      pass: false,
      note: 'Internal Audit & Oversight: 70 words, but only 10 not shared with other policies; a section needs at least 25 words of its own.',
    });
  });

  it(`fails a section whose own words are under ${MIN_SPECIFIC_SHARE * 100}% of it, however many`, () => {
    const long = words('shared', 200);
    const a = fixturePolicy('a', 'A', fullPolicy('a', { audit: `${long} ${words('aown', 30)}` }));
    const b = fixturePolicy('b', 'B', fullPolicy('b', { audit: long }));
    expect(result(score([a, b], 'a'), 'section-audit')).toMatchObject({
      pass: false,
      note: "Internal Audit & Oversight: 230 words, but only 30 (13%) not shared with other policies; at least 20% of a section's words must be its own.",
    });
  });

  it('passes the same long section when it is not shared', () => {
    const a = fixturePolicy('a', 'A', fullPolicy('a', { audit: `${SHARED} ${words('aown', 10)}` }));
    expect(result(score([a], 'a'), 'section-audit')).toMatchObject({
      pass: true,
      note: 'Substantive: 70 words, 70 (100%) specific to this policy.',
    });
  });

  it('answers but fails health and safety when it only says there are no known issues', () => {
    const p = fixturePolicy(
      'h',
      'H',
      fullPolicy('h', {
        'health-safety': 'There are no known health and safety issues with the device.',
      }),
    );
    const r = result(score([p], 'h'), 'ask-health-safety');
    expect(r).toEqual({
      id: 'ask-health-safety',
      pass: false,
      note: 'Answered without substance: 11 words; a section needs at least 50 words, 25 of them not shared with other policies.',
      evidence: ['health-safety-p1'],
    });
  });

  it.each([
    ['ask-court-authorization', 'rules', 'The device is used in public.'],
    ['ask-encryption', 'safeguards', 'Access to the device is limited to trained officers.'],
    ['ask-access-control', 'safeguards', 'Images are sent over an encrypted signal.'],
    [
      'ask-entity-federal',
      'external-entities',
      'Local and state agencies may ask. Vendors may have access.',
    ],
    [
      'ask-entity-private',
      'external-entities',
      'Government agencies at the local, state, and federal level may ask.',
    ],
    ['ask-retention', 'retention', 'Data is retained according to the schedule.'],
  ])('fails %s when the %s section does not answer it', (id, key, text) => {
    const p = fixturePolicy('f', 'F', fullPolicy('f', { [key]: `${words('f', 60)} ${text}` }));
    const r = result(score([p], 'f'), id);
    expect(r.pass).toBe(false);
    expect(r.evidence).toEqual([]);
  });

  it('refuses boilerplate measured for another policy', () => {
    const [bp] = computeBoilerplate([complete]);
    const other = fixturePolicy('other', 'Other', fullPolicy('other'));
    expect(() => scorePolicy(other, bp!)).toThrow(/boilerplate of "full" given for "other"/);
  });

  it('documents a law reference and a rule for every criterion', () => {
    for (const c of CRITERIA) {
      expect(criterion(c.id)).toBe(c);
      expect(c.law).toMatch(/§ 14-188/);
      expect(c.rule.length).toBeGreaterThan(30);
    }
  });
});
