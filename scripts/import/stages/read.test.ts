import { describe, expect, it } from 'vitest';
import { SAMPLE, sampleInput } from '../__fixtures__/sample.ts';
import { linesFromText } from '../lines.ts';
import { ImportError } from '../types.ts';
import {
  begin,
  extractFootnotes,
  identifyTechnology,
  readCover,
  stripCover,
  stripFurniture,
} from './read.ts';

const identified = (text = SAMPLE) => identifyTechnology(begin(sampleInput(text)));
const texts = (s: { lines: readonly { text: string }[] }) => s.lines.map((l) => l.text);

describe('begin', () => {
  it('starts with the input lines and nothing noted', () => {
    const s = begin(sampleInput());
    expect(s.lines).toBe(s.input.lines);
    expect(s.documentText.split('\n')).toHaveLength(s.input.lines.length);
    expect([s.warnings, s.structural, s.removed, s.unassigned, s.hyphenations]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it('refuses text that is not a policy', () => {
    expect(() => begin(sampleInput('A shopping list.\n'))).toThrow(ImportError);
  });
});

describe('identifyTechnology', () => {
  it('takes the technology from the cover line', () => {
    const s = identified();
    expect(s.identity).toMatchObject({
      technology: 'License Plate Readers',
      slug: 'license-plate-readers',
    });
    expect(s.warnings).toEqual([]);
  });

  it('falls back on the file name, with a warning', () => {
    const s = identified(SAMPLE.split('\n').slice(1).join('\n'));
    expect(s.identity).toEqual({
      technology: 'License Plate Readers',
      slug: 'license-plate-readers',
      cover: null,
      from: 'file name',
    });
    expect(s.warnings).toEqual([
      'no cover line "<TECHNOLOGY>: IMPACT AND USE POLICY" found; technology "License Plate Readers" taken from the file name license-plate-readers.txt',
    ]);
  });
});

describe('stripCover', () => {
  it('blanks the cover line and keeps it as structure, leaving the state given unchanged', () => {
    const before = identified();
    const s = stripCover(before);
    expect(texts(s)[0]).toBe('');
    expect(s.structural).toEqual(['**LICENSE PLATE READERS: IMPACT & USE POLICY**']);
    expect(texts(before)[0]).toBe('**LICENSE PLATE READERS: IMPACT & USE POLICY**');
    expect(before.structural).toEqual([]);
  });
});

describe('stripFurniture', () => {
  it('takes out a page number and lists it as removed', () => {
    const text = SAMPLE.replace('TRAINING\n', '7\n\fTRAINING\n');
    const s = stripFurniture(stripCover(identified(text)));
    expect(s.removed).toEqual([{ line: 17, text: '7', reason: 'page number' }]);
    expect(texts(s)).not.toContain('7');
  });
});

describe('readCover', () => {
  it('reads the printed update date before the first heading and blanks its line', () => {
    const s = readCover(stripCover(identified()));
    expect(s.dates).toEqual({ updated: '2023-04-11' });
    expect(s.structural).toContain('Updated April 11, 2023');
    expect(texts(s)).not.toContain('Updated April 11, 2023');
  });

  it('leaves a date printed after the first heading in the text', () => {
    const s = readCover(
      identifyTechnology(
        begin({
          ...sampleInput(),
          lines: linesFromText('ABSTRACT\n\nPosted May 1, 2020\n\nTRAINING\n\nText.'),
        }),
      ),
    );
    expect(s.dates).toEqual({});
    expect(texts(s)).toContain('Posted May 1, 2020');
  });
});

describe('extractFootnotes', () => {
  it('moves footnote texts out of the body, with the number as printed', () => {
    const s = extractFootnotes(readCover(stripCover(identified())));
    expect(s.footnotes).toEqual([
      { n: 1, label: '¹', text: 'See N.Y. Veh. & Traf. Law.', indexes: [14] },
    ]);
    expect(texts(s)[14]).toBe('');
    expect(texts(s)).toContain('Readers read plates.¹ Their use is limited to the following:');
  });
});
