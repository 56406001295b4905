import { sql, type RawBuilder } from "kysely";
import { pagedRows } from "../db/paged-rows.ts";
import { groupConcatDistinct, daysBetween } from "../db/dialect-sql.ts";
import type { Dialect } from "../db/stores.ts";
import { deriveStage, statusRankCaseSql } from "../interventions/intervention-stage.ts";
import type { Db } from "../records/record.repository.ts";
import { TACTICS } from "../vocabularies/vocabulary.codes.ts";

/** Facet tokens indexed with an incident's text so one index answers text + filters. */
export function facetTokens(
  i: {
    origin_state: string;
    host_state: string;
    start_year: number | null;
    furthest_stage: number;
    verification_status: string;
  },
  tactics: readonly string[],
): string {
  const tokens = [
    `o${i.origin_state}`,
    `h${i.host_state}`,
    `y${i.start_year ?? 0}`,
    `s${i.furthest_stage}`,
    `v${i.verification_status}`,
  ];
  for (const t of tactics) {
    tokens.push(`t${t}`);
    const group = TACTICS[t as keyof typeof TACTICS];
    if (group) tokens.push(`g${group}`);
  }
  return [...new Set(tokens.map((x) => x.toLowerCase().replace(/_/g, "")))].join(" ");
}

function statsKey(r: {
  host_state: string;
  origin_state: string;
  start_year: number | null;
  furthest_stage: number;
  verification_status: string;
}): string {
  return [
    r.host_state,
    r.origin_state,
    r.start_year ?? 0,
    r.furthest_stage,
    r.verification_status,
  ].join("|");
}

async function bumpStats(db: Db, key: string, delta: 1 | -1): Promise<void> {
  const [host_state, origin_state, year, stage, verification_status] = key.split("|");
  const row = {
    host_state,
    origin_state,
    year: Number(year),
    furthest_stage: Number(stage),
    verification_status,
  };
  if (delta === 1) {
    await db
      .insertInto("incident_stats")
      .values({ ...row, n: 1 })
      .onConflict((oc) =>
        oc
          .columns(["host_state", "origin_state", "year", "furthest_stage", "verification_status"])
          .doUpdateSet({ n: sql`${sql.ref("incident_stats.n")} + 1` }),
      )
      .execute();
  } else {
    await db
      .updateTable("incident_stats")
      .set({ n: sql`n - 1` })
      .where((eb) => eb.and(Object.entries(row).map(([k, v]) => eb(k, "=", v))))
      .execute();
    await db.deleteFrom("incident_stats").where("n", "<=", 0).execute();
  }
}

/** Recomputes one intervention's stage, status and response time from its events. */
export async function refreshIntervention(db: Db, interventionId: string): Promise<string | null> {
  const iv = await db
    .selectFrom("interventions")
    .select(["incident_id", "filed_on"])
    .where("id", "=", interventionId)
    .executeTakeFirst();
  if (!iv) return null;
  const events = await db
    .selectFrom("intervention_events")
    .select(["status", "occurred_on"])
    .where("intervention_id", "=", interventionId)
    // Same tie-break as rebuildAllDerived: same-day events by creation time, then id.
    .orderBy("occurred_on")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  await db
    .updateTable("interventions")
    .set(deriveStage(iv.filed_on, events))
    .where("id", "=", interventionId)
    .execute();
  return String(iv.incident_id);
}

/** Recomputes an incident's year, furthest stage, facet tokens and its place in the counts. */
export async function refreshIncident(db: Db, incidentId: string): Promise<void> {
  const inc = await db
    .selectFrom("incidents")
    .select(["origin_state", "host_state", "start_date", "verification_status", "stats_key"])
    .where("id", "=", incidentId)
    .executeTakeFirst();
  if (!inc) return;
  const tactics = (
    await db
      .selectFrom("acts")
      .select("tactic")
      .distinct()
      .where("incident_id", "=", incidentId)
      .orderBy("tactic")
      .execute()
  ).map((r) => String(r.tactic));
  const stage = await db
    .selectFrom("interventions")
    .select((eb) => eb.fn.max("furthest_stage").as("s"))
    .where("incident_id", "=", incidentId)
    .executeTakeFirst();
  const derived = {
    origin_state: String(inc.origin_state),
    host_state: String(inc.host_state),
    start_year: inc.start_date ? Number(String(inc.start_date).slice(0, 4)) : null,
    furthest_stage: Number(stage?.s ?? 0),
    verification_status: String(inc.verification_status),
  };
  const key = statsKey(derived);
  await db
    .updateTable("incidents")
    .set({
      start_year: derived.start_year,
      furthest_stage: derived.furthest_stage,
      search_facets: facetTokens(derived, tactics),
      stats_key: key,
    })
    .where("id", "=", incidentId)
    .execute();
  if (inc.stats_key !== key) {
    if (inc.stats_key) await bumpStats(db, String(inc.stats_key), -1);
    await bumpStats(db, key, 1);
  }
}

const RANGE_ROWS = 5000;

/**
 * Runs a set-based UPDATE over a table in id ranges of a few thousand rows: SQLite builds an
 * in-memory work table for an UPDATE with subqueries, which over a million rows would grow the
 * process by hundreds of megabytes (temp_store=MEMORY keeps plaintext off the disk).
 */
async function inRanges(
  db: Db,
  table: string,
  statement: (range: RawBuilder<unknown>) => RawBuilder<unknown>,
): Promise<void> {
  let first: unknown = null;
  let count = 0;
  let last: unknown = null;
  const run = async () => {
    if (first !== null)
      await statement(sql`${sql.ref(`${table}.id`)} between ${first} and ${last}`).execute(db);
  };
  for await (const r of pagedRows(db, table, ["id"], ["id"])) {
    if (count === 0) first = r.id;
    last = r.id;
    if (++count === RANGE_ROWS) {
      await run();
      count = 0;
      first = null;
    }
  }
  await run();
}

/**
 * Set-based recomputation of every derived value (after a bulk import or restore): intervention
 * stages, incident years, stages, facets and the counts table.
 */
export async function rebuildAllDerived(db: Db, dialect: Dialect): Promise<void> {
  const rank = sql.raw(statusRankCaseSql("e.status"));
  await inRanges(
    db,
    "interventions",
    (range) => sql`update interventions set
      furthest_stage = coalesce((select max(${rank}) from intervention_events e where e.intervention_id = interventions.id), 0),
      current_status = (select e.status from intervention_events e where e.intervention_id = interventions.id order by e.occurred_on desc, e.created_at desc, e.id desc limit 1),
      last_event_on = (select max(e.occurred_on) from intervention_events e where e.intervention_id = interventions.id)
      where ${range}`,
  );
  const filed = sql`coalesce(interventions.filed_on, (select min(e.occurred_on) from intervention_events e where e.intervention_id = interventions.id and e.status = 'filed'))`;
  const firstResponse = sql`(select min(e.occurred_on) from intervention_events e where e.intervention_id = interventions.id and e.status not in ('prepared', 'filed', 'no_response', 'appealed'))`;
  await inRanges(
    db,
    "interventions",
    (range) =>
      sql`update interventions set first_response_days = ${daysBetween(dialect, filed, firstResponse)} where ${range}`,
  );
  const tactics = groupConcatDistinct(dialect, sql`'t' || replace(a.tactic, '_', '')`);
  await inRanges(
    db,
    "incidents",
    (range) => sql`update incidents set
      start_year = case when start_date is null then null else cast(substr(start_date, 1, 4) as integer) end,
      furthest_stage = coalesce((select max(v.furthest_stage) from interventions v where v.incident_id = incidents.id), 0)
      where ${range}`,
  );
  // Groups come from the tactic vocabulary; one CASE keeps this set-based.
  const groupCase = sql.raw(
    `case a.tactic ${Object.entries(TACTICS)
      .map(([t, g]) => `when '${t}' then 'g${g.replace(/_/g, "")}'`)
      .join(" ")} else null end`,
  );
  const groups = groupConcatDistinct(dialect, groupCase);
  await inRanges(
    db,
    "incidents",
    (range) => sql`update incidents set
      search_facets = lower('o' || origin_state || ' h' || host_state || ' y' || coalesce(start_year, 0) || ' s' || furthest_stage || ' v' || replace(verification_status, '_', '')
        || coalesce(' ' || (select ${tactics} from acts a where a.incident_id = incidents.id), '')
        || coalesce(' ' || (select ${groups} from acts a where a.incident_id = incidents.id), '')),
      stats_key = host_state || '|' || origin_state || '|' || coalesce(start_year, 0) || '|' || furthest_stage || '|' || verification_status
      where ${range}`,
  );
  await db.deleteFrom("incident_stats").execute();
  // Counted in a streaming pass, not with GROUP BY: with temp_store=MEMORY (no plaintext temp
  // files) SQLite would sort every incident in memory. The number of keys stays small.
  const counts = new Map<string, number>();
  for await (const r of pagedRows(db, "incidents", ["id"], ["id", "stats_key"])) {
    const key = String(r.stats_key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = [...counts].map(([key, n]) => {
    const [host_state, origin_state, year, stage, verification_status] = key.split("|");
    return {
      host_state,
      origin_state,
      year: Number(year),
      furthest_stage: Number(stage),
      verification_status,
      n,
    };
  });
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto("incident_stats")
      .values(rows.slice(i, i + 1000))
      .execute();
}
