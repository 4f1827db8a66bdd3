import { describe, expect, it } from 'vitest';
import { SAMPLE, sampleInput } from '../__fixtures__/sample.ts';
import { linesFromText } from '../lines.ts';
import { ImportError } from '../types.ts';
import {
  applyHeadingCorrections,
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

  const DRAFT = SAMPLE.replace(
    'Updated April 11, 2023',
    'NEW YORK CITY POLICE DEPARTMENT\n\nDRAFT FOR PUBLIC COMMENT\n\nJANUARY 11, 2021',
  );

  it("reads a draft's cover: status draft, its date as the posting date, the rest as the title block", () => {
    const s = readCover(stripCover(identified(DRAFT)));
    expect(s.cover).toEqual({ status: 'draft', statusFrom: 'cover' });
    expect(s.dates).toEqual({ posted: '2021-01-11' });
    expect(s.titleBlock).toEqual([{ line: 2, text: 'NEW YORK CITY POLICE DEPARTMENT' }]);
    expect(s.unassigned).toEqual([]);
    expect(s.structural).toEqual(
      expect.arrayContaining([
        'NEW YORK CITY POLICE DEPARTMENT',
        'DRAFT FOR PUBLIC COMMENT',
        'JANUARY 11, 2021',
      ]),
    );
    expect(
      texts(s)
        .slice(0, 7)
        .every((t) => t === ''),
    ).toBe(true);
  });

  it('takes a draft status and date from the running headers when the cover prints none', () => {
    const text = SAMPLE.replace(
      'TRAINING\n',
      'LICENSE PLATE READERS: IMPACT & USE POLICY   DRAFT 01-11-2021   2\n\nTRAINING\n',
    );
    const s = readCover(stripFurniture(stripCover(identified(text))));
    expect(s.cover).toEqual({ status: 'draft', statusFrom: 'running header' });
    expect(s.dates).toEqual({ updated: '2023-04-11', posted: '2021-01-11' });
  });

  it('leaves a sentence printed before the first heading for the unassigned text', () => {
    const prose = 'The department uses these readers on patrol cars in every borough of the city.';
    const s = readCover(stripCover(identified(`${prose}\n${SAMPLE}`)));
    expect(s.titleBlock).toEqual([]);
    expect(texts(s)).toContain(prose);
  });
});

describe('applyHeadingCorrections', () => {
  const misspelt = SAMPLE.replace('TRAINING', 'TRANING AND EDUCATON');
  const correction = {
    target: 'heading' as const,
    original: 'TRANING AND EDUCATON',
    corrected: 'TRAINING',
    reason: 'The PDF prints the training heading; extraction garbled it.',
  };
  const run = (text: string, corrections: (typeof correction)[]) =>
    applyHeadingCorrections(
      stripCover(
        identifyTechnology(
          begin(sampleInput(text, { slug: 'license-plate-readers', corrections })),
        ),
      ),
    );

  it('reads a reviewed heading correction as the statutory heading and records it', () => {
    const s = run(misspelt, [correction]);
    expect(texts(s)).toContain('TRAINING');
    expect(texts(s)).not.toContain('TRANING AND EDUCATON');
    expect(s.applied).toEqual([{ ...correction, where: 'line 17' }]);
  });

  it('joins a heading printed over two lines to find it', () => {
    const s = run(misspelt.replace('TRANING AND EDUCATON', 'TRANING AND\nEDUCATON'), [correction]);
    expect(s.applied).toHaveLength(1);
    expect(texts(s).slice(16, 18)).toEqual(['TRAINING', '']);
  });

  it('warns when the heading is not found exactly once', () => {
    const s = run(SAMPLE, [correction]);
    expect(s.applied).toEqual([]);
    expect(s.warnings).toContain(
      'correction "TRANING AND EDUCATON" -> "TRAINING" not applied: found 0 times as heading lines (must be exactly once)',
    );
  });

  it('refuses a correction to a heading that is no statutory heading', () => {
    expect(() => run(misspelt, [{ ...correction, corrected: 'EDUCATION' }])).toThrow(
      /"EDUCATION" is not a statutory heading/,
    );
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
