import { describe, expect, it } from 'vitest';
import {
  UnresolvedCitationError,
  assertCitationsResolve,
  citableIds,
  citationHref,
  citationLabel,
  paragraphOf,
} from './citations.ts';
import { ALPHA_MD, fixturePolicy } from './test-fixtures.ts';

const alpha = fixturePolicy('alpha', 'Alpha Widgets', ALPHA_MD);

describe('citableIds', () => {
  it('holds every paragraph and list-item id of the body', () => {
    expect([...citableIds(alpha)].sort()).toEqual([
      'abstract-p1',
      'external-entities-p1',
      'external-entities-p2',
      'external-entities-p2-1',
      'external-entities-p2-2',
      'safeguards-p1',
    ]);
  });

  it('adds the changes table and each addendum only when the policy has them', () => {
    const ids = citableIds({ ...alpha, changes: 3, addenda: [{}, {}] });
    expect(['changes', 'addendum-1', 'addendum-2'].every((id) => ids.has(id))).toBe(true);
    expect(ids.has('addendum-3')).toBe(false);
    expect(citableIds({ ...alpha, changes: 0, addenda: [] }).has('changes')).toBe(false);
  });
});

describe('assertCitationsResolve', () => {
  it('passes when every id resolves', () => {
    expect(() =>
      assertCitationsResolve(
        'alpha',
        [{ file: 'f.json', subject: 'fact "x"', id: 'safeguards-p1' }],
        citableIds(alpha),
      ),
    ).not.toThrow();
  });

  it('lists every unresolved id with its file and subject', () => {
    const refs = [
      { file: 'f.json', subject: 'fact "x"', id: 'safeguards-p2' },
      { file: 'f.json', subject: 'fact "y"', id: 'training-p1' },
    ];
    try {
      assertCitationsResolve('alpha', refs, citableIds(alpha));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnresolvedCitationError);
      expect((e as UnresolvedCitationError).refs.map((r) => r.id)).toEqual([
        'safeguards-p2',
        'training-p1',
      ]);
      expect((e as Error).message.split('\n')).toHaveLength(2);
      expect((e as Error).message).toContain(
        'f.json: fact "y" cites "training-p1", which /policies/alpha/ does not have.',
      );
    }
  });
});

describe('labels and links', () => {
  it.each([
    ['external-entities-p3', 'External Entities ¶3'],
    ['rules-p3-2', 'Rules, Processes & Guidelines ¶3, item 2'],
    ['abstract-p1', 'Abstract ¶1'],
    ['changes', 'Summary of changes'],
    ['addendum-1', 'Addendum 1'],
  ])('labels %s as "%s"', (id, label) => {
    expect(citationLabel(id)).toBe(label);
  });

  it('links to the anchor on the policy page and maps list items to their list', () => {
    expect(citationHref('alpha', 'rules-p3-2')).toBe('/policies/alpha/#rules-p3-2');
    expect(paragraphOf('rules-p3-2')).toBe('rules-p3');
    expect(paragraphOf('rules-p3')).toBe('rules-p3');
  });
});
