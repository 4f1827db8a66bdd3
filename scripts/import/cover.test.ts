import { describe, expect, it } from 'vitest';
import { coverAt, fileStem, parsePrintedDate, slugify, titleCase } from './cover.ts';
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
