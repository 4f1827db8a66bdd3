import { describe, expect, it } from 'vitest';
import type { CorrectionsFile } from '../../../src/schemas/corrections.ts';
import { SAMPLE, sampleInput, structured } from '../__fixtures__/sample.ts';
import { ImportError } from '../types.ts';
import {
  applyCorrections,
  bodyTexts,
  findSuspected,
  listMissing,
  locateFootnoteRefs,
  pairChangeRows,
  withBodyTexts,
} from './review.ts';

const corrections = (...list: CorrectionsFile['corrections']): CorrectionsFile => ({
  slug: 'license-plate-readers',
  corrections: list,
});
const REASON = 'checked against the printed PDF';

describe('bodyTexts / withBodyTexts', () => {
  it('locates every paragraph and list item by id, and puts texts back by id', () => {
    const { sections } = structured(sampleInput());
    const texts = bodyTexts(sections);
    expect(texts.map((t) => t.where)).toEqual([
      'abstract-p1',
      'capabilities-p1',
      'capabilities-p2-1',
      'capabilities-p2-2',
      'training-p1',
    ]);
    const changed = withBodyTexts(
      sections,
      texts.map((t) => (t.where === 'capabilities-p2-2' ? { ...t, text: 'Changed.' } : t)),
    );
    expect(bodyTexts(changed).map((t) => t.text)).toEqual([
      ...texts.slice(0, 3).map((t) => t.text),
      'Changed.',
      'Officers are trained.',
    ]);
  });
});

describe('findSuspected', () => {
  it('flags a garbled abbreviation in the body, where it stands', () => {
    const s = findSuspected(
      structured(sampleInput(SAMPLE.replace('Officers', 'Officers (e.qg. detectives)'))),
    );
    expect(s.suspected).toEqual([expect.objectContaining({ text: 'e.qg.', where: 'training-p1' })]);
  });
});

describe('applyCorrections', () => {
  it('applies a body correction where its text stands, leaving the state given unchanged', () => {
    const before = structured(
      sampleInput(
        SAMPLE,
        corrections({
          target: 'body',
          original: 'stolen car',
          corrected: 'stolen vehicle',
          reason: REASON,
        }),
      ),
    );
    const s = applyCorrections(before);
    expect(s.applied).toEqual([
      {
        target: 'body',
        where: 'capabilities-p2-1',
        original: 'stolen car',
        corrected: 'stolen vehicle',
        reason: REASON,
      },
    ]);
    expect(bodyTexts(s.sections)[2]?.text).toBe('To identify a stolen vehicle;');
    expect(bodyTexts(before.sections)[2]?.text).toBe('To identify a stolen car;');
  });

  it('corrects footnotes and table cells, and warns about a correction it cannot apply', () => {
    const s = applyCorrections(
      structured(
        sampleInput(
          SAMPLE,
          corrections(
            { target: 'footnote', original: 'Veh.', corrected: 'Vehicle', reason: REASON },
            {
              target: 'changes.update',
              original: 'Minor grammar changes.',
              corrected: ['Minor grammar', 'changes.'],
              reason: REASON,
            },
            { target: 'addenda.description', original: 'x', corrected: 'y', reason: REASON },
          ),
        ),
      ),
    );
    expect(s.footnotes[0]?.text).toBe('See N.Y. Vehicle & Traf. Law.');
    expect(s.changes?.update).toEqual(['Minor grammar', 'changes.']);
    expect(s.applied).toHaveLength(2);
    expect(s.warnings).toEqual([
      'correction "x" -> "y" not applied: found 0 times in addenda.description (must be exactly once)',
    ]);
  });

  it('refuses corrections written for another policy', () => {
    const s = structured(sampleInput(SAMPLE, { slug: 'facial-recognition', corrections: [] }));
    expect(() => applyCorrections(s)).toThrow(
      'license-plate-readers.txt: the corrections file is for "facial-recognition", not "license-plate-readers".',
    );
  });

  it('refuses a correction that leaves a paragraph blank', () => {
    const s = structured(
      sampleInput(
        SAMPLE,
        corrections({
          target: 'body',
          original: 'Officers are trained.',
          corrected: ' ',
          reason: REASON,
        }),
      ),
    );
    expect(() => applyCorrections(s)).toThrow(ImportError);
    expect(() => applyCorrections(s)).toThrow(/leaves training-p1 blank/);
  });
});

describe('pairChangeRows', () => {
  it('pairs the columns into rows', () => {
    const s = pairChangeRows(applyCorrections(findSuspected(structured(sampleInput()))));
    expect(s.changeRows).toEqual([
      { update: 'Minor grammar changes.', description: 'Minor syntax edits were made.' },
    ]);
    expect(s.unassigned).toEqual([]);
  });

  it('reports a cell without a partner as unassigned, with a warning', () => {
    const s = pairChangeRows(
      applyCorrections(
        structured(
          sampleInput(
            SAMPLE,
            corrections({
              target: 'changes.update',
              original: 'Minor grammar changes.',
              corrected: ['Minor grammar changes.', 'Added words.'],
              reason: REASON,
            }),
          ),
        ),
      ),
    );
    expect(s.changeRows).toHaveLength(1);
    expect(s.unassigned).toEqual([
      { line: 0, text: 'Added words.', reason: 'changes table: cell without a partner' },
    ]);
    expect(s.warnings.at(-1)).toMatch(
      /^changes table: 2 "Update" cells but 1 "Description of Update" cells; .* data\/policies\/license-plate-readers\/corrections\.json\.$/,
    );
  });
});

describe('locateFootnoteRefs', () => {
  it('links each footnote to the paragraph carrying its marker', () => {
    const s = locateFootnoteRefs(structured(sampleInput()));
    expect([...s.refs]).toEqual([[1, 'capabilities-p1']]);
    expect(s.warnings).toEqual([]);
  });

  it('warns about a footnote whose marker is nowhere', () => {
    const s = locateFootnoteRefs(structured(sampleInput(SAMPLE.replace('plates.¹', 'plates.'))));
    expect(s.refs.size).toBe(0);
    expect(s.warnings).toEqual(['footnote 1: its marker was not found in the body']);
  });
});

describe('listMissing', () => {
  it('lists the statutory sections not found, each with a warning', () => {
    const s = listMissing(structured(sampleInput()));
    expect(s.missing).toEqual([
      'rules',
      'safeguards',
      'retention',
      'public-access',
      'external-entities',
      'audit',
      'health-safety',
      'disparate-impacts',
    ]);
    expect(s.warnings[0]).toBe(
      'section "rules" (RULES, PROCESSES & GUIDELINES RELATING TO USE OF THE TECHNOLOGY) not found',
    );
    expect(s.warnings).not.toContain('no ABSTRACT found');
  });

  it('warns when the abstract is missing', () => {
    const s = listMissing(
      structured(
        sampleInput(SAMPLE.replace('ABSTRACT\n\nThe NYPD uses license plate readers.\n\n', '')),
      ),
    );
    expect(s.warnings.at(-1)).toBe('no ABSTRACT found');
  });
});
