/**
 * What an attacker can work out by adding and subtracting published counts: a hidden count is
 * recoverable exactly when its set of underlying cells is a linear combination of published
 * ones. Rows are sparse vectors over "atoms" (the finest cells); elimination is in floating
 * point, which is exact enough for 0/1 incidence rows of this size.
 */

type SparseRow = Map<number, number>;

const EPS = 1e-9;

interface BasisRow {
  row: SparseRow;
  /** Which published rows were combined into this one (for choosing complements). */
  from: Set<number>;
}

/** A row echelon basis of published rows, keyed by pivot (the row's smallest atom). */
export class LinearBasis {
  readonly #pivots = new Map<number, BasisRow>();

  /** Adds a published row (its atom indices, all with coefficient 1). */
  add(atoms: Iterable<number>, rowId: number): void {
    const reduced = this.#reduce(toRow(atoms), new Set([rowId]));
    if (reduced.row.size === 0) return;
    const pivot = Math.min(...reduced.row.keys());
    const scale = reduced.row.get(pivot)!;
    for (const [k, v] of reduced.row) reduced.row.set(k, v / scale);
    this.#pivots.set(pivot, reduced);
  }

  /**
   * Null when the row cannot be derived from the basis; otherwise the published rows that
   * derive it (an over-approximation: every row that took part in the elimination).
   */
  derivation(atoms: Iterable<number>): Set<number> | null {
    const reduced = this.#reduce(toRow(atoms), new Set());
    return reduced.row.size === 0 ? reduced.from : null;
  }

  #reduce(row: SparseRow, from: Set<number>): BasisRow {
    // Eliminating pivot c only touches atoms ≥ c, so the smallest pivot present keeps growing.
    for (;;) {
      let pivot = Infinity;
      for (const k of row.keys()) if (k < pivot && this.#pivots.has(k)) pivot = k;
      if (pivot === Infinity) return { row, from };
      const b = this.#pivots.get(pivot)!;
      const factor = row.get(pivot)!;
      for (const [k, v] of b.row) {
        const next = (row.get(k) ?? 0) - factor * v;
        if (Math.abs(next) < EPS) row.delete(k);
        else row.set(k, next);
      }
      row.delete(pivot);
      for (const r of b.from) from.add(r);
    }
  }
}

function toRow(atoms: Iterable<number>): SparseRow {
  const row: SparseRow = new Map();
  for (const a of atoms) row.set(a, 1);
  return row;
}
