import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_PRIME, LinearBasis } from "./linear-audit.ts";

/** Rows a+b, b+c, a+c: over the rationals they give a, b and c ((sum)/2 minus one of them). */
const TRIANGLE = [
  [0, 1],
  [1, 2],
  [0, 2],
];

function basisOf(rows: number[][], prime?: number): LinearBasis {
  const basis = new LinearBasis(3, prime);
  rows.forEach((cols, i) => basis.add(cols, i));
  return basis;
}

describe("linear audit", () => {
  it("derives a count that needs a fraction of the published rows", () => {
    const basis = basisOf(TRIANGLE);
    assert.equal(basis.contains([0]), true);
    const half = (DEFAULT_PRIME + 1) / 2;
    assert.deepEqual(
      basis.derivation([0]),
      new Map([
        [0, half],
        [1, DEFAULT_PRIME - half],
        [2, half],
      ]),
    );
    assert.deepEqual(basis.unverifiedDependents(), []);
  });

  it("does not derive what the published rows do not determine", () => {
    const basis = basisOf([
      [0, 1],
      [1, 2],
    ]);
    assert.equal(basis.contains([0]), false);
    assert.equal(basis.derivation([1]), null);
    assert.equal(basis.contains([0, 2]), false);
    assert.equal(basis.contains([]), true);
  });

  it("confirms a dependency with fractional coefficients over the rationals", () => {
    // a+b+c = (a+b + b+c + a+c) / 2
    const basis = basisOf([...TRIANGLE, [0, 1, 2]]);
    assert.deepEqual(basis.unverifiedDependents(), []);
  });

  it("names the published row whose dependency only holds modulo the prime", () => {
    // Modulo 2 the triangle loses rank (a+c = a+b + b+c), so a looks underivable: the unsafe
    // direction. The check over the rationals refuses that dependency.
    const basis = basisOf(TRIANGLE, 2);
    assert.equal(basis.contains([0]), false);
    assert.deepEqual(basis.unverifiedDependents(), [2]);
    // Without that row the basis is exact again: a is underivable from a+b and b+c.
    const exact = basisOf(TRIANGLE.slice(0, 2), 2);
    assert.deepEqual(exact.unverifiedDependents(), []);
    assert.equal(exact.contains([0]), false);
  });

  it("shows a count only when its derivation holds over the rationals", () => {
    // Modulo 2, a+c = a+b + b+c looks derivable; over the rationals it is not.
    const rows = TRIANGLE.slice(0, 2);
    assert.equal(basisOf(rows, 2).contains([0, 2]), true);
    assert.equal(basisOf(rows, 2).derivesExactly([0, 2]), false);
    assert.equal(basisOf(rows).derivesExactly([0, 2]), false);
    assert.equal(basisOf(rows).derivesExactly([0, 1]), true);
    assert.equal(basisOf(TRIANGLE).derivesExactly([0]), true);
  });
});
