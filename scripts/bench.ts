/**
 * `npm run bench`: generates seeded synthetic usage logs (1M and 10M rows) in
 * os.tmpdir(), never in the repository or the site, and measures the whole
 * aggregation (validation, identifying-column checks, DuckDB aggregation,
 * suppression, atomic write) against a plain streaming-Node baseline. Each
 * run is a child process; its wall time and peak memory (maxRSS) are its own.
 * Options: --sizes 1000000,10000000  --seed 20261121  --keep (keep the files).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { DataPackageInput } from '../src/schemas/stats.ts';
import { writeSyntheticUsageLog } from './bench/synthetic-logs.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000000,10000000' },
    seed: { type: 'string', default: '20261121' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const seed = Number(values.seed);
const TECHS = ['facial-recognition', 'thermographic-cameras', 'tech-c', 'tech-d', 'tech-e'];
const dir = mkdtempSync(path.join(os.tmpdir(), 'pp-stats-bench-'));

interface Result {
  stages?: [string, number][];
  ms: number;
  maxRssMb: number;
  cpuMs: number;
  rows: number;
  cells: number;
  total: number;
}

function child(args: string[]): Result & { wallMs: number; load: string } {
  const load = os.loadavg()[0]!.toFixed(1);
  const t = performance.now();
  const out = execFileSync(process.execPath, ['scripts/bench/bench-child.ts', ...args], {
    encoding: 'utf8',
  });
  const wallMs = Math.round(performance.now() - t);
  return { ...(JSON.parse(out.trim().split('\n').pop()!) as Result), wallMs, load };
}

const real = JSON.parse(readFileSync('data/stats/datapackage.json', 'utf8')) as DataPackageInput;
const lines: string[] = [];
console.log(
  `bench: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, seed ${seed}, files in ${dir}`,
);
try {
  for (const n of sizes) {
    const d = path.join(dir, `n${n}`);
    mkdirSync(path.join(d, 'records'), { recursive: true });
    mkdirSync(path.join(d, 'policies'), { recursive: true });
    const csv = path.join(d, 'records', 'usage-log.csv');
    const g = performance.now();
    await writeSyntheticUsageLog(csv, n, seed, TECHS);
    console.log(
      `bench: generated ${n.toLocaleString('en-US')} rows (${(statSync(csv).size / 1e6).toFixed(0)} MB) in ${((performance.now() - g) / 1000).toFixed(1)} s`,
    );
    const pkg = structuredClone(real);
    pkg.resources = pkg.resources.filter((r) => r.name === 'usage-log');
    pkg['x-pp'].technologies.extra = TECHS;
    writeFileSync(path.join(d, 'datapackage.json'), JSON.stringify(pkg));
    const duck = child([
      'duckdb',
      path.join(d, 'datapackage.json'),
      path.join(d, 'policies'),
      path.join(d, 'out'),
    ]);
    const base = child(['baseline', csv, path.join(d, 'datapackage.json'), TECHS.join(',')]);
    if (
      duck.rows !== n ||
      base.rows !== n ||
      duck.total !== base.total ||
      duck.cells !== base.cells
    ) {
      throw new Error(
        `results differ: duckdb ${JSON.stringify(duck)} baseline ${JSON.stringify(base)}`,
      );
    }
    console.log(
      `bench: DuckDB stages (ms): ${(duck.stages ?? []).map(([k, v]) => `${k.replace('usage-log: ', '')} ${v}`).join(', ')}`,
    );
    const audit = (duck.stages ?? []).find(([k]) => k.endsWith('disclosure control and audit'));
    if (audit) {
      console.log(
        `bench: the suppression audit (disclosure control and audit stage) took ${audit[1]} ms, ${((100 * audit[1]) / duck.wallMs).toFixed(1)}% of the DuckDB run's wall time`,
      );
    }
    for (const [name, r] of [
      ['DuckDB aggregation (npm run aggregate engine)', duck],
      ['Streaming Node baseline (readline + Map)', base],
    ] as const) {
      const line = `| ${n.toLocaleString('en-US')} | ${name} | ${r.load} | ${(r.wallMs / 1000).toFixed(2)} | ${(r.cpuMs / 1000).toFixed(2)} | ${Math.round(n / (r.wallMs / 1000)).toLocaleString('en-US')} | ${r.maxRssMb.toLocaleString('en-US')} |`;
      lines.push(line);
      console.log(line);
    }
  }
  console.log(
    '\n| Rows | Run | Load avg (1 min) before | Wall time (s) | CPU time (s) | Rows/s | Peak RSS (MB) |\n|---:|---|---:|---:|---:|---:|---:|',
  );
  console.log(lines.join('\n'));
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
