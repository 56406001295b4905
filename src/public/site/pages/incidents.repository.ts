import { PostgresAdapter, sql, type Kysely } from "kysely";
import type { PublicIncident } from "../../../publishing/public-incident.types.ts";
import type { AggregateTable } from "../../../publishing/suppression.ts";

/** Validated filters of the incident database; an absent field means "any". */
export interface IncidentFilters {
  origin?: string;
  host?: string;
  group?: string;
  tactic?: string;
  year?: number;
  profile?: string;
  stage?: number;
  verification?: string;
}

/** One row of the incident list: the plain filter columns, never the payload. */
export interface IncidentListRow {
  publicId: string;
  originState: string;
  hostState: string;
  dateLabel: string | null;
  primaryTactic: string | null;
  furthestStage: number;
  verificationStatus: string;
}

/** One published aggregate cell as the dashboard reads it (value null when withheld). */
export interface PublicCellRow {
  host: string | null;
  year: number | null;
  group: string | null;
  stage: number | null;
  value: number | null;
  suppressed: boolean;
}

/** Values bound in one `in (…)` list: well under SQLite's and PostgreSQL's parameter limits. */
export const IN_LIST_MAX = 500;

// Many-valued filters live in the facets table (one row per value, indexed on facet + value).
const FACETS = { group: "tactic_group", tactic: "tactic", profile: "target_profile" } as const;

function filtered(db: Kysely<any>, f: IncidentFilters) {
  let q = db.selectFrom("public_incidents as i");
  if (f.origin) q = q.where("i.origin_state", "=", f.origin);
  if (f.host) q = q.where("i.host_state", "=", f.host);
  if (f.year !== undefined) q = q.where("i.year", "=", f.year);
  if (f.stage !== undefined) q = q.where("i.furthest_stage", "=", f.stage);
  if (f.verification) q = q.where("i.verification_status", "=", f.verification);
  for (const [key, facet] of Object.entries(FACETS)) {
    const value = f[key as keyof typeof FACETS];
    if (value)
      q = q.where(
        "i.public_id",
        "in",
        db
          .selectFrom("public_incident_facets")
          .select("public_id")
          .where("facet", "=", facet)
          .where("value", "=", value),
      );
  }
  return q;
}

/** How many published incidents match the filters. */
export async function countIncidents(db: Kysely<any>, f: IncidentFilters): Promise<number> {
  const row = await filtered(db, f)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One page of matching incidents, newest first (undated last), ties by public id. */
export async function listIncidents(
  db: Kysely<any>,
  f: IncidentFilters,
  limit: number,
  offset: number,
): Promise<IncidentListRow[]> {
  const rows = await filtered(db, f)
    .select([
      "i.public_id",
      "i.origin_state",
      "i.host_state",
      "i.date_label",
      "i.primary_tactic",
      "i.furthest_stage",
      "i.verification_status",
    ])
    // Spelt as the display-order index is (migration 0004): SQLite puts NULLs last already.
    .orderBy(
      db.getExecutor().adapter instanceof PostgresAdapter
        ? sql`i.date_label desc nulls last`
        : sql`i.date_label desc`,
    )
    .orderBy("i.public_id")
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r: Record<string, unknown>) => ({
    publicId: String(r.public_id),
    originState: String(r.origin_state),
    hostState: String(r.host_state),
    dateLabel: r.date_label === null ? null : String(r.date_label),
    primaryTactic: r.primary_tactic === null ? null : String(r.primary_tactic),
    furthestStage: Number(r.furthest_stage),
    verificationStatus: String(r.verification_status),
  }));
}

/** The distinct values of a plain column (for the filter lists), in order. */
export async function distinctValues(
  db: Kysely<any>,
  column: "origin_state" | "host_state" | "year",
): Promise<string[]> {
  const rows = await db
    .selectFrom("public_incidents")
    .select(column)
    .distinct()
    .where(column, "is not", null)
    .orderBy(column)
    .execute();
  return rows.map((r: Record<string, unknown>) => String(r[column]));
}

/** One published incident's payload, or null when it is not (or no longer) published. */
export async function findIncident(
  db: Kysely<any>,
  publicId: string,
): Promise<PublicIncident | null> {
  const row = await db
    .selectFrom("public_incidents")
    .select("payload")
    .where("public_id", "=", publicId)
    .executeTakeFirst();
  return row ? (JSON.parse(String(row.payload)) as PublicIncident) : null;
}

/** Several published incidents' payloads by public id (absent ids are left out). */
export async function findIncidents(
  db: Kysely<any>,
  publicIds: readonly string[],
): Promise<Map<string, PublicIncident>> {
  const out = new Map<string, PublicIncident>();
  for (let i = 0; i < publicIds.length; i += IN_LIST_MAX) {
    const rows = await db
      .selectFrom("public_incidents")
      .select(["public_id", "payload"])
      .where("public_id", "in", publicIds.slice(i, i + IN_LIST_MAX))
      .execute();
    for (const r of rows) out.set(String(r.public_id), JSON.parse(String(r.payload)));
  }
  return out;
}

/**
 * Every published incident in public-id order, read in keyset batches so that a download of
 * 100,000 incidents never holds more than one batch (works alike on SQLite and PostgreSQL).
 */
export async function* allIncidents(db: Kysely<any>, batch = 1000): AsyncGenerator<PublicIncident> {
  let after = "";
  for (;;) {
    const rows = await db
      .selectFrom("public_incidents")
      .select(["public_id", "payload"])
      .where("public_id", ">", after)
      .orderBy("public_id")
      .limit(batch)
      .execute();
    for (const r of rows) yield JSON.parse(String(r.payload)) as PublicIncident;
    if (rows.length < batch) return;
    after = String(rows.at(-1)!.public_id);
  }
}

/** The published cells of one aggregate table (suppression already applied by publishing). */
export async function aggregateCells(
  db: Kysely<any>,
  table: AggregateTable,
): Promise<PublicCellRow[]> {
  const rows = await db
    .selectFrom("public_aggregate_cells")
    .select(["host_state", "year", "tactic_group", "stage", "value", "suppressed"])
    .where("table_name", "=", table)
    .orderBy("cell_key")
    .execute();
  return rows.map((r: Record<string, unknown>) => {
    const suppressed = Number(r.suppressed) === 1;
    return {
      host: r.host_state === null ? null : String(r.host_state),
      year: r.year === null ? null : Number(r.year),
      group: r.tactic_group === null ? null : String(r.tactic_group),
      stage: r.stage === null ? null : Number(r.stage),
      // Belt and braces: a withheld cell never carries a number to the page.
      value: suppressed || r.value === null ? null : Number(r.value),
      suppressed,
    };
  });
}

/** A bookkeeping value of the public store (e.g. when the aggregates were built). */
export async function publicMeta(db: Kysely<any>, key: string): Promise<string | null> {
  const row = await db
    .selectFrom("public_meta")
    .select("value")
    .where("key", "=", key)
    .executeTakeFirst();
  return row ? String(row.value) : null;
}

/** How many incidents each host state has (for the mirror's per-host pages). */
export async function countByHost(db: Kysely<any>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("public_incidents")
    .select(["host_state", (eb) => eb.fn.countAll().as("n")])
    .groupBy("host_state")
    .orderBy("host_state")
    .execute();
  return new Map(rows.map((r: Record<string, unknown>) => [String(r.host_state), Number(r.n)]));
}

/** Every published incident's public id in order, in keyset batches (for the mirror's paths). */
export async function* allIncidentIds(db: Kysely<any>, batch = 5000): AsyncGenerator<string> {
  let after = "";
  for (;;) {
    const rows = await db
      .selectFrom("public_incidents")
      .select("public_id")
      .where("public_id", ">", after)
      .orderBy("public_id")
      .limit(batch)
      .execute();
    for (const r of rows) yield String(r.public_id);
    if (rows.length < batch) return;
    after = String(rows.at(-1)!.public_id);
  }
}

const listCache = new WeakMap<object, { stamp: string; value: unknown }>();

/**
 * A value derived from the published incidents (filter options, counts per host), kept until
 * publishing next rebuilds the aggregates — it stamps `aggregates_built_at` after every publish
 * and withdrawal — so list pages skip four scans of the table per request.
 */
export async function cachedByPublication<T>(
  db: Kysely<any>,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  const stamp = await publicMeta(db, "aggregates_built_at");
  if (stamp === null) return load();
  const slot = `${key}\0${stamp}`;
  const hit = listCache.get(db) as { stamp: string; value: Record<string, T> } | undefined;
  if (hit?.stamp === stamp && slot in hit.value) return hit.value[slot]!;
  const value = await load();
  const entry = hit?.stamp === stamp ? hit : { stamp, value: {} as Record<string, T> };
  entry.value[slot] = value;
  listCache.set(db, entry);
  return value;
}
