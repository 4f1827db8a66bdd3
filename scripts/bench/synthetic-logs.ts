/**
 * Seeded synthetic record-level data for tests and benchmarks only. Files are
 * written where the caller says (os.tmpdir() in practice), never into the
 * repository or the site.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mulberry32 } from './random.ts';

const PURPOSES = [
  'criminal investigation',
  'missing person',
  'identify deceased',
  'other authorized use',
];
const OFFENSES = ['robbery', 'grand larceny', 'felony assault', 'burglary', 'murder', 'rape', ''];
const OUTCOMES = ['possible-match', 'no-match', 'not-processed', 'other'];
const BOROUGHS = [
  'Bronx',
  'Brooklyn',
  'Manhattan',
  'Queens',
  'Staten Island',
  'Citywide or unknown',
];

/** The usage-log header declared in data/stats/datapackage.json. */
export const USAGE_HEADER = 'record_id,date,technology,purpose,offense_type,outcome,borough';

/**
 * Writes `rows` seeded synthetic usage-log rows (plus header) to `file`, dates
 * spread over 2019-2024, skewed so that some cells fall below any threshold.
 */
export async function writeSyntheticUsageLog(
  file: string,
  rows: number,
  seed: number,
  technologies: readonly string[],
): Promise<void> {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[], skew = 1): T =>
    list[Math.floor(rand() ** skew * list.length)]!;
  const out = createWriteStream(file);
  out.write(`${USAGE_HEADER}\n`);
  const chunk: string[] = [];
  for (let i = 0; i < rows; i++) {
    const y = 2019 + Math.floor(rand() * 6);
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    chunk.push(
      `R${i},${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d},${pick(technologies, 3)},${pick(PURPOSES, 2)},${pick(OFFENSES, 2)},${pick(OUTCOMES, 2)},${pick(BOROUGHS, 2)}`,
    );
    if (chunk.length === 65536) {
      if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
      chunk.length = 0;
    }
  }
  if (chunk.length) out.write(`${chunk.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
}
