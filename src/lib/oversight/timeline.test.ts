import { describe, expect, it } from 'vitest';
import { parsePolicyBody } from '../policy/body.ts';
import {
  type PolicyMeta,
  allEvents,
  compareVersions,
  diffParagraphs,
  policyEvents,
  technologyKey,
  versionDate,
  versionGroups,
} from './timeline.ts';

const thermal: PolicyMeta = {
  slug: 'thermal',
  technology: 'Thermal Cameras',
  title: 'Thermal Cameras: Impact and Use Policy',
  status: 'final',
  updated: '2023-04-11',
  addenda: [{ date: '2023-04-11', printedDate: 'April 11, 2023', description: 'A robot pilot.' }],
};
const faces: PolicyMeta = {
  slug: 'faces',
  technology: 'Faces',
  title: 'Faces: Impact and Use Policy',
  status: 'final',
  addenda: [],
};
const drones: PolicyMeta = {
  slug: 'drones',
  technology: 'Drones',
  title: 'Drones',
  status: 'draft',
  posted: '2021-01-11',
  addenda: [],
};

describe('policyEvents', () => {
  it('lists the printed dates and addenda, oldest first, with the addendum anchor', () => {
    expect(policyEvents(thermal).map((e) => [e.date, e.kind, e.label, e.anchor])).toEqual([
      ['2023-04-11', 'updated', 'Final policy updated', ''],
      ['2023-04-11', 'addendum', 'Addendum', 'addendum-1'],
    ]);
  });

  it('invents no event for a policy that prints no date', () => {
    expect(policyEvents(faces)).toEqual([]);
  });

  it('labels a draft as a draft', () => {
    expect(policyEvents(drones)[0]).toMatchObject({
      label: 'Draft policy posted',
      id: 'drones/posted/2021-01-11',
    });
  });
});

describe('allEvents', () => {
  it('merges every policy, newest first, with unique ids', () => {
    const events = allEvents([drones, faces, thermal]);
    expect(events.map((e) => [e.date, e.slug, e.kind])).toEqual([
      ['2023-04-11', 'thermal', 'updated'],
      ['2023-04-11', 'thermal', 'addendum'],
      ['2021-01-11', 'drones', 'posted'],
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});

describe('versionGroups', () => {
  it('finds no versions when each technology has one policy', () => {
    expect(versionGroups([thermal, faces, drones])).toEqual([]);
  });

  it('groups two versions of one technology, oldest first', () => {
    const newer = { ...thermal, slug: 'thermal-2023' };
    const older = {
      ...thermal,
      slug: 'thermal-2021',
      technology: 'THERMAL  cameras',
      updated: '2021-04-11',
    };
    expect(versionGroups([newer, faces, older]).map((g) => g.map((p) => p.slug))).toEqual([
      ['thermal-2021', 'thermal-2023'],
    ]);
  });

  it('dates a version by its update, else its posting, else null', () => {
    expect(versionDate(thermal)).toBe('2023-04-11');
    expect(versionDate(drones)).toBe('2021-01-11');
    expect(versionDate(faces)).toBeNull();
    expect(technologyKey('Body-Worn Cameras')).toBe('body worn cameras');
  });
});

const OLD = `## ABSTRACT {#abstract}

Cameras see heat.

## RULES, PROCESSES & GUIDELINES RELATING TO USE OF THE TECHNOLOGY {#rules}

Cameras may be used for legitimate law enforcement purposes only.

The NYPD does not seek court authorization prior to use.

Misuse will subject employees to penalties.

## TRAINING {#training}

Officers receive command level training.
`;

const NEW = `## ABSTRACT {#abstract}

Cameras see heat.

## RULES, PROCESSES & GUIDELINES RELATING TO USE OF THE TECHNOLOGY {#rules}

Cameras may be used for legitimate law enforcement purposes only, and a supervisor must authorize use.

A robot pilot runs for six months.

The NYPD does not seek court authorization prior to use.

## AUDIT {#audit}

Supervisors inspect the equipment.
`;

describe('compareVersions on two fixture versions', () => {
  const diff = compareVersions(parsePolicyBody(OLD), parsePolicyBody(NEW));
  const byKey = (k: string) => diff.find((d) => d.key === k)!;

  it('covers the abstract and all ten sections in order', () => {
    expect(diff.map((d) => d.key)[0]).toBe('abstract');
    expect(diff).toHaveLength(11);
  });

  it('classifies each section', () => {
    expect(diff.map((d) => [d.key, d.status]).filter(([, s]) => s !== 'absent')).toEqual([
      ['abstract', 'unchanged'],
      ['rules', 'changed'],
      ['training', 'removed'],
      ['audit', 'added'],
    ]);
    expect(byKey('abstract').similarity).toBe(1);
    expect(byKey('rules').similarity).toBeGreaterThan(0);
    expect(byKey('rules').similarity).toBeLessThan(1);
    expect(byKey('training').similarity).toBeNull();
  });

  it('shows changed, added, same and removed paragraphs in the rules section', () => {
    expect(byKey('rules').paragraphs.map((p) => p.kind)).toEqual([
      'changed',
      'added',
      'same',
      'removed',
    ]);
    const changed = byKey('rules').paragraphs[0]!;
    expect(changed.kind === 'changed' && [changed.before.id, changed.after.id]).toEqual([
      'rules-p1',
      'rules-p1',
    ]);
  });

  it('keeps unrelated paragraphs apart instead of pairing them', () => {
    const a = parsePolicyBody('## TRAINING {#training}\n\nAlpha beta gamma delta.\n')[0]!
      .paragraphs;
    const b = parsePolicyBody('## TRAINING {#training}\n\nOne two three four.\n')[0]!.paragraphs;
    expect(diffParagraphs(a, b).map((d) => d.kind)).toEqual(['removed', 'added']);
  });

  it('treats re-punctuated text as the same paragraph', () => {
    const a = parsePolicyBody('## TRAINING {#training}\n\nCase-by-case review.\n')[0]!.paragraphs;
    const b = parsePolicyBody('## TRAINING {#training}\n\ncase by case review\n')[0]!.paragraphs;
    expect(diffParagraphs(a, b).map((d) => d.kind)).toEqual(['same']);
  });
});
