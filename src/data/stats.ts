/**
 * The statistics inputs the data pages need, from the content collections
 * (src/content.config.ts): the data package descriptor and the published-claims
 * files as received. Rendering-side glue only: pages never read data/ directly.
 */
import { createHash } from 'node:crypto';
import { getCollection, getEntry } from 'astro:content';
import type { PolicyFacts } from '../lib/stats/charts.ts';
import { policyFacts, sortedStats } from '../lib/stats/load.ts';
import type { DataPackage, StatsFile } from '../schemas/stats.ts';

let statsFiles: Promise<StatsFile[]> | null = null;
let facts: Promise<PolicyFacts[]> | null = null;

/**
 * The statistics files sorted by dataset (`sortedStats`), read once per build
 * and shared by every page (frozen: copy before sorting or changing). A page
 * per policy that sorted them itself would do work that grows with the
 * number of policies on every page.
 */
export function loadStatsFiles(): Promise<StatsFile[]> {
  statsFiles ??= getCollection('stats').then((e) => Object.freeze(sortedStats(e)) as StatsFile[]);
  return statsFiles;
}

/** Every policy's dates and addenda for the statistics (`policyFacts`), once per build, frozen. */
export function loadPolicyFacts(): Promise<PolicyFacts[]> {
  facts ??= getCollection('policies').then((e) => Object.freeze(policyFacts(e)) as PolicyFacts[]);
  return facts;
}

/** The validated descriptor, data/stats/datapackage.json. */
export async function loadDataPackage(): Promise<DataPackage> {
  const entry = await getEntry('dataPackage', 'datapackage');
  if (!entry) {
    throw new Error(
      'data/stats/datapackage.json: not loaded (missing or not valid JSON; see the build log). Fix: run npm run aggregate, which names the problem',
    );
  }
  return entry.data;
}

/**
 * A published-claims file exactly as received (served as UTF-8, the encoding
 * the descriptor declares); the build fails when its bytes no longer match
 * the SHA-256 recorded by the aggregation.
 */
export async function receivedText(doc: StatsFile): Promise<string> {
  const input = doc.provenance.inputs[0];
  const entry = input && (await getEntry('receivedFiles', input.path));
  if (!input || !entry) {
    throw new Error(
      `content/stats/${doc.dataset}.json: its input ${input?.path ?? '(none)'} is not a published-claims file of data/stats/datapackage.json. Fix: run npm run aggregate`,
    );
  }
  const text = entry.data.text;
  const sha = createHash('sha256').update(text, 'utf8').digest('hex');
  if (sha !== input.sha256) {
    throw new Error(
      `${input.path}: SHA-256 ${sha} differs from content/stats/${doc.dataset}.json. Fix: run npm run aggregate (the file must be UTF-8, as the descriptor declares)`,
    );
  }
  return text;
}
