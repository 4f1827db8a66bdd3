import { describe, expect, it } from 'vitest';
import { citeGroups } from './cite-groups.ts';

describe('citeGroups', () => {
  it('groups paragraphs under their section, in first-cited order, each once', () => {
    expect(
      citeGroups(['retention-p3', 'capabilities-p1', 'retention-p4', 'retention-p3', 'rules-p2-1']),
    ).toEqual([
      {
        section: 'Retention, Access & Use of Data',
        links: [
          { id: 'retention-p3', label: '¶3' },
          { id: 'retention-p4', label: '¶4' },
        ],
      },
      { section: 'Capabilities', links: [{ id: 'capabilities-p1', label: '¶1' }] },
      {
        section: 'Rules, Processes & Guidelines',
        links: [{ id: 'rules-p2-1', label: '¶2, item 1' }],
      },
    ]);
  });

  it('names a table anchor in full', () => {
    expect(citeGroups(['changes', 'addendum-1'])).toEqual([
      { section: null, links: [{ id: 'changes', label: 'Summary of changes' }] },
      { section: null, links: [{ id: 'addendum-1', label: 'Addendum 1' }] },
    ]);
  });
});
