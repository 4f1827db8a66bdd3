/**
 * The suppression audit's solver: given every published count of a dataset
 * and the linear relations between counts that a reader knows (a row of cells
 * adds up to its row total, two tables of one technology count the same rows,
 * the technologies' totals add up to the rows read), it computes for each
 * withheld count the smallest and largest value consistent with all of it,
 * as Statistics Netherlands' tau-ARGUS and R's sdcTable audit secondary
 * suppression. The intervals come from linear programs solved by HiGHS
 * (npm `highs`, WebAssembly): minimise, then maximise, each withheld count
 * subject to the relations, the published values and non-negativity.
 *
 * Integrality: the constraint matrices here are those of network flows
 * (two-way tables linked through shared totals), whose linear-programming
 * bounds are whole numbers; the bounds are rounded inwards all the same, and
 * the property test checks them against an integer program.
 */
import loadHighs, { type Highs } from 'highs';

/** One count a reader may know something about. */
export interface AuditQuantity {
  /** The true count (never shown to the solver as a bound unless published). */
  value: number;
  /**
   * `fixed`: published exactly; `range`: published as an interval (a rounded
   * figure); `free`: withheld, only `lower` is known.
   */
  state: 'fixed' | 'range' | 'free';
  /** The published interval of a `range` quantity. */
  range?: readonly [number, number];
  /** What a reader knows without the value: 0, or 1 for a listed row, column or table. */
  lower: number;
}

/** `Σ coef · quantity = rhs`, known to every reader. */
export interface AuditRelation {
  terms: readonly (readonly [index: number, coef: number])[];
  rhs: number;
}

/** The feasible interval of a withheld count; `hi` is Infinity when nothing bounds it. */
export interface Interval {
  lo: number;
  hi: number;
}

let runtime: Promise<Highs> | null = null;

/** HiGHS, loaded once per process. */
export function highs(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

/** The solver named in the published audit. */
export const SOLVER = 'HiGHS 1.15 (npm highs), linear programming';

const EPS = 1e-6;

/**
 * Groups the non-fixed quantities into connected components: two are
 * connected when a relation holds both. Fixed quantities are constants.
 */
export function components(
  quantities: readonly AuditQuantity[],
  relations: readonly AuditRelation[],
): number[][] {
  const parent = quantities.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const r of relations) {
    let first = -1;
    for (const [q] of r.terms) {
      if (quantities[q]!.state === 'fixed') continue;
      if (first < 0) first = q;
      else parent[find(q)] = find(first);
    }
  }
  const groups = new Map<number, number[]>();
  quantities.forEach((q, i) => {
    if (q.state === 'fixed') return;
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()];
}

/**
 * The interval of each target quantity (every target must be non-fixed)
 * within one component. With `width`, a target whose spread over the
 * solutions seen so far already reaches `width` is not solved for: its
 * interval is then only known to be at least that wide (`lo`/`hi` are the
 * values seen). Without it, every interval is exact.
 */
export async function componentIntervals(
  quantities: readonly AuditQuantity[],
  relations: readonly AuditRelation[],
  members: readonly number[],
  targets: readonly number[],
  width?: number,
): Promise<Map<number, Interval>> {
  const h = await highs();
  const col = new Map(members.map((q, j) => [q, j]));
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowLower: number[] = [];
  for (const r of relations) {
    let rhs = r.rhs;
    const mine: [number, number][] = [];
    for (const [q, coef] of r.terms) {
      const j = col.get(q);
      if (j === undefined) {
        if (quantities[q]!.state !== 'fixed') continue;
        rhs -= coef * quantities[q]!.value;
      } else mine.push([j, coef]);
    }
    if (mine.length === 0) continue;
    // Merge repeated columns (a quantity listed twice in one relation).
    const merged = new Map<number, number>();
    for (const [j, c] of mine) merged.set(j, (merged.get(j) ?? 0) + c);
    for (const [j, c] of [...merged].sort((a, b) => a[0] - b[0])) {
      if (c === 0) continue;
      indices.push(j);
      values.push(c);
    }
    starts.push(indices.length);
    rowLower.push(rhs);
  }
  const colLower = members.map((q) => {
    const x = quantities[q]!;
    return x.state === 'range' ? Math.max(x.lower, x.range![0]) : x.lower;
  });
  const colUpper = members.map((q) => {
    const x = quantities[q]!;
    return x.state === 'range' ? x.range![1] : h.infinity;
  });
  if (rowLower.length === 0) {
    // Nothing relates these counts to anything published: only their bounds are known.
    return new Map(
      targets.map((q) => {
        const j = col.get(q)!;
        return [q, { lo: colLower[j]!, hi: colUpper[j] === h.infinity ? Infinity : colUpper[j]! }];
      }),
    );
  }
  const model = h.createModel({
    numCols: members.length,
    numRows: rowLower.length,
    colCost: members.map(() => 0),
    colLower,
    colUpper,
    rowLower,
    rowUpper: rowLower,
    matrix: {
      format: 'csr',
      numRows: rowLower.length,
      numCols: members.length,
      starts,
      indices,
      values,
    },
  });
  try {
    model.options.set({ output_flag: false });
    const seenLo = members.map((q) => quantities[q]!.value);
    const seenHi = members.map((q) => quantities[q]!.value);
    const observe = (): void => {
      const x = model.getSolution().colValue;
      for (let j = 0; j < members.length; j++) {
        seenLo[j] = Math.min(seenLo[j]!, x[j]!);
        seenHi[j] = Math.max(seenHi[j]!, x[j]!);
      }
    };
    const out = new Map<number, Interval>();
    let previous = -1;
    for (const q of targets) {
      const j = col.get(q);
      if (j === undefined) throw new RangeError(`quantity ${q} is not in the component`);
      if (width !== undefined && seenHi[j]! - seenLo[j]! >= width) {
        out.set(q, { lo: Math.ceil(seenLo[j]! - EPS) || 0, hi: Math.floor(seenHi[j]! + EPS) });
        continue;
      }
      if (previous >= 0) model.changeColCost(previous, 0);
      model.changeColCost(j, 1);
      previous = j;
      model.changeObjectiveSense(h.constants.objectiveSense.minimize);
      const low = model.run().modelStatus;
      if (low !== h.constants.modelStatus.optimal) {
        throw new Error(`the suppression audit's model has no solution (HiGHS status ${low})`);
      }
      const lo = model.getObjectiveValue();
      observe();
      model.changeObjectiveSense(h.constants.objectiveSense.maximize);
      const high = model.run().modelStatus;
      let hi = Infinity;
      if (high === h.constants.modelStatus.optimal) {
        hi = model.getObjectiveValue();
        observe();
      } else if (
        high !== h.constants.modelStatus.unbounded &&
        high !== h.constants.modelStatus.unboundedOrInfeasible
      ) {
        throw new Error(`the suppression audit could not bound a count (HiGHS status ${high})`);
      }
      out.set(q, { lo: Math.ceil(lo - EPS) || 0, hi: hi === Infinity ? hi : Math.floor(hi + EPS) });
    }
    return out;
  } finally {
    model.dispose();
  }
}
