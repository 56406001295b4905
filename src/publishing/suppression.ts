import { LinearBasis } from "./linear-audit.ts";

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

const MAX_STAGE = 6;
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

function matches(f: CellFilter, x: IncidentFact): boolean {
  return (
    (f.host === null || f.host === x.host) &&
    (f.year === null || f.year === x.year) &&
    (f.group === null || f.group === x.group) &&
    x.stage >= f.stageMin &&
    x.stage <= f.stageMax &&
    (f.countable === null || f.countable === x.countable)
  );
}

interface Cell {
  filter: CellFilter;
  table: AggregateTable | null;
  value: number;
  atoms: number[];
}

/**
 * The finest cells (host × year × group × stage × countable) of every combination of values
 * seen. Atoms nobody falls into still count: the attacker does not know they are empty.
 */
function atomUniverse(facts: IncidentFact[]) {
  const hosts = [...new Set(facts.map((x) => x.host))].sort();
  const years = [...new Set(facts.map((x) => x.year))].sort((a, b) => a - b);
  const groups = [...new Set(facts.map((x) => x.group))].sort();
  const atoms: CellFilter[] = [];
  for (const host of hosts)
    for (const year of years)
      for (const group of groups)
        for (let s = 0; s <= MAX_STAGE; s++)
          for (const countable of [false, true])
            atoms.push({ host, year, group, stageMin: s, stageMax: s, countable });
  return { hosts, years, groups, atoms };
}

const withNull = <T>(xs: T[]): (T | null)[] => [...xs, null];

/** Published cells, table by table, and every count a filter could describe (to keep hidden). */
function cellFilters(u: ReturnType<typeof atomUniverse>) {
  const published: [AggregateTable, CellFilter][] = [];
  for (const host of withNull(u.hosts))
    for (const year of withNull(u.years)) {
      const base = { ...ALL, host, year };
      published.push(["incidents_by_host_year", base]);
      published.push(["countable_by_host_year", { ...base, countable: true }]);
      for (let s = 1; s <= MAX_STAGE; s++)
        published.push(["funnel_by_host_year", { ...base, stageMin: s }]);
    }
  for (const group of u.groups)
    for (const year of withNull(u.years))
      published.push(["incidents_by_tactic_group_year", { ...ALL, group, year }]);
  // Any one host/year/group (or all), any stage range, countable or not: "reached at least 2
  // minus reached at least 4" is "stopped at 2 or 3", and such a count must not come out small.
  const hidden: CellFilter[] = [];
  for (const host of withNull(u.hosts))
    for (const year of withNull(u.years))
      for (const group of withNull(u.groups))
        for (let stageMin = 0; stageMin <= MAX_STAGE; stageMin++)
          for (let stageMax = stageMin; stageMax <= MAX_STAGE; stageMax++)
            for (const countable of [null, false, true])
              hidden.push({ host, year, group, stageMin, stageMax, countable });
  return { published, hidden };
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
 * suppressed cell, and no small unpublished quantity (a finest cell, a "stopped at stage s" or
 * "not countable" count), is a linear combination of published cells. A published zero tells the
 * attacker every finest cell inside it is empty, so those cells are taken out first.
 */
export function suppressAggregates(
  facts: IncidentFact[],
  threshold = DEFAULT_THRESHOLD,
): SuppressedAggregates {
  const u = atomUniverse(facts);
  const atomIndex = new Map(u.atoms.map((a, i) => [filterKey(a), i]));
  const atomCounts = new Array<number>(u.atoms.length).fill(0);
  for (const x of facts)
    atomCounts[atomIndex.get(filterKey({ ...x, stageMin: x.stage, stageMax: x.stage }))!]!++;
  const build = (filter: CellFilter, table: AggregateTable | null): Cell => {
    const atoms = u.atoms.flatMap((a, i) => (within(a, filter) ? [i] : []));
    return { filter, table, atoms, value: atoms.reduce((s, i) => s + atomCounts[i]!, 0) };
  };
  const { published, hidden } = cellFilters(u);
  const cells = published.map(([t, f]) => build(f, t));
  const keys = new Set(cells.map((c) => filterKey(c.filter)));
  // Count over occupied finest cells first: only the few small counts need their atom lists.
  const occupied = atomCounts.flatMap((n, i) => (n > 0 ? [i] : []));
  const sensitive = hidden
    .filter((f) => {
      const n = occupied.reduce((sum, i) => sum + (within(u.atoms[i]!, f) ? atomCounts[i]! : 0), 0);
      return n > 0 && n < threshold && !keys.has(filterKey(f));
    })
    .map((f) => build(f, null));
  const suppressed = new Set(
    cells.flatMap((c, i) => (c.value > 0 && c.value < threshold ? [i] : [])),
  );

  const basisFor = () => {
    const zero = new Set(
      cells.flatMap((c, i) => (!suppressed.has(i) && c.value === 0 ? c.atoms : [])),
    );
    const basis = new LinearBasis();
    cells.forEach((c, i) => {
      if (!suppressed.has(i))
        basis.add(
          c.atoms.filter((a) => !zero.has(a)),
          i,
        );
    });
    return { basis, live: (atoms: number[]) => atoms.filter((a) => !zero.has(a)) };
  };
  for (;;) {
    const { basis, live } = basisFor();
    const exposed = [...[...suppressed].map((i) => cells[i]!), ...sensitive];
    const added = new Set<number>();
    for (const c of exposed) {
      const from = basis.derivation(live(c.atoms));
      if (!from) continue;
      const pick = [...from]
        .filter((i) => !suppressed.has(i) && cells[i]!.value > 0)
        .sort((a, b) => cells[a]!.value - cells[b]!.value || a - b)[0];
      if (pick === undefined) throw new Error("Suppression found no cell to withhold.");
      added.add(pick);
    }
    if (added.size === 0) {
      return {
        cells: [
          ...cells.map((c, i) => toAggregate(c, suppressed.has(i))),
          ...medians(facts, u, threshold),
        ],
        derive(q) {
          const atoms = u.atoms.flatMap((a, i) => (inQuery(a, q) ? [i] : []));
          const value = atoms.reduce((sum, i) => sum + atomCounts[i]!, 0);
          return { value, derivable: basis.derivation(live(atoms)) !== null };
        },
      };
    }
    for (const i of added) suppressed.add(i);
  }
}

function within(atom: CellFilter, f: CellFilter): boolean {
  return matches(f, {
    host: atom.host!,
    year: atom.year!,
    group: atom.group!,
    stage: atom.stageMin,
    countable: atom.countable!,
    firstResponseDays: null,
  });
}

function inQuery(a: CellFilter, q: CountQuery): boolean {
  return (
    (q.host === undefined || q.host === a.host) &&
    (q.group === undefined || q.group === a.group) &&
    (q.yearFrom === undefined || a.year! >= q.yearFrom) &&
    (q.yearTo === undefined || a.year! <= q.yearTo) &&
    a.stageMin >= (q.stageMin ?? 0) &&
    (q.countable === undefined || q.countable === a.countable)
  );
}

function toAggregate(c: Cell, suppressed: boolean): AggregateCell {
  const f = c.filter;
  return {
    table: c.table!,
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
function medians(facts: IncidentFact[], u: ReturnType<typeof atomUniverse>, threshold: number) {
  const out: AggregateCell[] = [];
  for (const host of withNull(u.hosts))
    for (const year of withNull(u.years)) {
      const f = { ...ALL, host, year };
      const days = facts
        .filter((x) => matches(f, x) && x.firstResponseDays !== null)
        .map((x) => x.firstResponseDays!)
        .sort((a, b) => a - b);
      if (days.length === 0) continue;
      const mid = Math.floor(days.length / 2);
      const median = days.length % 2 ? days[mid]! : Math.round((days[mid - 1]! + days[mid]!) / 2);
      const suppressed = days.length < threshold;
      out.push({
        table: "median_first_response_days",
        key: filterKey(f),
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
