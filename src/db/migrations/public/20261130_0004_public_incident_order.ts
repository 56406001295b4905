import { sql, type Kysely } from "kysely";
import { isPostgres } from "../migration-helpers.ts";

/**
 * Indexes in the incident database's display order (newest first, undated last, ties by public
 * id), overall and per host state: with 100,000 published incidents a list page, even a deep one
 * of the static mirror, reads the index instead of sorting the table. SQLite already puts NULLs
 * last when descending; PostgreSQL needs NULLS LAST spelt out to match the query.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const desc = (await isPostgres(db)) ? sql`desc nulls last` : sql`desc`;
  await sql`create index public_incidents_order on public_incidents (date_label ${desc}, public_id)`.execute(
    db,
  );
  await sql`create index public_incidents_host_order on public_incidents (host_state, date_label ${desc}, public_id)`.execute(
    db,
  );
}

/** Drops the display-order indexes. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("public_incidents_host_order").execute();
  await db.schema.dropIndex("public_incidents_order").execute();
}
