/**
 * The aggregation engine behind `npm run aggregate`: reads the data package
 * descriptor (validated by DataPackageSchema, cross-field rules included),
 * the technologies and the statistics' SQL files, builds every declared
 * dataset and returns the content/stats/*.json documents, each checked
 * against StatsFileSchema.
 *
 *   published-dataset.ts  published claims: csv-parse, row checks in JS, figures
 *   records-dataset.ts    record-level data: DuckDB, value checks, statistics, suppression
 *
 * File system and DuckDB live in scripts/stats/; the rules the site shares
 * (schemas, published figures) live in src/schemas/ and src/lib/stats/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  DataPackageSchema,
  StatsFileSchema,
  type DataPackage,
  type StatsFile,
} from '../../src/schemas/stats.ts';
import { isIsoDate } from '../../src/schemas/dates.ts';
import { parsePolicyBody, paragraphIds } from '../../src/lib/policy/body.ts';
import { readRequired, sha256, type DatasetInput } from './dataset.ts';
import { StatsInputError, describeValue } from './errors.ts';
import { identifyingKindOfValue } from './identifying.ts';
import { publishedDataset } from './published-dataset.ts';
import { recordsDataset } from './records-dataset.ts';
import { parseSqlHeader, type SqlStatistic } from './sql-header.ts';

/** Where the engine reads from. Paths are resolved against `root`. */
export interface EngineOptions {
  /** Repository root; reported paths are relative to it. */
  root: string;
  /** The descriptor, e.g. data/stats/datapackage.json. */
  descriptor: string;
  /** Folder of policy entries whose file names are the technology slugs. */
  policiesDir: string;
  /** Folder of the statistics' SQL files. */
  sqlDir: string;
  /** DuckDB threads (default 2). */
  threads?: number;
  /**
   * The build date, YYYY-MM-DD: record dates after it are refused. Default:
   * the environment variable PP_BUILD_DATE, else today's date in UTC.
   */
  buildDate?: string;
  /** Called after each stage of a record-level dataset with its duration (benchmarks). */
  onStage?: (stage: string, ms: number) => void;
}

/** The generated documents, keyed by file name (`<dataset>.json`). */
export type EngineOutput = Map<string, StatsFile>;

/** Runs the whole aggregation; throws StatsInputError on bad input. */
export async function aggregate(opts: EngineOptions): Promise<EngineOutput> {
  const descriptorPath = path.resolve(opts.root, opts.descriptor);
  const rel = (p: string): string => path.relative(opts.root, p).split(path.sep).join('/');
  const descriptorBytes = readRequired(descriptorPath, rel(descriptorPath));
  const pkg = parseDescriptor(descriptorBytes.toString('utf8'), rel(descriptorPath));
  const baseDir = path.dirname(descriptorPath);
  const policiesDir = path.resolve(opts.root, opts.policiesDir);
  const technologies = new Set([...policySlugs(policiesDir), ...pkg['x-pp'].technologies.extra]);
  const vocabularies = {
    technologies: [...technologies].sort(),
    'external-entities-paragraphs': externalEntitiesParagraphs(policiesDir),
  };
  refuseIdentifyingLabels(pkg, rel(descriptorPath));
  const buildDate = resolveBuildDate(opts.buildDate);
  const statistics = loadStatistics(path.resolve(opts.root, opts.sqlDir), rel);
  const descriptor = { path: rel(descriptorPath), sha256: sha256(descriptorBytes) };

  const out: EngineOutput = new Map();
  const instance = await DuckDBInstance.create(':memory:', {
    threads: String(opts.threads ?? 2),
  });
  const conn = await instance.connect();
  try {
    for (const resource of pkg.resources) {
      const abs = path.resolve(baseDir, resource.path);
      const input: DatasetInput = { resource, abs, file: rel(abs), descriptor };
      const ext = resource['x-pp'];
      const doc =
        ext.kind === 'published'
          ? publishedDataset({ ...input, ext, technologies })
          : await recordsDataset({
              ...input,
              ext,
              conn,
              vocabularies,
              buildDate,
              statistics,
              threshold: ext.threshold ?? pkg['x-pp'].defaultThreshold,
              onStage: opts.onStage,
            });
      out.set(`${resource.name}.json`, StatsFileSchema.parse(doc));
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  return out;
}

/**
 * The descriptor, validated: the first issue becomes a StatsInputError naming
 * its field path; cross-field issues (checkDescriptor in src/schemas/stats.ts)
 * carry their own fix.
 */
function parseDescriptor(text: string, file: string): DataPackage {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new StatsInputError(
      { file },
      `the descriptor is not valid JSON (${(e as Error).message})`,
      'correct the JSON syntax',
    );
  }
  const parsed = DataPackageSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const fix: unknown = issue.code === 'custom' ? issue.params?.['fix'] : undefined;
  throw typeof fix === 'string'
    ? new StatsInputError({ file, column: issue.path.join('.') }, issue.message, fix)
    : new StatsInputError(
        { file, column: issue.path.join('.') },
        `the descriptor does not match the data package schema: ${issue.message}`,
        'see src/schemas/stats.ts (DataPackageSchema) for the expected fields',
      );
}

/** The build date: given, PP_BUILD_DATE, or today in UTC; a StatsInputError when not a date. */
export function resolveBuildDate(given?: string): string {
  const d = given ?? process.env['PP_BUILD_DATE'] ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(d)) {
    throw new StatsInputError(
      { file: 'PP_BUILD_DATE' },
      `the build date ${describeValue(d)} is not a date`,
      'set PP_BUILD_DATE to a date written YYYY-MM-DD, or unset it to use today (UTC)',
    );
  }
  return d;
}

/**
 * Refuses a descriptor whose closed vocabulary declares a value that looks
 * like identifying data: declared values are published as labels.
 */
function refuseIdentifyingLabels(pkg: DataPackage, file: string): void {
  pkg.resources.forEach((r, i) => {
    if (r['x-pp'].kind !== 'records') return;
    r.schema.fields.forEach((f, j) => {
      f.constraints?.enum?.forEach((v, k) => {
        const kind = identifyingKindOfValue(v, 'string');
        if (kind) {
          throw new StatsInputError(
            { file, column: `resources.${i}.schema.fields.${j}.constraints.enum.${k}` },
            `the allowed value ${describeValue(v)} looks like identifying data (${kind}); allowed values are published as labels`,
            'declare categories only (never a name, address, plate, identifier or free text)',
          );
        }
      });
    });
  });
}

/** Paragraph and list-item ids of the External Entities section of every imported policy. */
function externalEntitiesParagraphs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const ids = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
    const text = readFileSync(path.join(dir, f), 'utf8').replace(
      /^---\r?\n[\s\S]*?\r?\n---\r?\n/,
      '',
    );
    for (const id of paragraphIds(parsePolicyBody(text)))
      if (id.startsWith('external-entities-')) ids.add(id);
  }
  return [...ids].sort();
}

/** Technology slugs: the policy entries' file names. */
function policySlugs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** Every statistic's SQL file, by name (file name without `.sql`). */
function loadStatistics(dir: string, rel: (p: string) => string): Map<string, SqlStatistic> {
  const stats = new Map<string, SqlStatistic>();
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.sql'))
    .sort()) {
    const file = path.join(dir, f);
    const text = readFileSync(file, 'utf8');
    stats.set(f.slice(0, -4), parseSqlHeader(f.slice(0, -4), rel(file), text));
  }
  return stats;
}
