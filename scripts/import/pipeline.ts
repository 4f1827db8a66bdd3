import {
  applyHeadingCorrections,
  begin,
  extractFootnotes,
  identifyTechnology,
  readCover,
  stripCover,
  stripFurniture,
} from './stages/read.ts';
import {
  applyCorrections,
  findSuspected,
  listMissing,
  locateFootnoteRefs,
  pairChangeRows,
} from './stages/review.ts';
import { buildSections, linkFootnotes, readTables, splitSections } from './stages/structure.ts';
import { buildFrontmatter, report, writeEntry } from './stages/write.ts';
import type { ImportInput, ImportResult } from './types.ts';

export { type Identity, identify } from './cover.ts';
export type { ImportInput, ImportResult, ImportTrace } from './types.ts';

/** A state on its way through the stages (in the manner of unified's `.use()`). */
interface Flow<S> {
  state: S;
  /** Runs one stage on the state and goes on with what it returns. */
  pipe<T>(stage: (state: S) => T): Flow<T>;
}

function flow<S>(state: S): Flow<S> {
  return { state, pipe: (stage) => flow(stage(state)) };
}

/**
 * Turns one extracted policy into its content entry: frontmatter (validated
 * by PolicySchema), Markdown body and import report. Pure. Throws
 * ImportError for input that is empty or has no statutory headings.
 *
 * Each stage is a function of the state so far that returns the next one
 * (scripts/import/stages/): reading the lines, structuring the sections and
 * tables, reviewing (extraction errors, corrections, footnotes, missing
 * sections), writing the entry.
 */
export function importPolicy(input: ImportInput): ImportResult {
  return flow(begin(input))
    .pipe(identifyTechnology)
    .pipe(stripCover)
    .pipe(stripFurniture)
    .pipe(applyHeadingCorrections)
    .pipe(readCover)
    .pipe(extractFootnotes)
    .pipe(splitSections)
    .pipe(readTables)
    .pipe(linkFootnotes)
    .pipe(buildSections)
    .pipe(findSuspected)
    .pipe(applyCorrections)
    .pipe(pairChangeRows)
    .pipe(locateFootnoteRefs)
    .pipe(listMissing)
    .pipe(buildFrontmatter)
    .pipe(writeEntry)
    .pipe(report).state;
}
