import { describe, expect, it } from 'vitest';
import {
  coverAt,
  fileStem,
  identify,
  parsePrintedDate,
  readCoverLine,
  slugify,
  titleCase,
  titleHeader,
} from './cover.ts';
import { linesFromText } from './lines.ts';

describe('coverAt', () => {
  it.each([
    ['THERMOGRAPHIC CAMERAS: IMPACT AND USE POLICY', 'THERMOGRAPHIC CAMERAS'],
    ['FACIAL RECOGNITION: IMPACT & USE POLICY', 'FACIAL RECOGNITION'],
    ['**THERMOGRAPHIC CAMERAS:\nIMPACT & USE POLICY**', 'THERMOGRAPHIC CAMERAS'],
  ])('reads the technology from %j', (text, technology) => {
    expect(coverAt(linesFromText(text), 0)?.technology).toBe(technology);
  });

  it('does not join a page number with the running header below it', () => {
    const lines = linesFromText('Page 1\nFACIAL RECOGNITION: IMPACT & USE POLICY');
    expect(coverAt(lines, 0)).toBeNull();
    expect(coverAt(lines, 1)?.indexes).toEqual([1]);
  });

  it('ignores ordinary text', () => {
    expect(coverAt(linesFromText('The NYPD uses this impact and use policy.'), 0)).toBeNull();
  });
});

describe('parsePrintedDate', () => {
  it.each([
    ['April 11, 2023', '2023-04-11'],
    ['january 5,2021', '2021-01-05'],
    ['February 29, 2024', '2024-02-29'],
    ['February 29, 2023', null],
    ['Smarch 1, 2023', null],
    ['11 April 2023', null],
    ['JANUARY 11, 2021', '2021-01-11'],
    ['Jan. 11, 2021', '2021-01-11'],
    ['Sept 3 2022', '2022-09-03'],
    ['01-11-2021', '2021-01-11'],
    ['4/9/21', '2021-04-09'],
    ['13-01-2021', null],
    ['02-30-2021', null],
  ])('%j -> %j', (printed, iso) => {
    expect(parsePrintedDate(printed)).toBe(iso);
  });
});

describe('names', () => {
  it.each([
    ['THERMOGRAPHIC CAMERAS', 'Thermographic Cameras', 'thermographic-cameras'],
    ['facial-recognition', 'Facial Recognition', 'facial-recognition'],
    [
      'SITUATIONAL AWARENESS CAMERAS AND ROBOTS',
      'Situational Awareness Cameras and Robots',
      'situational-awareness-cameras-and-robots',
    ],
  ])('%j is titled %j with slug %j', (raw, title, slug) => {
    expect(titleCase(raw)).toBe(title);
    expect(slugify(titleCase(raw))).toBe(slug);
  });

  it('takes the stem of a file name', () => {
    expect(fileStem('data/policies/facial-recognition.txt')).toBe('facial-recognition');
  });
});

describe('readCoverLine', () => {
  it.each([
    ['DRAFT FOR PUBLIC COMMENT', { status: 'draft' }],
    ['Draft for Public Comment', { status: 'draft' }],
    ['FINAL', { status: 'final' }],
    ['JANUARY 11, 2021', { date: { kind: 'posted', iso: '2021-01-11' } }],
    ['01-11-2021', { date: { kind: 'posted', iso: '2021-01-11' } }],
    ['POSTED JANUARY 11, 2021', { date: { kind: 'posted', iso: '2021-01-11' } }],
    ['Updated April 11, 2023', { date: { kind: 'updated', iso: '2023-04-11' } }],
    ['Last updated: April 11, 2023.', { date: { kind: 'updated', iso: '2023-04-11' } }],
    [
      'DRAFT FOR PUBLIC COMMENT – 01-11-2021',
      { status: 'draft', date: { kind: 'posted', iso: '2021-01-11' } },
    ],
    ['DRAFT 01-11-2021', { status: 'draft', date: { kind: 'posted', iso: '2021-01-11' } }],
  ])('%j -> %j', (text, fact) => {
    expect(readCoverLine(text)).toEqual(fact);
  });

  it.each([
    'NEW YORK CITY POLICE DEPARTMENT',
    'Posted',
    'The draft was posted on January 11, 2021.',
    'February 30, 2021',
    'POSTED JANUARY 11, 2021   4',
  ])('reads %j as no cover fact', (text) => {
    expect(readCoverLine(text)).toBeNull();
  });
});

describe('titleHeader', () => {
  it('reads the title, status and date of a running header, with runs of spaces between its parts', () => {
    expect(
      titleHeader('FACIAL RECOGNITION: IMPACT & USE POLICY    DRAFT 01-11-2021      3'),
    ).toEqual({
      technology: 'FACIAL RECOGNITION',
      status: 'draft',
      date: '2021-01-11',
    });
    expect(titleHeader('THERMOGRAPHIC CAMERAS: IMPACT AND USE POLICY\tPage 4 of 9')).toEqual({
      technology: 'THERMOGRAPHIC CAMERAS',
    });
  });

  it('is not the bare cover line, nor a sentence naming the policy', () => {
    expect(titleHeader('FACIAL RECOGNITION: IMPACT & USE POLICY')).toBeNull();
    expect(titleHeader('SEE: IMPACT AND USE POLICY for drones, which is posted')).toBeNull();
  });
});

describe('identify', () => {
  it('takes the technology from a running header when no cover line is printed', () => {
    const lines = linesFromText(
      'ABSTRACT\n\nText.\n\nDRONES: IMPACT & USE POLICY   DRAFT 01-11-2021   2\n\nTRAINING\n',
    );
    expect(identify(lines, 'x.txt')).toEqual({
      technology: 'Drones',
      slug: 'drones',
      cover: null,
      from: 'running header',
    });
  });
});
