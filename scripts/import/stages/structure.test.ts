import { describe, expect, it } from 'vitest';
import { read, SAMPLE, sampleInput } from '../__fixtures__/sample.ts';
import { buildSections, linkFootnotes, readTables, splitSections } from './structure.ts';

const split = (text = SAMPLE) => splitSections(read(sampleInput(text)));

describe('splitSections', () => {
  it('joins the text under each heading into blocks and keeps the table region aside', () => {
    const s = split();
    expect(s.rawSections.map((r) => [r.key, r.heading, r.blocks.map((b) => b.text)])).toEqual([
      ['abstract', 'ABSTRACT', ['The NYPD uses license plate readers.']],
      [
        'capabilities',
        'CAPABILITIES OF THE TECHNOLOGY',
        [
          'Readers read plates.¹ Their use is limited to the following:',
          '1. To identify a stolen car;',
          '2. To find a car of interest.',
        ],
      ],
      ['training', 'TRAINING', ['Officers are trained.']],
    ]);
    expect(s.tableRegions.changes).toHaveLength(1);
    expect(s.tableRegions.addenda).toEqual([]);
    expect(s.structural).toContain('SUMMARY OF CHANGES BETWEEN DRAFT & FINAL POLICY');
    expect(s.warnings).toEqual([]);
  });

  it('reports body text printed before the first heading as unassigned', () => {
    const prose = 'The department uses these readers on patrol cars in every borough of the city.';
    const s = split(`${prose}\n\n${SAMPLE}`);
    expect(s.unassigned).toEqual([
      { line: 1, text: prose, reason: 'text before the first heading' },
    ]);
  });

  it('takes a short line before the first heading as the title block', () => {
    const s = split(`NEW YORK CITY POLICE DEPARTMENT\n\n${SAMPLE}`);
    expect(s.unassigned).toEqual([]);
    expect(s.titleBlock).toEqual([{ line: 1, text: 'NEW YORK CITY POLICE DEPARTMENT' }]);
    expect(s.structural).toContain('NEW YORK CITY POLICE DEPARTMENT');
  });

  it('appends the text of a repeated heading to the first, and warns about the order', () => {
    const s = split(`${SAMPLE}\nABSTRACT\n\nMore abstract.\n`);
    expect(s.rawSections.find((r) => r.key === 'abstract')?.blocks.map((b) => b.text)).toEqual([
      'The NYPD uses license plate readers.',
      'More abstract.',
    ]);
    expect(s.warnings).toEqual([
      'heading "ABSTRACT" at line 26 repeats section abstract; its text is appended to the first',
    ]);
  });

  it('warns about sections printed out of statutory order', () => {
    const s = split(
      SAMPLE.replace('ABSTRACT\n\nThe NYPD uses license plate readers.\n\n', '') +
        '\nABSTRACT\n\nLate.\n',
    );
    expect(s.warnings).toEqual([
      'sections are printed out of statutory order (capabilities, training, abstract); written in statutory order',
    ]);
  });
});

describe('readTables', () => {
  it('reads the changes table, its labels accounted for as structure', () => {
    const s = readTables(split());
    expect(s.changes).toMatchObject({
      update: ['Minor grammar changes.'],
      description: ['Minor syntax edits were made.'],
      layout: 'rows',
    });
    expect(s.addenda).toBeNull();
    expect(s.structural).toEqual(expect.arrayContaining(['Update', 'Description of Update']));
  });

  it('reads a changes table printed twice as one, with a warning', () => {
    const again = '\nSUMMARY OF CHANGES BETWEEN DRAFT & FINAL POLICY\n\nAdded z.\tAdded w.\n';
    const s = readTables(split(SAMPLE + again));
    expect(s.changes?.update).toEqual(['Minor grammar changes.', 'Added z.']);
    expect(s.warnings).toEqual(['second changes table at line 26; its rows are appended']);
  });
});

describe('linkFootnotes', () => {
  it('replaces the marker by [^n] and records how it was printed', () => {
    const s = linkFootnotes(readTables(split()));
    expect(s.rawSections[1]?.blocks[0]?.text).toBe(
      'Readers read plates.[^1] Their use is limited to the following:',
    );
    expect(s.markers).toEqual([{ n: 1, printed: '¹' }]);
  });
});

describe('buildSections', () => {
  it('rebuilds the numbered blocks as one ordered list, sections in statutory order', () => {
    const s = buildSections(linkFootnotes(readTables(split())));
    expect(s.sections.map((x) => x.key)).toEqual(['abstract', 'capabilities', 'training']);
    expect(s.sections[1]?.blocks[1]).toEqual({
      kind: 'list',
      line: 12,
      items: [
        { n: 1, text: 'To identify a stolen car;', inferred: false },
        { n: 2, text: 'To find a car of interest.', inferred: false },
      ],
    });
  });

  it('keeps a line in capitals it does not know as a paragraph, and reports it', () => {
    const s = buildSections(
      linkFootnotes(
        readTables(
          split(
            SAMPLE.replace('Officers are trained.', 'REFRESHER COURSES\n\nOfficers are trained.'),
          ),
        ),
      ),
    );
    expect(s.unknownHeadings).toMatchObject([
      { line: 19, text: 'REFRESHER COURSES', closest: { found: expect.any(Boolean) as boolean } },
    ]);
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]).toMatch(
      /^unknown heading "REFRESHER COURSES" at line 19; kept as a paragraph \(closest section: /,
    );
    expect(s.sections.at(-1)?.blocks).toHaveLength(2);
  });

  it('reports a misspelt heading with the closest section and a corrections entry, never assigning it', () => {
    const text = SAMPLE.replace('TRAINING\n\nOfficers are trained.\n', '').replace(
      'The NYPD uses license plate readers.',
      'The NYPD uses license plate readers.\n\nSAFEGARDS & SECURITY MESURES AGAINST UNAUTHORISED ACCESS\n\nReaders are locked.',
    );
    const s = buildSections(linkFootnotes(readTables(split(text))));
    expect(s.sections.map((x) => x.key)).toEqual(['abstract', 'capabilities']);
    expect(s.unknownHeadings).toEqual([
      {
        line: 8,
        text: 'SAFEGARDS & SECURITY MESURES AGAINST UNAUTHORISED ACCESS',
        closest: {
          key: 'safeguards',
          heading: 'SAFEGUARDS & SECURITY MEASURES AGAINST UNAUTHORIZED ACCESS',
          similarity: expect.any(Number) as number,
          found: false,
        },
        suggestedCorrection: {
          target: 'heading',
          original: 'SAFEGARDS & SECURITY MESURES AGAINST UNAUTHORISED ACCESS',
          corrected: 'SAFEGUARDS & SECURITY MEASURES AGAINST UNAUTHORIZED ACCESS',
          reason: expect.stringContaining('(safeguards)') as string,
        },
      },
    ]);
    expect(s.unknownHeadings[0]?.closest.similarity).toBeGreaterThan(0.8);
  });
});
