/**
 * What every dataset of the aggregation shares: its declaration and files,
 * reading a required input, SHA-256 fingerprints and the fields every
 * generated document starts with.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import {
  GENERATED_MARK,
  type Provenance,
  type Resource,
  type StatsFile,
} from '../../src/schemas/stats.ts';
import { StatsInputError } from './errors.ts';

/** One declared dataset and where its file is. */
export interface DatasetInput {
  resource: Resource;
  /** Absolute path of the data file. */
  abs: string;
  /** Repository-relative path of the data file, as messages and provenance name it. */
  file: string;
  /** The descriptor's path and SHA-256, recorded in provenance. */
  descriptor: Provenance['descriptor'];
}

/** The fields every generated document starts with. */
export function docHead(
  resource: Resource,
): Pick<StatsFile, 'generated' | 'dataset' | 'title' | 'description'> {
  return {
    generated: GENERATED_MARK,
    dataset: resource.name,
    title: resource.title,
    description: resource.description,
  };
}

/** Provenance before anything is read: no inputs, no rows. */
export function emptyProvenance(descriptor: Provenance['descriptor']): Provenance {
  return {
    inputs: [],
    descriptor,
    rowsRead: 0,
    rowsUsed: 0,
    excluded: [],
    cellsSuppressed: 0,
    repaired: [],
    droppedColumns: [],
  };
}

/** The bytes of a file the descriptor requires; a StatsInputError naming it when absent. */
export function readRequired(abs: string, file: string): Buffer {
  if (!existsSync(abs))
    throw new StatsInputError(
      { file },
      'the file does not exist',
      'restore the file or correct its path in the descriptor',
    );
  return readFileSync(abs);
}

/** SHA-256 of a file, streamed (record-level files may be large). */
export async function sha256File(abs: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(abs)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** SHA-256 of bytes in memory. */
export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
