import { describe, expect, it } from 'vitest';
import type { Correction } from '../../src/schemas/corrections.ts';
import { correctCells, correctText } from './corrections.ts';

const fix = (c: Partial<Correction>): Correction => ({
  target: 'body',
  original: 'Suchdisclosure',
  corrected: 'Such disclosure',
  reason: 'extraction lost a space',
  ...c,
});

describe('correctText', () => {
  it('replaces text found exactly once and says where', () => {
    const texts = [
      { where: 'a-p1', text: 'One.' },
      { where: 'a-p2-2', text: '2. Suchdisclosure is required' },
    ];
    const r = correctText(texts, fix({}));
    expect(texts[1]?.text).toBe('2. Such disclosure is required');
    expect(r).toEqual({
      applied: {
        target: 'body',
        where: 'a-p2-2',
        original: 'Suchdisclosure',
        corrected: 'Such disclosure',
        reason: 'extraction lost a space',
      },
      problem: null,
    });
  });

  it.each([
    ['absent', [{ where: 'p', text: 'nothing here' }], 0],
    ['ambiguous', [{ where: 'p', text: 'Suchdisclosure Suchdisclosure' }], 2],
  ])('refuses a correction whose text is %s', (_, texts, times) => {
    const r = correctText(texts, fix({}));
    expect(r.applied).toBeNull();
    expect(r.problem).toContain(`found ${times} times`);
    expect(texts[0]?.text).not.toContain('Such disclosure');
  });
});

describe('correctCells', () => {
  it('merges consecutive cells', () => {
    const cells = ['a.', 'b.', 'c.'];
    const r = correctCells(
      cells,
      fix({ target: 'changes.description', original: ['a.', 'b.'], corrected: 'a. b.' }),
      'changes description',
    );
    expect(cells).toEqual(['a. b.', 'c.']);
    expect(r.applied?.where).toBe('changes description cell 1');
  });

  it('splits a cell', () => {
    const cells = ['x', 'a b'];
    correctCells(
      cells,
      fix({ target: 'changes.update', original: ['a b'], corrected: ['a', 'b'] }),
      'changes update',
    );
    expect(cells).toEqual(['x', 'a', 'b']);
  });

  it('reports cells it cannot find', () => {
    expect(
      correctCells(['x'], fix({ target: 'changes.update', original: ['y'] }), 'u').problem,
    ).toContain('not found');
  });
});
