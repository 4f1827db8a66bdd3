/**
 * One measured run for `npm run bench`, in its own process so that its peak
 * memory (maxRSS) is its own. Usage:
 *   node scripts/bench/bench-child.ts duckdb <descriptor> <policies-dir> <out-dir>
 *   node scripts/bench/bench-child.ts baseline <usage-log.csv> <descriptor> <technologies,...>
 * Prints one JSON line: { stages, ms, maxRssMb, cpuMs, rows, cells, total }.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import type { DataPackageInput } from '../../src/schemas/stats.ts';
import { protectDataset, type RawCountTable } from '../stats/protect.ts';
import { aggregate } from '../stats/engine.ts';
import { replaceFolder } from '../stats/write.ts';

const [mode, ...args] = process.argv.slice(2);
/** A fixed build date, so that runs compare (synthetic dates end in 2024). */
const BUILD_DATE = '2026-01-01';
const start = performance.now();
let rows = 0;
let cells = 0;
let total = 0;
const stages: [string, number][] = [];

if (mode === 'duckdb') {
  const [descriptor, policies, out] = args as [string, string, string];
  const docs = await aggregate({
    root: process.cwd(),
    descriptor,
    policiesDir: policies,
    sqlDir: 'scripts/stats/sql',
    threads: 2,
    buildDate: BUILD_DATE,
    onStage: (name, ms) => stages.push([name, Math.round(ms)]),
  });
  replaceFolder(out, new Map([...docs].map(([n, d]) => [n, `${JSON.stringify(d, null, 2)}\n`])));
  const doc = docs.get('usage-log.json')!;
  rows = doc.provenance.rowsRead ?? -1;
  for (const t of doc.tables.filter((x) => x.statistic === 'usage-by-period')) {
    cells += t.cells.flat().length;
    total += t.total.value ?? 0;
  }
} else if (mode === 'baseline') {
  // A plain streaming reader: split each line, check it (format, date, build
  // date, closed vocabularies, keys), count into maps, then the same audited
  // disclosure control (protectDataset) over the same tables.
  const [file, descriptor, technologies] = args as [string, string, string];
  const DATE = /^\d{4}-\d{2}-\d{2}$/;
  const usage = (JSON.parse(readFileSync(descriptor, 'utf8')) as DataPackageInput).resources.find(
    (r) => r.name === 'usage-log',
  )!;
  const vocab = (name: string): Set<string> =>
    new Set(usage.schema.fields.find((f) => f.name === name)!.constraints!.enum);
  const allowed = [
    new Set(technologies.split(',')),
    vocab('purpose'),
    new Set([...vocab('offense_type'), '']),
    vocab('outcome'),
    vocab('borough'),
  ];
  const byPeriod = new Map<string, Map<string, Map<string, number>>>();
  const byPurpose = new Map<string, Map<string, Map<string, number>>>();
  const ids = new Set<string>();
  const bump = (
    m: Map<string, Map<string, Map<string, number>>>,
    t: string,
    r: string,
    c: string,
  ) => {
    let a = m.get(t);
    if (!a) m.set(t, (a = new Map<string, Map<string, number>>()));
    let b = a.get(r);
    if (!b) a.set(r, (b = new Map<string, number>()));
    b.set(c, (b.get(c) ?? 0) + 1);
  };
  let header = true;
  for await (const line of createInterface({
    input: createReadStream(file),
    crlfDelay: Infinity,
  })) {
    if (header) {
      header = false;
      continue;
    }
    const f = line.split(',');
    if (f.length !== 7 || !DATE.test(f[1]!) || f[1]! > BUILD_DATE)
      throw new Error(`${file}:${rows + 2}: malformed row`);
    for (let k = 0; k < 5; k++)
      if (!allowed[k]!.has(f[k + 2]!))
        throw new Error(`${file}:${rows + 2}: not in the vocabulary`);
    if (ids.has(f[0]!)) throw new Error(`${file}:${rows + 2}: duplicate key`);
    ids.add(f[0]!);
    rows++;
    bump(byPeriod, f[2]!, f[1]!.slice(0, 7), f[5]!);
    bump(byPurpose, f[2]!, f[3]!, f[6]!);
  }
  const raw: RawCountTable[] = [];
  for (const [statistic, keys, m] of [
    ['usage-by-period', { row: 'period', col: 'outcome' }, byPeriod],
    ['usage-by-purpose', { row: 'purpose', col: 'borough' }, byPurpose],
  ] as const) {
    for (const [technology, rowsMap] of [...m].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const rk = [...rowsMap.keys()].sort();
      const ck = [...new Set([...rowsMap.values()].flatMap((x) => [...x.keys()]))].sort();
      raw.push({
        id: `${statistic}-${technology}`,
        statistic,
        technology,
        keys,
        rows: rk,
        cols: ck,
        counts: rk.map((r) => ck.map((c) => rowsMap.get(r)?.get(c) ?? 0)),
      });
    }
  }
  const p = await protectDataset({ tables: raw, rowsRead: rows, threshold: 10 });
  for (const t of raw.filter((x) => x.statistic === 'usage-by-period')) {
    cells += t.rows.length * t.cols.length;
    total += p.tables.get(t.id)?.total.value ?? 0;
  }
} else {
  throw new Error('usage: bench-child.ts duckdb|baseline ...');
}
const ms = performance.now() - start;
console.log(
  JSON.stringify({
    stages,
    ms: Math.round(ms),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuMs: Math.round(
      (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000,
    ),
    rows,
    cells,
    total,
  }),
);
