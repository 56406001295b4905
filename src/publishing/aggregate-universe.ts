/**
 * The finest cells ("atoms") statistics can tell apart — host × year × group × stage ×
 * countable, over every combination of the values seen — with their counts, and every count a
 * filter can describe, read from one data cube instead of a scan per filter.
 */

/** Stages are ranks 0–6. */
export const MAX_STAGE = 6;
const STAGES = MAX_STAGE + 1;

/** What one counted incident contributes: its place in each dimension. */
export interface AtomFact {
  host: string;
  year: number;
  group: string;
  stage: number;
  countable: boolean;
}

/**
 * A describable count: an index per dimension (the dimension's length meaning "all"), a stage
 * range, and countable 0 (no), 1 (yes) or 2 (either).
 */
export interface CubeFilter {
  h: number;
  y: number;
  g: number;
  stageMin: number;
  stageMax: number;
  c: number;
}

/** Atoms and counts of one set of facts; atom numbers run year-major (see `atom`). */
export class AtomUniverse {
  readonly hosts: string[];
  readonly years: number[];
  readonly groups: string[];
  readonly size: number;
  /** Incidents in each atom. */
  readonly counts: Int32Array;
  /** Counts of every filter with "all" in any dimension: [h][y][g][stage][c], c = 2 for either. */
  readonly #cube: Int32Array;
  readonly #cubeY: number;
  readonly #cubeG: number;

  constructor(facts: AtomFact[]) {
    this.hosts = [...new Set(facts.map((x) => x.host))].sort();
    this.years = [...new Set(facts.map((x) => x.year))].sort((a, b) => a - b);
    this.groups = [...new Set(facts.map((x) => x.group))].sort();
    this.size = this.hosts.length * this.years.length * this.groups.length * STAGES * 2;
    this.counts = new Int32Array(this.size);
    const hi = new Map(this.hosts.map((h, i) => [h, i]));
    const yi = new Map(this.years.map((y, i) => [y, i]));
    const gi = new Map(this.groups.map((g, i) => [g, i]));
    this.#cubeY = this.years.length + 1;
    this.#cubeG = this.groups.length + 1;
    this.#cube = new Int32Array((this.hosts.length + 1) * this.#cubeY * this.#cubeG * STAGES * 3);
    for (const x of facts) {
      if (!Number.isInteger(x.stage) || x.stage < 0 || x.stage > MAX_STAGE)
        throw new Error(`Stage ${x.stage} is not a funnel rank (0–${MAX_STAGE}).`);
      const [h, y, g, c] = [hi.get(x.host)!, yi.get(x.year)!, gi.get(x.group)!, +x.countable];
      this.counts[this.atom(h, y, g, x.stage, c)]!++;
      // Every combination of "this value or all" in each dimension: 16 cube cells per fact.
      for (let all = 0; all < 16; all++)
        this.#cube[
          this.#cell(
            all & 1 ? this.hosts.length : h,
            all & 2 ? this.years.length : y,
            all & 4 ? this.groups.length : g,
            x.stage,
            all & 8 ? 2 : c,
          )
        ]!++;
    }
  }

  /**
   * The atom's number: year outermost, then host, stage, countable, group. A host-year's cells
   * sit together, so eliminating its rows (a row's pivot is its smallest atom) mostly writes
   * inside that block; host-first measured the same, group-first about twice as slow.
   */
  atom(h: number, y: number, g: number, stage: number, c: number): number {
    return (((y * this.hosts.length + h) * STAGES + stage) * 2 + c) * this.groups.length + g;
  }

  #cell(h: number, y: number, g: number, stage: number, c: number): number {
    return (((h * this.#cubeY + y) * this.#cubeG + g) * STAGES + stage) * 3 + c;
  }

  /** A filter by values (null for all) as cube indices; a value never seen gets index -1. */
  cubeFilter(f: {
    host: string | null;
    year: number | null;
    group: string | null;
    stageMin: number;
    stageMax: number;
    countable: boolean | null;
  }): CubeFilter {
    const at = <T>(xs: T[], v: T | null) => (v === null ? xs.length : xs.indexOf(v));
    return {
      h: at(this.hosts, f.host),
      y: at(this.years, f.year),
      g: at(this.groups, f.group),
      stageMin: f.stageMin,
      stageMax: f.stageMax,
      c: f.countable === null ? 2 : +f.countable,
    };
  }

  /** How many incidents a filter counts. */
  count(f: CubeFilter): number {
    if (f.h < 0 || f.y < 0 || f.g < 0) return 0;
    let n = 0;
    for (let s = f.stageMin; s <= f.stageMax; s++)
      n += this.#cube[this.#cell(f.h, f.y, f.g, s, f.c)]!;
    return n;
  }

  /** Every filter a reader could state: one value or all per dimension, any stage range. */
  *describable(): Generator<CubeFilter> {
    for (let h = 0; h <= this.hosts.length; h++)
      for (let y = 0; y <= this.years.length; y++)
        for (let g = 0; g <= this.groups.length; g++)
          for (let stageMin = 0; stageMin <= MAX_STAGE; stageMin++)
            for (let stageMax = stageMin; stageMax <= MAX_STAGE; stageMax++)
              for (let c = 0; c <= 2; c++) yield { h, y, g, stageMin, stageMax, c };
  }

  /** The atoms a filter adds up, ascending. */
  atomsOf(f: CubeFilter): number[] {
    const [H, Y, G] = [this.hosts.length, this.years.length, this.groups.length];
    const out: number[] = [];
    if (f.h < 0 || f.y < 0 || f.g < 0) return out;
    for (let y = f.y === Y ? 0 : f.y; y <= (f.y === Y ? Y - 1 : f.y); y++)
      for (let h = f.h === H ? 0 : f.h; h <= (f.h === H ? H - 1 : f.h); h++)
        for (let s = f.stageMin; s <= f.stageMax; s++)
          for (let c = f.c === 2 ? 0 : f.c; c <= (f.c === 2 ? 1 : f.c); c++)
            for (let g = f.g === G ? 0 : f.g; g <= (f.g === G ? G - 1 : f.g); g++)
              out.push(this.atom(h, y, g, s, c));
    return out;
  }

  /** The atoms whose values satisfy a test, ascending (for one-off queries). */
  atomsWhere(test: (x: AtomFact) => boolean): number[] {
    const out: number[] = [];
    this.years.forEach((year, y) =>
      this.hosts.forEach((host, h) => {
        for (let stage = 0; stage <= MAX_STAGE; stage++)
          for (const c of [0, 1])
            this.groups.forEach((group, g) => {
              if (test({ host, year, group, stage, countable: c === 1 }))
                out.push(this.atom(h, y, g, stage, c));
            });
      }),
    );
    return out;
  }
}
