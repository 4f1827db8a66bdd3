/** Test support: a small policy text and the import state after each phase of stages. */
import { createHash } from 'node:crypto';
import type { CorrectionsFile } from '../../../src/schemas/corrections.ts';
import { linesFromText } from '../lines.ts';
import {
  applyHeadingCorrections,
  begin,
  extractFootnotes,
  identifyTechnology,
  readCover,
  stripCover,
  stripFurniture,
} from '../stages/read.ts';
import {
  applyCorrections,
  findSuspected,
  listMissing,
  locateFootnoteRefs,
  pairChangeRows,
} from '../stages/review.ts';
import { buildSections, linkFootnotes, readTables, splitSections } from '../stages/structure.ts';
import type { ImportInput } from '../types.ts';

/** A short final policy: cover, date, abstract, two sections (a list, a footnote), a changes table. */
export const SAMPLE = [
  '**LICENSE PLATE READERS: IMPACT & USE POLICY**',
  'Updated April 11, 2023',
  '',
  'ABSTRACT',
  '',
  'The NYPD uses license plate readers.',
  '',
  'CAPABILITIES OF THE TECHNOLOGY',
  '',
  'Readers read plates.¹ Their use is limited to the following:',
  '',
  '1. To identify a stolen car;',
  '2. To find a car of interest.',
  '',
  '¹See N.Y. Veh. & Traf. Law.',
  '',
  'TRAINING',
  '',
  'Officers are trained.',
  '',
  'SUMMARY OF CHANGES BETWEEN DRAFT & FINAL POLICY',
  '',
  'Update\tDescription of Update',
  'Minor grammar changes.\tMinor syntax edits were made.',
  '',
].join('\n');

/** The importer input for a policy text. */
export function sampleInput(
  text = SAMPLE,
  corrections: CorrectionsFile | null = null,
): ImportInput {
  return {
    lines: linesFromText(text),
    fileName: 'license-plate-readers.txt',
    sha256: createHash('sha256').update(text).digest('hex'),
    format: 'text',
    corrections,
  };
}

/** The state after the reading stages. */
export function read(input: ImportInput) {
  return extractFootnotes(
    readCover(applyHeadingCorrections(stripFurniture(stripCover(identifyTechnology(begin(input)))))),
  );
}

/** The state after the structuring stages. */
export function structured(input: ImportInput) {
  return buildSections(linkFootnotes(readTables(splitSections(read(input)))));
}

/** The state after the review stages. */
export function reviewed(input: ImportInput) {
  return listMissing(
    locateFootnoteRefs(pairChangeRows(applyCorrections(findSuspected(structured(input))))),
  );
}
