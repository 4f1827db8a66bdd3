import { describe, expect, it } from 'vitest';
import { hyphenRule } from './hyphenation.ts';
import { linesFromText } from './lines.ts';
import { cellsFromLines, pairChanges, readAddendaTable, readChangesTable } from './tables.ts';

const decide = hyphenRule('');

describe('readChangesTable', () => {
  it('reads tab-separated rows after the header', () => {
    const t = readChangesTable(
      linesFromText(
        '\nUpdate\tDescription of Update\nMinor grammar changes.\tMinor syntax edits were made.\n',
      ),
      decide,
      [],
    );
    expect(t).toEqual({
      update: ['Minor grammar changes.'],
      description: ['Minor syntax edits were made.'],
      layout: 'rows',
      labels: ['Update', 'Description of Update'],
      unplaced: [],
    });
  });

  it.each([
    ['two tabs', '\t\t'],
    ['a tab with spaces', ' \t '],
    ['a run of spaces', '     '],
  ])('reads rows whose cells are separated by %s', (_, gap) => {
    const t = readChangesTable(
      linesFromText(
        `Update${gap}Description of Update\nMinor grammar changes.${gap}Minor syntax edits were made.`,
      ),
      decide,
      [],
    );
    expect(t).toMatchObject({
      update: ['Minor grammar changes.'],
      description: ['Minor syntax edits were made.'],
      layout: 'rows',
      labels: ['Update', 'Description of Update'],
    });
  });

  it('reads tab-separated rows wrapped over several lines, as PDF extraction gives them', () => {
    const t = readChangesTable(
      linesFromText(
        'Update\tDescription of Update\nRemoved statement that thermographic\tPublic comment highlighted a lack of\ncameras do not use machine learning.\tindustry-standard definitions.\nExpanded upon rules\tAdded language clarifying rules of use.\nof use.\nMinor grammar changes.\tMinor syntax edits\nwere made.',
      ),
      decide,
      [],
    );
    expect(t.update).toEqual([
      'Removed statement that thermographic cameras do not use machine learning.',
      'Expanded upon rules of use.',
      'Minor grammar changes.',
    ]);
    expect(t.description).toEqual([
      'Public comment highlighted a lack of industry-standard definitions.',
      'Added language clarifying rules of use.',
      'Minor syntax edits were made.',
    ]);
  });

  it('reads a table extracted column by column', () => {
    const t = readChangesTable(
      linesFromText(
        'Update\nExpanded upon facial recognition\n\ncapabilities section.\nMinor grammar changes.\n Description of Update\n\nPublic comments highlighted a lack of industry-\nstandard definitions for artificial intelligence and\nMachine Learning.\nMinor syntax edits were made.',
      ),
      decide,
      [],
    );
    expect(t.layout).toBe('columns');
    expect(t.update).toEqual([
      'Expanded upon facial recognition capabilities section.',
      'Minor grammar changes.',
    ]);
    expect(t.description).toEqual([
      'Public comments highlighted a lack of industry-standard definitions for artificial intelligence and Machine Learning.',
      'Minor syntax edits were made.',
    ]);
  });

  it('reports the lines when no header is found', () => {
    expect(readChangesTable(linesFromText('Something else.'), decide, []).unplaced).toHaveLength(1);
  });
});

describe('cellsFromLines', () => {
  it('continues a cell past a finished sentence only when the next line is not capitalised', () => {
    expect(
      cellsFromLines(linesFromText('identification;\n\nthe review.\nAdded.'), decide, []),
    ).toEqual(['identification; the review.', 'Added.']);
  });
});

describe('pairChanges', () => {
  it('pairs cells into rows and returns the cells left over', () => {
    expect(pairChanges({ update: ['a', 'b'], description: ['x', 'y', 'z'] })).toEqual({
      rows: [
        { update: 'a', description: 'x' },
        { update: 'b', description: 'y' },
      ],
      leftover: ['z'],
    });
  });
});

describe('readAddendaTable', () => {
  it('reads a row whose cells are separated by a run of spaces', () => {
    const t = readAddendaTable(
      linesFromText(
        'Date of Addendum    Description of Addendum\nApril 11, 2023    NYPD is utilizing a robot.',
      ),
      decide,
      [],
    );
    expect(t.labels).toEqual(['Date of Addendum', 'Description of Addendum']);
    expect(t.rows.map((r) => r.description)).toEqual(['NYPD is utilizing a robot.']);
  });

  it('reads dated rows, normalising the date and keeping it as printed', () => {
    const t = readAddendaTable(
      linesFromText(
        'Date of Addendum\tDescription of Addendum\nApril 11, 2023\tNYPD is utilizing a robot\nduring a pilot.',
      ),
      decide,
      [],
    );
    expect(t).toEqual({
      rows: [
        {
          date: '2023-04-11',
          printedDate: 'April 11, 2023',
          description: 'NYPD is utilizing a robot during a pilot.',
          line: 2,
        },
      ],
      labels: ['Date of Addendum', 'Description of Addendum'],
      unplaced: [],
    });
  });

  it('reports text before the first dated row', () => {
    expect(readAddendaTable(linesFromText('Undated note.'), decide, []).unplaced).toEqual([
      { line: 1, text: 'Undated note.', reason: 'addenda table: text before the first dated row' },
    ]);
  });
});
