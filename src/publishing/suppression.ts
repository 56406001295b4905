import { AtomUniverse, MAX_STAGE, type AtomFact } from "./aggregate-universe.ts";
import { DEFAULT_PRIME, LinearBasis } from "./linear-audit.ts";

/** Default smallest count that may be shown (DATA-MODEL.md: "default 5"). */
export const DEFAULT_THRESHOLD = 5;

/** What statistics know about one counted incident (verified, dated to a year, with an act). */
export interface IncidentFact {
  host: string;
  year: number;
  group: string;
  stage: number;
  countable: boolean;
  firstResponseDays: number | null;
}

/** Which incidents a count covers; null means "all". Stages are ranks 0–6, both ends included. */
export interface CellFilter {
  host: string | null;
  year: number | null;
  group: string | null;
  stageMin: number;
  stageMax: number;
  countable: boolean | null;
}

/** The published aggregate tables (one long table in the public store). */
export const AGGREGATE_TABLES = [
  "incidents_by_host_year",
  "incidents_by_tactic_group_year",
  "funnel_by_host_year",
  "countable_by_host_year",
  "median_first_response_days",
] as const;
export type AggregateTable = (typeof AGGREGATE_TABLES)[number];

/** One published cell: `value` is null when suppressed. `stage` is the funnel's "reached at least". */
export interface AggregateCell {
  table: AggregateTable;
  key: string;
  host: string | null;
  year: number | null;
  group: string | null;
  stage: number | null;
  value: number | null;
  suppressed: boolean;
}

const ALL: CellFilter = {
  host: null,
  year: null,
  group: null,
  stageMin: 0,
  stageMax: MAX_STAGE,
  countable: null,
};

/** The canonical key of a filter (also the cell key in the public store). */
export function filterKey(f: CellFilter): string {
  const c = f.countable === null ? "" : f.countable ? "1" : "0";
  return `h=${f.host ?? ""}|y=${f.year ?? ""}|g=${f.group ?? ""}|s=${f.stageMin}-${f.stageMax}|c=${c}`;
}

interface Cell {
  filter: CellFilter;
  table: AggregateTable;
  value: number;
  atoms: number[];
}

const withNull = <T>(xs: T[]): (T | null)[] => [...xs, null];

/** The published cells, table by table. */
function publishedCells(u: AtomUniverse): Cell[] {
  const cells: Cell[] = [];
  const push = (table: AggregateTable, filter: CellFilter) => {
    const f = u.cubeFilter(filter);
    cells.push({ filter, table, value: u.count(f), atoms: u.atomsOf(f) });
  };
  for (const host of withNull(u.hosts))
    for (const year of withNull(u.years)) {
      const base = { ...ALL, host, year };
      push("incidents_by_host_year", base);
      push("countable_by_host_year", { ...base, countable: true });
      for (let s = 1; s <= MAX_STAGE; s++) push("funnel_by_host_year", { ...base, stageMin: s });
    }
  for (const group of u.groups)
    for (const year of withNull(u.years))
      push("incidents_by_tactic_group_year", { ...ALL, group, year });
  return cells;
}

/** A count a document may ask for (a live figure): every part optional, years inclusive. */
export interface CountQuery {
  host?: string;
  group?: string;
  yearFrom?: number;
  yearTo?: number;
  stageMin?: number;
  countable?: boolean;
}

/** Suppressed aggregates plus what is needed to tell whether another count can be derived. */
export interface SuppressedAggregates {
  cells: AggregateCell[];
  /** A count and whether it follows from the published cells (if not, it must not be shown). */
  derive(query: CountQuery): { value: number; derivable: boolean };
}

/**
 * Primary suppression (0 < n < threshold) and complementary suppression: repeated until no
 * suppressed cell, and no small unpublished count a filter can describe (any host, year and
 * group or all, any stage range, countable or not — "reached at least 2 minus reached at least
 * 4" is "stopped at 2 or 3"), is a linear combination of published cells. A published zero tells
 * the attacker every finest cell inside it is empty, so those cells are taken out first.
 */
export function suppressAggregates(
  facts: IncidentFact[],
  threshold = DEFAULT_THRESHOLD,
  /** The modulus of the elimination; tests pass a tiny one to exercise the exact check. */
  prime = DEFAULT_PRIME,
): SuppressedAggregates {
  const u = new AtomUniverse(facts);
  const cells = publishedCells(u);
  // Atoms nobody falls into still count (the attacker does not know they are empty), unless a
  // published zero covers them; the others are the columns. Zero cells are never withheld
  // (only cells with 0 < n are), so the columns stay the same from round to round.
  const column = new Int32Array(u.size);
  for (const c of cells) if (c.value === 0) for (const a of c.atoms) column[a] = -1;
  let columns = 0;
  for (let a = 0; a < u.size; a++) column[a] = column[a] === 0 ? columns++ : -1;
  const live = (atoms: number[]) => {
    const cols: number[] = [];
    for (const a of atoms) if (column[a]! >= 0) cols.push(column[a]!);
    return cols;
  };
  const rows = cells.map((c) => live(c.atoms));
  const suppressed = cells.map((c) => c.value > 0 && c.value < threshold);

  // Every count is read off the cube; only the small ones need their atoms. Counts over the
  // same columns are one check.
  const exposed = new Map<string, number[]>();
  cells.forEach((_, i) => suppressed[i] && exposed.set(rows[i]!.join(), rows[i]!));
  for (const f of u.describable()) {
    const n = u.count(f);
    if (n > 0 && n < threshold) {
      const cols = live(u.atomsOf(f));
      exposed.set(cols.join(), cols);
    }
  }
  let pending = [...exposed.values()];
  for (;;) {
    const basis = new LinearBasis(columns, prime);
    cells.forEach((c, i) => c.value > 0 && !suppressed[i] && basis.add(rows[i]!, i));
    // A count not derivable now stays so (later rounds only withhold more): check it no more.
    const derivable = pending.flatMap((cols) => {
      const from = basis.contains(cols) ? basis.derivation(cols) : null;
      return from ? [{ cols, from }] : [];
    });
    const withhold = new Set(derivable.map(({ from }) => cheapest(from, cells)));
    // "Not derivable" is exact once every dependency among published rows holds over the
    // rationals (see linear-audit.ts); a cell whose dependency cannot be confirmed is withheld.
    if (withhold.size === 0) for (const i of basis.unverifiedDependents()) withhold.add(i);
    if (withhold.size === 0)
      return {
        cells: [
          ...cells.map((c, i) => toAggregate(c, suppressed[i]!)),
          ...medians(facts, u, threshold),
        ],
        derive(q) {
          const atoms = u.atomsWhere((x) => inQuery(x, q));
          const value = atoms.reduce((sum, a) => sum + u.counts[a]!, 0);
          // Shown only when confirmed over the rationals: a false "derivable" would leak.
          return { value, derivable: basis.derivesExactly(live(atoms)) };
        },
      };
    for (const i of withhold) suppressed[i] = true;
    pending = [...derivable.map(({ cols }) => cols), ...[...withhold].map((i) => rows[i]!)];
  }
}

/** The published cell to withhold to break a derivation: the smallest, then the first. */
function cheapest(from: Map<number, number>, cells: Cell[]): number {
  const [best] = [...from.keys()].sort((a, b) => cells[a]!.value - cells[b]!.value || a - b);
  if (best === undefined) throw new Error("Suppression found no cell to withhold.");
  return best;
}

function inQuery(a: AtomFact, q: CountQuery): boolean {
  return (
    (q.host === undefined || q.host === a.host) &&
    (q.group === undefined || q.group === a.group) &&
    (q.yearFrom === undefined || a.year >= q.yearFrom) &&
    (q.yearTo === undefined || a.year <= q.yearTo) &&
    a.stage >= (q.stageMin ?? 0) &&
    (q.countable === undefined || q.countable === a.countable)
  );
}

function toAggregate(c: Cell, suppressed: boolean): AggregateCell {
  const f = c.filter;
  return {
    table: c.table,
    key: filterKey(f),
    host: f.host,
    year: f.year,
    group: f.group,
    stage: c.table === "funnel_by_host_year" ? f.stageMin : null,
    value: suppressed ? null : c.value,
    suppressed,
  };
}

/** Median days to the first answer, shown only where at least `threshold` incidents had one. */
function medians(facts: IncidentFact[], u: AtomUniverse, threshold: number) {
  // One pass: each answered incident joins its host-year, its host, its year and the total.
  const days = new Map<string, number[]>();
  for (const x of facts)
    if (x.firstResponseDays !== null)
      for (const host of [x.host, null])
        for (const year of [x.year, null]) {
          const key = `${host}|${year}`;
          const list = days.get(key) ?? [];
          if (list.length === 0) days.set(key, list);
          list.push(x.firstResponseDays);
        }
  const out: AggregateCell[] = [];
  for (const host of withNull(u.hosts))
    for (const year of withNull(u.years)) {
      const sorted = days.get(`${host}|${year}`)?.sort((a, b) => a - b);
      if (!sorted) continue;
      const mid = Math.floor(sorted.length / 2);
      const median =
        sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
      const suppressed = sorted.length < threshold;
      out.push({
        table: "median_first_response_days",
        key: filterKey({ ...ALL, host, year }),
        host,
        year,
        group: null,
        stage: null,
        value: suppressed ? null : median,
        suppressed,
      });
    }
  return out;
}
