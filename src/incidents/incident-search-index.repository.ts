import { sql } from "kysely";
import type { Dialect } from "../db/stores.ts";
import type { Db } from "../records/record.repository.ts";

const TRIGGERS = [
  `create trigger if not exists incidents_fts_ai after insert on incidents begin
    insert into incident_fts(rowid, title, public_summary, search_facets)
    values (new.rowid, new.title, new.public_summary, new.search_facets); end`,
  `create trigger if not exists incidents_fts_ad after delete on incidents begin
    insert into incident_fts(incident_fts, rowid, title, public_summary, search_facets)
    values ('delete', old.rowid, old.title, old.public_summary, old.search_facets); end`,
  `create trigger if not exists incidents_fts_au after update of title, public_summary, search_facets on incidents begin
    insert into incident_fts(incident_fts, rowid, title, public_summary, search_facets)
    values ('delete', old.rowid, old.title, old.public_summary, old.search_facets);
    insert into incident_fts(rowid, title, public_summary, search_facets)
    values (new.rowid, new.title, new.public_summary, new.search_facets); end`,
];

/**
 * Stops maintaining the SQLite full-text index row by row during a bulk load (it is rebuilt in
 * one pass afterwards). PostgreSQL's generated tsvector needs nothing.
 */
export async function suspendSearchIndex(db: Db, dialect: Dialect): Promise<void> {
  if (dialect !== "sqlite") return;
  for (const t of ["incidents_fts_ai", "incidents_fts_ad", "incidents_fts_au"])
    await sql`drop trigger if exists ${sql.id(t)}`.execute(db);
}

/** Rebuilds the full-text index from the incidents table and restores the triggers. */
export async function resumeSearchIndex(db: Db, dialect: Dialect): Promise<void> {
  if (dialect !== "sqlite") return;
  await sql`insert into incident_fts(incident_fts) values ('rebuild')`.execute(db);
  for (const t of TRIGGERS) await sql.raw(t).execute(db);
}
