import { FUNNEL_STAGES } from "../interventions/intervention-stage.ts";
import type { Db } from "../records/record.repository.ts";

/** Incidents per host state and year by furthest stage reached (index = stage rank). */
export interface FunnelRow {
  host_state: string;
  year: number;
  /** Count of incidents whose furthest stage is exactly this rank. */
  at_stage: number[];
  /** Count of incidents that reached at least this rank (the funnel). */
  reached: number[];
}

/** The accountability funnel, read from the counts kept up to date on every write. */
export async function accountabilityFunnel(
  db: Db,
  filter: { verifiedOnly?: boolean } = {},
): Promise<FunnelRow[]> {
  let q = db
    .selectFrom("incident_stats")
    .select((eb) => ["host_state", "year", "furthest_stage", eb.fn.sum<number>("n").as("n")])
    .groupBy(["host_state", "year", "furthest_stage"]);
  if (filter.verifiedOnly) q = q.where("verification_status", "=", "verified");
  const rows = await q.execute();
  const byKey = new Map<string, FunnelRow>();
  for (const r of rows) {
    const key = `${r.host_state}|${r.year}`;
    let row = byKey.get(key);
    if (!row) {
      row = {
        host_state: String(r.host_state),
        year: Number(r.year),
        at_stage: FUNNEL_STAGES.map(() => 0),
        reached: FUNNEL_STAGES.map(() => 0),
      };
      byKey.set(key, row);
    }
    row.at_stage[Number(r.furthest_stage)]! += Number(r.n);
  }
  for (const row of byKey.values()) {
    let acc = 0;
    for (let i = row.at_stage.length - 1; i >= 0; i--) row.reached[i] = acc += row.at_stage[i]!;
  }
  return [...byKey.values()].sort(
    (a, b) => a.host_state.localeCompare(b.host_state) || b.year - a.year,
  );
}
