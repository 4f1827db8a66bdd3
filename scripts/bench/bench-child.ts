/**
 * One measured run for `npm run bench`, in its own process so that its peak
 * memory (maxRSS) is its own. Usage:
 *   node scripts/bench/bench-child.ts duckdb <descriptor> <policies-dir> <out-dir>
 *   node scripts/bench/bench-child.ts baseline <usage-log.csv>
 * Prints one JSON line: { stages, ms, maxRssMb, cpuMs, rows, cells, total }.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { suppressTable } from '../stats/suppress.ts';
import { aggregate } from '../stats/engine.ts';
import { replaceFolder } from '../stats/write.ts';

const [mode, ...args] = process.argv.slice(2);
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
    onStage: (name, ms) => stages.push([name, Math.round(ms)]),
  });
  replaceFolder(out, new Map([...docs].map(([n, d]) => [n, `${JSON.stringify(d, null, 2)}\n`])));
  const doc = docs.get('usage-log.json')!;
  rows = doc.provenance.rowsRead;
  for (const t of doc.tables.filter((x) => x.statistic === 'usage-by-period')) {
    cells += t.cells.flat().length;
    total += t.total.value ?? 0;
  }
} else if (mode === 'baseline') {
  // A plain streaming reader: split each line, check it, count into maps.
  const [file] = args as [string];
  const DATE = /^\d{4}-\d{2}-\d{2}$/;
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
    if (f.length !== 7 || !DATE.test(f[1]!)) throw new Error(`${file}:${rows + 2}: malformed row`);
    if (ids.has(f[0]!)) throw new Error(`${file}:${rows + 2}: duplicate key`);
    ids.add(f[0]!);
    rows++;
    bump(byPeriod, f[2]!, f[1]!.slice(0, 7), f[5]!);
    bump(byPurpose, f[2]!, f[3]!, f[6]!);
  }
  for (const [which, m] of [
    ['period', byPeriod],
    ['purpose', byPurpose],
  ] as const) {
    for (const rowsMap of m.values()) {
      const rk = [...rowsMap.keys()].sort();
      const ck = [...new Set([...rowsMap.values()].flatMap((x) => [...x.keys()]))].sort();
      const t = suppressTable(
        { rows: rk, cols: ck, counts: rk.map((r) => ck.map((c) => rowsMap.get(r)?.get(c) ?? 0)) },
        10,
      );
      if (which === 'period') {
        cells += rk.length * ck.length;
        total += t.total.value ?? 0;
      }
    }
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
