/**
 * Property tests of disclosure control: random small record sets (many small
 * cells), aggregated and protected, then attacked by an independent checker.
 *
 * The checker does not use the code under test's model or audit: it reads
 * only what is published (cells, totals, rows read, as protectDataset or the
 * whole aggregation returns them) plus what a reader knows of the SQL (every
 * statistic counts every row once; tables of one technology count the same
 * rows; a listed row, column or table is not empty), writes its own integer
 * program in CPLEX LP text (one integer variable per cell, totals as sums of
 * cells) and solves it with HiGHS's one-shot MIP interface, minimising and
 * maximising every withheld count. Every interval must span at least the
 * threshold.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import loadHighs, { type Highs } from 'highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountTable } from '../../src/schemas/stats.ts';
import { aggregate } from './engine.ts';
import { protectDataset, type RawCountTable } from './protect.ts';

// ---------------------------------------------------------------------------
// The independent checker.

/** What the checker reads: published tables (with the view columns of their keys) and rows read. */
interface Published {
  tables: (Pick<
    CountTable,
    | 'id'
    | 'statistic'
    | 'technology'
    | 'rows'
    | 'cols'
    | 'cells'
    | 'rowTotals'
    | 'colTotals'
    | 'total'
  > & { keys: { row: string | null; col: string | null } })[];
  rowsRead:
    { kind: 'exact'; value: number } | { kind: 'rounded'; value: number; to: number } | null;
}

interface Attack {
  where: string;
  lo: number;
  hi: number;
}

let solver: Highs;

/** Smallest and largest value of every withheld count, by integer programming. */
function attack(pub: Published): Attack[] {
  const vars: string[] = [];
  const cons: string[] = [];
  const lower: string[] = [];
  const cellVar = new Map<string, string>();
  const sum = (terms: string[]): string => (terms.length === 0 ? '0 x_zero' : terms.join(' + '));
  const targets: { where: string; expr: string[] }[] = [];
  pub.tables.forEach((t, ti) => {
    t.rows.forEach((_, i) =>
      t.cols.forEach((_, j) => {
        const v = `c${ti}_${i}_${j}`;
        vars.push(v);
        cellVar.set(`${ti}|${i}|${j}`, v);
        const cell = t.cells[i]![j]!;
        if (cell.status === 'published') cons.push(`${v} = ${cell.value}`);
        else targets.push({ where: `${t.id} cell ${i},${j}`, expr: [v] });
      }),
    );
    const row = (i: number): string[] => t.cols.map((_, j) => cellVar.get(`${ti}|${i}|${j}`)!);
    const col = (j: number): string[] => t.rows.map((_, i) => cellVar.get(`${ti}|${i}|${j}`)!);
    const all = t.rows.flatMap((_, i) => row(i));
    t.rows.forEach((_, i) => {
      lower.push(`${sum(row(i))} >= 1`);
      const c = t.rowTotals?.[i];
      if (c?.status === 'published') cons.push(`${sum(row(i))} = ${c.value}`);
      else if (c) targets.push({ where: `${t.id} row ${i}`, expr: row(i) });
    });
    t.cols.forEach((_, j) => {
      lower.push(`${sum(col(j))} >= 1`);
      const c = t.colTotals?.[j];
      if (c?.status === 'published') cons.push(`${sum(col(j))} = ${c.value}`);
      else if (c) targets.push({ where: `${t.id} column ${j}`, expr: col(j) });
    });
    if (t.total.status === 'published') cons.push(`${sum(all)} = ${t.total.value}`);
    else targets.push({ where: `${t.id} total`, expr: all });
  });
  // Tables of one technology count the same rows: equal totals, equal margins of a shared key.
  const margin = (ti: number, key: string): Map<string, string[]> => {
    const t = pub.tables[ti]!;
    const m = new Map<string, string[]>();
    t.rows.forEach((r, i) =>
      t.cols.forEach((c, j) => {
        const level = t.keys.row === key ? r : c;
        m.set(level, [...(m.get(level) ?? []), cellVar.get(`${ti}|${i}|${j}`)!]);
      }),
    );
    return m;
  };
  for (let a = 0; a < pub.tables.length; a++) {
    for (let b = a + 1; b < pub.tables.length; b++) {
      const A = pub.tables[a]!;
      const B = pub.tables[b]!;
      if (A.technology !== B.technology) continue;
      const allA = [...margin(a, A.keys.row ?? '').values()].flat();
      const allB = [...margin(b, B.keys.row ?? '').values()].flat();
      cons.push(`${sum(allA)} - ${sum(allB).replaceAll(' + ', ' - ')} = 0`);
      const keysB = [B.keys.row, B.keys.col];
      for (const key of [A.keys.row, A.keys.col]) {
        if (key === null || !keysB.includes(key)) continue;
        const ma = margin(a, key);
        const mb = margin(b, key);
        for (const level of new Set([...ma.keys(), ...mb.keys()])) {
          const left = ma.get(level) ?? [];
          const right = mb.get(level) ?? [];
          cons.push(`${sum(left)}${right.map((v) => ` - ${v}`).join('')} = 0`);
        }
      }
    }
  }
  // Rows read: each statistic's tables add up to them.
  if (pub.rowsRead) {
    for (const stat of new Set(pub.tables.map((t) => t.statistic))) {
      const cells = pub.tables.flatMap((t, ti) =>
        t.statistic === stat
          ? t.rows.flatMap((_, i) => t.cols.map((_, j) => cellVar.get(`${ti}|${i}|${j}`)!))
          : [],
      );
      const r = pub.rowsRead;
      if (r.kind === 'exact') cons.push(`${sum(cells)} = ${r.value}`);
      else {
        cons.push(`${sum(cells)} >= ${Math.max(0, r.value - Math.floor(r.to / 2))}`);
        cons.push(`${sum(cells)} <= ${r.value + Math.ceil(r.to / 2) - 1}`);
      }
    }
  }
  const lp = (sense: 'Minimize' | 'Maximize', expr: string[]): string =>
    [
      sense,
      ` obj: ${sum(expr)}`,
      'Subject To',
      ...[...cons, ...lower].map((c, k) => ` r${k}: ${c}`),
      'Bounds',
      ' x_zero = 0',
      ...vars.map((v) => ` ${v} >= 0`),
      'Generals',
      ` ${vars.join(' ')}`,
      'End',
    ].join('\n');
  return targets.map(({ where, expr }) => {
    const low = solver.solve(lp('Minimize', expr), { output_flag: false });
    const high = solver.solve(lp('Maximize', expr), { output_flag: false });
    if (low.Status !== 'Optimal') throw new Error(`checker: ${where} min ${low.Status}`);
    // The minimum exists, so the problem is feasible: "infeasible or unbounded" means unbounded.
    const unbounded =
      high.Status === 'Unbounded' || high.Status === 'Primal infeasible or unbounded';
    if (high.Status !== 'Optimal' && !unbounded)
      throw new Error(`checker: ${where} max ${high.Status}`);
    const hi = unbounded ? Infinity : Math.round(high.ObjectiveValue);
    return { where, lo: Math.round(low.ObjectiveValue), hi };
  });
}

// ---------------------------------------------------------------------------
// Random record sets with many small cells.

const PERIODS = ['2024-01', '2024-02', '2024-03', '2024-04'];
const OUTCOMES = ['no-match', 'other', 'possible-match'];
const PURPOSES = ['criminal investigation', 'identify deceased', 'missing person'];
const BOROUGHS = ['Bronx', 'Brooklyn', 'Queens'];
const TECHS = ['alpha', 'beta'];

type Rec = [tech: number, period: number, outcome: number, purpose: number, borough: number];

/** A skewed record: low indices are common, so some cells are large and many are small. */
const skewed = (n: number) =>
  fc.integer({ min: 0, max: n * n - 1 }).map((x) => n - 1 - Math.floor(Math.sqrt(x)));
const recordArb = fc.tuple(skewed(2), skewed(4), skewed(3), skewed(3), skewed(3));
const datasetArb = fc.record({
  threshold: fc.constantFrom(3, 5, 10),
  records: fc.array(recordArb, { minLength: 1, maxLength: 160 }),
  /** The second statistic's keys: none shared with the first, or the period shared. */
  shared: fc.boolean(),
});

const FIELDS = { period: 1, outcome: 2, purpose: 3, borough: 4 } as const;
const LEVELS = { period: PERIODS, outcome: OUTCOMES, purpose: PURPOSES, borough: BOROUGHS };
type Key = keyof typeof FIELDS;

function statistics(shared: boolean): { name: string; row: Key; col: Key }[] {
  return [
    { name: 'usage-by-period', row: 'period', col: 'outcome' },
    shared
      ? { name: 'usage-by-period-purpose', row: 'period', col: 'purpose' }
      : { name: 'usage-by-purpose', row: 'purpose', col: 'borough' },
  ];
}

/** The tables the SQL files would produce: one per statistic and technology present. */
function rawTables(records: Rec[], shared: boolean): RawCountTable[] {
  return statistics(shared).flatMap((s) =>
    TECHS.flatMap((tech, ti) => {
      const mine = records.filter((r) => r[0] === ti);
      if (mine.length === 0) return [];
      const rows = [...new Set(mine.map((r) => LEVELS[s.row][r[FIELDS[s.row]]]!))].sort();
      const cols = [...new Set(mine.map((r) => LEVELS[s.col][r[FIELDS[s.col]]]!))].sort();
      const counts = rows.map((row) =>
        cols.map(
          (col) =>
            mine.filter(
              (r) =>
                LEVELS[s.row][r[FIELDS[s.row]]] === row && LEVELS[s.col][r[FIELDS[s.col]]] === col,
            ).length,
        ),
      );
      return [
        {
          id: `${s.name}-${tech}`,
          statistic: s.name,
          technology: tech,
          keys: { row: s.row, col: s.col },
          rows,
          cols,
          counts,
        },
      ];
    }),
  );
}

/** Every withheld count of `pub` can take at least `threshold` + 1 values. */
function expectProtected(pub: Published, threshold: number): void {
  for (const a of attack(pub)) {
    expect(
      a.hi - a.lo,
      `${a.where}: a reader can narrow it to ${a.lo}..${a.hi}`,
    ).toBeGreaterThanOrEqual(threshold);
  }
}

beforeAll(async () => {
  solver = await loadHighs();
});

describe('the checker', () => {
  it('pins down a withheld cell that bridges two blocks, although every line holds two or more', () => {
    // Withheld: the 2x2 blocks rows 0-1 x cols 0-1 and rows 2-3 x cols 2-3, and (1,2)
    // joining them. Every row and column holds 0, 2 or 3 withheld cells, yet (1,2)
    // is a bridge between the blocks, so the totals give it away: 4.
    const counts = [
      [5, 6, 20, 30],
      [7, 8, 4, 40],
      [50, 60, 3, 2],
      [70, 80, 9, 1],
    ];
    const withheld = new Set(['0,0', '0,1', '1,0', '1,1', '2,2', '2,3', '3,2', '3,3', '1,2']);
    const cell = (i: number, j: number) =>
      withheld.has(`${i},${j}`)
        ? { value: null, status: 'suppressed' as const }
        : { value: counts[i]![j]!, status: 'published' as const };
    const sumRow = (i: number) => counts[i]!.reduce((a, b) => a + b, 0);
    const sumCol = (j: number) => counts.reduce((a, r) => a + r[j]!, 0);
    const found = attack({
      tables: [
        {
          id: 't',
          statistic: 's',
          technology: 'alpha',
          keys: { row: 'period', col: 'outcome' },
          rows: ['a', 'b', 'c', 'd'],
          cols: ['w', 'x', 'y', 'z'],
          cells: counts.map((r, i) => r.map((_, j) => cell(i, j))),
          rowTotals: counts.map((_, i) => ({ value: sumRow(i), status: 'published' as const })),
          colTotals: counts[0]!.map((_, j) => ({ value: sumCol(j), status: 'published' as const })),
          total: { value: 395, status: 'published' },
        },
      ],
      rowsRead: null,
    });
    expect(found.find((a) => a.where === 't cell 1,2')).toEqual({
      where: 't cell 1,2',
      lo: 4,
      hi: 4,
    });
    expect(found.find((a) => a.where === 't cell 0,0')!.hi).toBeGreaterThan(5);
  });
});

describe('protectDataset against an independent integer-programming attack', () => {
  it('leaves no withheld count narrower than the threshold, counting shared totals and rows read', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async ({ threshold, records, shared }) => {
        const raw = rawTables(records, shared);
        const out = await protectDataset({ tables: raw, rowsRead: records.length, threshold });
        const published: Published = {
          tables: raw.flatMap((t) => {
            const p = out.tables.get(t.id);
            return p ? [{ ...t, ...p }] : [];
          }),
          rowsRead:
            out.rowCounts.status === 'exact'
              ? { kind: 'exact', value: out.rowCounts.value! }
              : out.rowCounts.status === 'rounded'
                ? { kind: 'rounded', value: out.rowCounts.value!, to: out.rowCounts.roundedTo! }
                : null,
        };
        // What is shown is true, and no small count is shown.
        for (const t of published.tables) {
          const r = raw.find((x) => x.id === t.id)!;
          t.cells.forEach((row, i) =>
            row.forEach((c, j) => {
              if (c.status === 'published') expect(c.value).toBe(r.counts[i]![j]);
              if (r.counts[i]![j]! > 0 && r.counts[i]![j]! < threshold)
                expect(c.status).toBe('suppressed');
            }),
          );
          for (const c of [...(t.rowTotals ?? []), ...(t.colTotals ?? []), t.total])
            if (c.status === 'published') expect(c.value === 0 || c.value! >= threshold).toBe(true);
        }
        if (out.rowCounts.status === 'exact') expect(out.rowCounts.value).toBe(records.length);
        expectProtected(published, threshold);
      }),
      { numRuns: 60, seed: 20261121 },
    );
  }, 120_000);

  it('protects a table the old rule ("no line with exactly one withheld cell") published unsafely', async () => {
    const counts = [
      [51, 34, 24],
      [53, 2, 41],
      [4, 5, 9],
    ];
    const raw: RawCountTable = {
      id: 't',
      statistic: 's',
      technology: 'alpha',
      keys: { row: 'period', col: 'outcome' },
      rows: ['a', 'b', 'c'],
      cols: ['x', 'y', 'z'],
      counts,
    };
    const published = (t: number) => ({ value: t, status: 'published' as const });
    const s = { value: null, status: 'suppressed' as const };
    // What the old rule published: every line holds 0, 2 or 3 withheld cells...
    const old = {
      ...raw,
      cells: [
        [s, published(34), s],
        [published(53), s, s],
        [s, s, s],
      ],
      rowTotals: [published(109), published(96), published(18)],
      colTotals: [published(108), published(41), published(74)],
      total: published(223),
    };
    // ...yet the 2 at (b, y) can only be 0 to 7: a reader learns it is small.
    const attackOld = attack({ tables: [old], rowsRead: null });
    expect(attackOld.find((a) => a.where === 't cell 1,1')).toMatchObject({ lo: 0, hi: 7 });
    const out = await protectDataset({ tables: [raw], rowsRead: 223, threshold: 10 });
    expectProtected(
      { tables: [{ ...raw, ...out.tables.get('t')! }], rowsRead: { kind: 'exact', value: 223 } },
      10,
    );
  });

  it('withholds rows read when they would give away a technology total', async () => {
    // beta's only count (4) is withheld; rows read minus alpha's total would reveal it.
    const raw: RawCountTable[] = [
      {
        id: 'a',
        statistic: 's',
        technology: 'alpha',
        keys: { row: 'period', col: null },
        rows: ['p', 'q'],
        cols: ['n'],
        counts: [[50], [60]],
      },
      {
        id: 'b',
        statistic: 's',
        technology: 'beta',
        keys: { row: 'period', col: null },
        rows: ['p'],
        cols: ['n'],
        counts: [[4]],
      },
    ];
    const out = await protectDataset({ tables: raw, rowsRead: 114, threshold: 10 });
    expect(out.tables.get('b')!.total.status).toBe('suppressed');
    expect(out.rowCounts.status).not.toBe('exact');
    const pub: Published = {
      tables: raw.map((t) => ({ ...t, ...out.tables.get(t.id)! })),
      rowsRead:
        out.rowCounts.status === 'rounded'
          ? { kind: 'rounded', value: out.rowCounts.value!, to: out.rowCounts.roundedTo! }
          : null,
    };
    expectProtected(pub, 10);
  });
});

// ---------------------------------------------------------------------------
// The whole aggregation, on CSV files, checked from the JSON it writes.

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pp-stats-property-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run aggregate against the same attack', () => {
  it('publishes usage-log tables and rows read that no reader can narrow below the threshold', async () => {
    const real = JSON.parse(
      readFileSync(path.join(ROOT, 'data/stats/datapackage.json'), 'utf8'),
    ) as {
      resources: { name: string; 'x-pp': Record<string, unknown> }[];
    };
    let run = 0;
    await fc.assert(
      fc.asyncProperty(datasetArb, async ({ threshold, records }) => {
        const d = path.join(dir, `run${run++}`);
        mkdirSync(path.join(d, 'records'), { recursive: true });
        mkdirSync(path.join(d, 'policies'), { recursive: true });
        for (const t of TECHS) writeFileSync(path.join(d, 'policies', `${t}.md`), '');
        const pkg = structuredClone(real);
        pkg.resources = pkg.resources.filter((r) => r.name === 'usage-log');
        pkg.resources[0]!['x-pp']['threshold'] = threshold;
        writeFileSync(path.join(d, 'datapackage.json'), JSON.stringify(pkg));
        const lines = ['record_id,date,technology,purpose,offense_type,outcome,borough'];
        records.forEach((r, i) =>
          lines.push(
            `R${i},${PERIODS[r[1]]}-15,${TECHS[r[0]]},${PURPOSES[r[3]]},,${OUTCOMES[r[2]]},${BOROUGHS[r[4]]}`,
          ),
        );
        writeFileSync(path.join(d, 'records', 'usage-log.csv'), `${lines.join('\n')}\n`);
        const out = await aggregate({
          root: d,
          descriptor: path.join(d, 'datapackage.json'),
          policiesDir: path.join(d, 'policies'),
          sqlDir: path.join(ROOT, 'scripts/stats/sql'),
          threads: 1,
          buildDate: '2025-06-30',
        });
        const doc = out.get('usage-log.json')!;
        const keys: Record<string, { row: string; col: string }> = {
          'usage-by-period': { row: 'period', col: 'outcome' },
          'usage-by-purpose': { row: 'purpose', col: 'borough' },
        };
        const rc = doc.provenance.rowCounts!;
        expectProtected(
          {
            tables: doc.tables.map((t) => ({ ...t, keys: keys[t.statistic]! })),
            rowsRead:
              rc.status === 'exact'
                ? { kind: 'exact', value: doc.provenance.rowsRead! }
                : rc.status === 'rounded'
                  ? { kind: 'rounded', value: doc.provenance.rowsRead!, to: rc.roundedTo! }
                  : null,
          },
          threshold,
        );
        // Cross-check the checker's premise: the published totals are true.
        const total = doc.tables
          .filter((t) => t.statistic === 'usage-by-period' && t.total.status === 'published')
          .map((t) => [t.technology, t.total.value]);
        for (const [tech, value] of total)
          expect(value).toBe(records.filter((r) => TECHS[r[0]] === tech).length);
      }),
      { numRuns: 12, seed: 20261122 },
    );
  }, 180_000);
});
