/**
 * What an attacker can work out by adding and subtracting published counts: a hidden count is
 * recoverable exactly when its set of underlying cells is a linear combination, over the
 * rationals, of published ones. Rows are 0/1 vectors over columns (the finest cells the attacker
 * does not already know to be empty).
 *
 * Elimination runs modulo a prime p, where it is exact (no rounding) and fast. Reducing modulo p
 * can only lose rank, so it errs in two known ways. (1) A count that is not derivable may look
 * derivable: where that means "withhold more" it is safe; where it means "may be shown"
 * (`derivesExactly`) the derivation is re-checked over the rationals. (2) A derivable count can
 * look underivable only if the published rows themselves lose rank modulo p;
 * `unverifiedDependents()` rules that out by checking, over the rationals, every dependency the
 * elimination found among them. When all hold, rank modulo p is rank over the rationals and
 * "not derivable" is exact.
 */

/** The largest prime below 2^26: the product of two residues is an exact double. */
export const DEFAULT_PRIME = 67_108_859;
/** Largest common denominator a dependency may have and still be checked in exact doubles. */
const MAX_DENOMINATOR = 2 ** 20;

interface BasisRow {
  /** Columns, ascending; the first is the pivot, whose value is 1. */
  cols: Int32Array;
  vals: Float64Array;
  owner: number;
  /** This row is (published row `owner` − Σ factor·basis row) · inverseScale. */
  inverseScale: number;
  steps: Steps;
}

/** A reduction's steps: the basis rows subtracted, in order, and the factor of each. */
interface Steps {
  rows: number[];
  factors: number[];
}

/** A row echelon basis of published rows (each row's pivot is its smallest column). */
export class LinearBasis {
  readonly #p: number;
  readonly #inverseP: number;
  readonly #rows: BasisRow[] = [];
  /** Published rows that reduced to zero, with the steps that showed it. */
  readonly #dependents: { owner: number; steps: Steps }[] = [];
  /** The columns of every published row added, to check dependencies exactly. */
  readonly #published = new Map<number, ArrayLike<number>>();
  readonly #pivotRow: Int32Array;
  // Scratch space for one reduction at a time: a dense row, heap membership, a min-heap of
  // columns still to eliminate, and every column written (to clear them afterwards).
  readonly #acc: Float64Array;
  readonly #queued: Uint8Array;
  readonly #heap: Int32Array;
  readonly #touched: number[] = [];

  /** `prime` is for tests, which use a tiny one to make elimination lose rank on purpose. */
  constructor(columns: number, prime = DEFAULT_PRIME) {
    this.#p = prime;
    this.#inverseP = 1 / prime;
    this.#pivotRow = new Int32Array(columns).fill(-1);
    this.#acc = new Float64Array(columns);
    this.#queued = new Uint8Array(columns);
    this.#heap = new Int32Array(columns);
  }

  /** Adds published row `owner` (its columns, ascending, all with coefficient 1). */
  add(cols: ArrayLike<number>, owner: number): void {
    this.#published.set(owner, cols);
    const steps: Steps = { rows: [], factors: [] };
    const rest = this.#reduce(cols, steps, false);
    if (rest.length === 0) {
      this.#dependents.push({ owner, steps });
      return;
    }
    const inverseScale = this.#inverse(this.#acc[rest[0]!]!);
    const [rowCols, vals] = [new Int32Array(rest.length), new Float64Array(rest.length)];
    for (let i = 0; i < rest.length; i++) {
      rowCols[i] = rest[i]!;
      vals[i] = this.#mod(this.#acc[rest[i]!]! * inverseScale);
      this.#acc[rest[i]!] = 0;
    }
    this.#pivotRow[rest[0]!] = this.#rows.length;
    this.#rows.push({ cols: rowCols, vals, owner, inverseScale, steps });
  }

  /**
   * Whether the row (coefficient 1 on each column) is a combination of the basis rows modulo
   * p. "No" is exact once `unverifiedDependents()` is empty; "yes" can be wrong, so use it only
   * where a "yes" withholds more.
   */
  contains(cols: ArrayLike<number>): boolean {
    const rest = this.#reduce(cols, null, true);
    for (const c of rest) this.#acc[c] = 0;
    return rest.length === 0;
  }

  /**
   * Null when the row cannot be derived; otherwise the published rows that derive it, each
   * with its (non-zero) coefficient modulo p.
   */
  derivation(cols: ArrayLike<number>): Map<number, number> | null {
    const steps: Steps = { rows: [], factors: [] };
    const rest = this.#reduce(cols, steps, false);
    for (const c of rest) this.#acc[c] = 0;
    return rest.length === 0 ? this.#expand(steps) : null;
  }

  /** Whether the row is a combination of the basis rows, confirmed over the rationals. */
  derivesExactly(cols: ArrayLike<number>): boolean {
    const from = this.derivation(cols);
    return from !== null && this.#holdsOverRationals(cols, from);
  }

  /**
   * Published rows found dependent whose dependency cannot be confirmed over the rationals (it
   * does not hold, or its coefficients are too large to check). Withhold them, and every "not
   * derivable" answer of the basis that remains is exact.
   */
  unverifiedDependents(): number[] {
    return this.#dependents
      .filter(
        (d) => !this.#holdsOverRationals(this.#published.get(d.owner)!, this.#expand(d.steps)),
      )
      .map((d) => d.owner);
  }

  /**
   * Reduces a 0/1 row and returns the columns left non-zero (their values stay in #acc for the
   * caller to read and clear). Eliminating pivot c only writes columns after c, so pivots come
   * off a min-heap and never return. With `stopAtFree` every column goes through the heap and
   * the first one left non-zero without a pivot ends the reduction: it cannot change any more,
   * so the row is not derivable (the answer is one such column).
   */
  #reduce(cols: ArrayLike<number>, steps: Steps | null, stopAtFree: boolean): number[] {
    const [acc, queued, pivotRow, heap, touched, p, inverseP] = [
      this.#acc,
      this.#queued,
      this.#pivotRow,
      this.#heap,
      this.#touched,
      this.#p,
      this.#inverseP,
    ];
    touched.length = 0;
    let size = 0;
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i]!;
      acc[c] = 1;
      touched.push(c);
      if (stopAtFree || pivotRow[c]! >= 0) {
        queued[c] = 1;
        size = heapPush(heap, size, c);
      }
    }
    let free = -1;
    while (size > 0) {
      const pivot = heap[0]!;
      size = heapPop(heap, size);
      queued[pivot] = 0;
      const factor = acc[pivot]!;
      if (factor === 0) continue;
      const row = this.#rows[pivotRow[pivot]!];
      if (!row) {
        free = pivot;
        break;
      }
      const neg = p - factor;
      for (let i = 0; i < row.cols.length; i++) {
        const c = row.cols[i]!;
        if (acc[c] === 0) {
          touched.push(c);
          if (!queued[c] && (stopAtFree || pivotRow[c]! >= 0)) {
            queued[c] = 1;
            size = heapPush(heap, size, c);
          }
        }
        acc[c] = modulo(acc[c]! + neg * row.vals[i]!, p, inverseP);
      }
      steps?.rows.push(pivotRow[pivot]!);
      steps?.factors.push(factor);
    }
    if (free >= 0) {
      for (const c of touched) {
        acc[c] = 0;
        queued[c] = 0;
      }
      acc[free] = 1;
      return [free];
    }
    const rest: number[] = [];
    for (const c of touched)
      if (acc[c] !== 0 && !queued[c]) {
        queued[c] = 1;
        rest.push(c);
      }
    for (const c of rest) queued[c] = 0;
    return rest.sort((a, b) => a - b);
  }

  /** Turns reduction steps over basis rows into coefficients of published rows. */
  #expand(steps: Steps): Map<number, number> {
    const p = this.#p;
    const coef = new Float64Array(this.#rows.length);
    const queued = new Uint8Array(this.#rows.length);
    // Basis rows only refer to earlier ones: settle the newest first (a max-heap, negated).
    const heap = new Int32Array(this.#rows.length);
    let size = 0;
    const add = (b: number, x: number) => {
      coef[b] = this.#mod(coef[b]! + x);
      if (!queued[b]) {
        queued[b] = 1;
        size = heapPush(heap, size, -b);
      }
    };
    steps.rows.forEach((b, i) => add(b, steps.factors[i]!));
    const out = new Map<number, number>();
    while (size > 0) {
      const b = -heap[0]!;
      size = heapPop(heap, size);
      if (coef[b] === 0) continue;
      const row = this.#rows[b]!;
      const t = this.#mod(coef[b]! * row.inverseScale);
      out.set(row.owner, this.#mod((out.get(row.owner) ?? 0) + t));
      row.steps.rows.forEach((e, i) => add(e, p - this.#mod(t * row.steps.factors[i]!)));
    }
    for (const [k, v] of out) if (v === 0) out.delete(k);
    return out;
  }

  /** Whether target = Σ coefficient·published row exactly, each coefficient a small fraction. */
  #holdsOverRationals(target: ArrayLike<number>, coefficients: Map<number, number>): boolean {
    const fractions: [number, number, number][] = [];
    let denominator = 1;
    for (const [row, c] of coefficients) {
      const f = this.#fraction(c);
      if (!f) return false;
      denominator = (denominator / gcd(denominator, f[1])) * f[1];
      if (denominator > MAX_DENOMINATOR) return false;
      fractions.push([row, f[0], f[1]]);
    }
    // Integers below 2^33 per row, summed over a few thousand rows: exact in doubles.
    const [sum, touched] = [this.#acc, this.#touched];
    touched.length = 0;
    const addRow = (cols: ArrayLike<number>, k: number) => {
      for (let i = 0; i < cols.length; i++) {
        touched.push(cols[i]!);
        sum[cols[i]!] = sum[cols[i]!]! + k;
      }
    };
    addRow(target, -denominator);
    for (const [row, n, d] of fractions) addRow(this.#published.get(row)!, (n * denominator) / d);
    const holds = touched.every((c) => sum[c] === 0);
    for (const c of touched) sum[c] = 0;
    return holds;
  }

  /**
   * x mod p for 0 ≤ x < 2^53 without the slow floating-point remainder: the estimated quotient
   * is off by at most one, and every product stays exact.
   */
  #mod(x: number): number {
    return modulo(x, this.#p, this.#inverseP);
  }

  /** a⁻¹ modulo p (extended Euclid). */
  #inverse(a: number): number {
    const [, t] = euclid(this.#p, a, 1);
    return this.#mod(t + this.#p);
  }

  /** The fraction n/d (d > 0, both at most √(p/2)) congruent to a modulo p, or null. */
  #fraction(a: number): [number, number] | null {
    const bound = Math.floor(Math.sqrt(this.#p / 2));
    const [r, t] = euclid(this.#p, a, bound);
    if (Math.abs(t) > bound || gcd(r, Math.abs(t)) !== 1) return null;
    return t < 0 ? [-r, -t] : [r, t];
  }
}

function modulo(x: number, p: number, inverseP: number): number {
  const r = x - Math.floor(x * inverseP) * p;
  return r < 0 ? r + p : r >= p ? r - p : r;
}

/**
 * Extended Euclid on (p, a), stopped at the first remainder r ≤ stop: returns r and t with
 * r ≡ t·a (mod p). With stop = 1 (a ≠ 0, p prime) that is 1 ≡ t·a: t is a's inverse; with
 * stop = √(p/2) it is rational reconstruction.
 */
function euclid(p: number, a: number, stop: number): [number, number] {
  let [r0, r1, t0, t1] = [p, a, 0, 1];
  while (r1 > stop) {
    const q = Math.floor(r0 / r1);
    [r0, r1, t0, t1] = [r1, r0 - q * r1, t1, t0 - q * t1];
  }
  return [r1, t1];
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return Math.abs(a);
}

function heapPush(heap: Int32Array, size: number, x: number): number {
  let i = size;
  while (i > 0 && heap[(i - 1) >> 1]! > x) {
    heap[i] = heap[(i - 1) >> 1]!;
    i = (i - 1) >> 1;
  }
  heap[i] = x;
  return size + 1;
}

function heapPop(heap: Int32Array, size: number): number {
  const last = heap[--size]!;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    const m = l + 1 < size && heap[l + 1]! < heap[l]! ? l + 1 : l;
    if (heap[m]! >= last) break;
    heap[i] = heap[m]!;
    i = m;
  }
  heap[i] = last;
  return size;
}
