import { sql, type Kysely } from "kysely";
import { isPostgres, withColumns, withRecordMeta } from "../migration-helpers.ts";

type Col = [string, "text" | "integer", boolean?, (string | number)?];
type Fk = [column: string, target: string];

/** Every record table: [table, org-scoped, columns, foreign keys]. Protected columns hold ciphertext. */
// prettier-ignore
const TABLES: [string, boolean, Col[], Fk[]][] = [
  ["vocabulary_terms", false, [["scheme", "text"], ["code", "text"], ["parent", "text", true], ["sort_order", "integer"], ["labels", "text"], ["crosswalk", "text"], ["retired", "integer"],], [],],
  ["persons", true, [["pseudonym", "text"], ["kind", "text"],], [],],
  ["person_identities", true, [["person_id", "text"], ["dek", "text"], ["full_name", "text"], ["name_variants", "text"], ["birth_date", "text", true], ["contacts", "text"], ["current_address", "text", true], ["relatives", "text"], ["internal_notes", "text", true],], [["person_id", "persons"]],],
  ["person_profiles", true, [["person_id", "text"], ["valid_from", "text"], ["target_profile", "text"], ["residence_status", "text", true], ["origin_state", "text", true], ["residence_state", "text", true],], [["person_id", "persons"]],],
  ["consents", true, [["person_id", "text"], ["dek", "text"], ["level", "text"], ["given_on", "text"], ["withdrawn_on", "text", true], ["internal_notes", "text", true],], [["person_id", "persons"]],],
  ["incidents", true, [["dek", "text"], ["title", "text"], ["internal_summary", "text", true], ["public_summary", "text", true], ["origin_state", "text"], ["host_state", "text"], ["start_date", "text", true], ["start_precision", "text"], ["end_date", "text", true], ["end_precision", "text", true], ["place_exact", "text", true], ["place_city", "text", true], ["place_region", "text", true], ["place_precision", "text"], ["verification_status", "text"], ["countable", "integer"], ["sensitivity", "text"], ["named_case", "integer"], ["start_year", "integer", true], ["furthest_stage", "integer", false, 0], ["search_facets", "text", false, ""], ["stats_key", "text", true],], [],],
  ["incident_links", true, [["from_incident_id", "text"], ["to_incident_id", "text"], ["link_type", "text"], ["note", "text", true],], [["from_incident_id", "incidents"], ["to_incident_id", "incidents"],],],
  ["acts", true, [["incident_id", "text"], ["victim_id", "text"], ["dek", "text"], ["tactic", "text"], ["start_date", "text", true], ["start_precision", "text"], ["end_date", "text", true], ["place_city", "text", true], ["place_state", "text", true], ["place_precision", "text"], ["consequences", "text"], ["description", "text", true],], [["incident_id", "incidents"], ["victim_id", "persons"],],],
  ["attributions", true, [["act_id", "text"], ["dek", "text"], ["attributed_state", "text", true], ["actor_person_id", "text", true], ["actor_organisation_id", "text", true], ["actor_type", "text"], ["role", "text"], ["confidence", "text"], ["basis", "text"], ["assessed_on", "text"], ["supersedes_id", "text", true], ["approved_for_publication", "integer"], ["internal_notes", "text", true],], [["act_id", "acts"], ["actor_person_id", "persons"], ["actor_organisation_id", "organisations"], ["supersedes_id", "attributions"],],],
  ["sources", true, [["dek", "text"], ["kind", "text"], ["label", "text"], ["reliability", "text"], ["is_protected", "integer"], ["public_url", "text", true], ["published_on", "text", true], ["identity", "text", true], ["contact", "text", true], ["person_id", "text", true], ["organisation_id", "text", true],], [["person_id", "persons"], ["organisation_id", "organisations"],],],
  ["information", true, [["incident_id", "text"], ["source_id", "text"], ["dek", "text"], ["connection", "text"], ["obtained_on", "text"], ["credibility", "text"], ["language", "text"], ["claim_summary", "text"], ["witness_identity", "text", true],], [["incident_id", "incidents"], ["source_id", "sources"],],],
  ["evidence_items", true, [["information_id", "text"], ["dek", "text"], ["evidence_type", "text"], ["sha256", "text"], ["size_bytes", "integer"], ["media_type", "text"], ["captured_at", "text", true], ["captured_by", "text", true], ["original_name", "text", true], ["original_url", "text", true], ["storage_key", "text", true], ["file_key", "text", true],], [["information_id", "information"]],],
  ["custody_events", true, [["evidence_id", "text"], ["dek", "text"], ["action", "text"], ["occurred_at", "text"], ["actor", "text"], ["note", "text", true],], [["evidence_id", "evidence_items"]],],
  ["interventions", true, [["incident_id", "text"], ["victim_id", "text", true], ["dek", "text"], ["acted_by", "text"], ["intervention_type", "text"], ["authority_id", "text", true], ["external_reference", "text", true], ["criminal_code_article", "text", true], ["filed_on", "text", true], ["response_deadline_days", "integer", true], ["internal_notes", "text", true], ["furthest_stage", "integer", false, 0], ["current_status", "text", true], ["last_event_on", "text", true], ["first_response_days", "integer", true],], [["incident_id", "incidents"], ["victim_id", "persons"], ["authority_id", "organisations"],],],
  ["intervention_events", true, [["intervention_id", "text"], ["dek", "text"], ["status", "text"], ["occurred_on", "text"], ["note", "text", true],], [["intervention_id", "interventions"]],],
  ["legal_proceedings", true, [["person_id", "text"], ["incident_id", "text", true], ["dek", "text"], ["proceeding_type", "text"], ["host_state", "text"], ["requesting_state", "text", true], ["authority_id", "text", true], ["external_reference", "text", true], ["opened_on", "text", true], ["internal_notes", "text", true], ["current_status", "text", true],], [["person_id", "persons"], ["incident_id", "incidents"], ["authority_id", "organisations"],],],
  ["proceeding_events", true, [["proceeding_id", "text"], ["dek", "text"], ["status", "text"], ["occurred_on", "text"], ["note", "text", true],], [["proceeding_id", "legal_proceedings"]],],
  ["risk_assessments", true, [["person_id", "text"], ["dek", "text"], ["assessed_on", "text"], ["level", "text"], ["likelihood", "integer"], ["impact", "integer"], ["factors", "text"], ["measures", "text"], ["review_due", "text", true],], [["person_id", "persons"]],],
  ["documents", true, [["slug", "text"], ["document_type", "text"], ["categories", "text"], ["co_author_ids", "text"], ["cited_incident_ids", "text"], ["status", "text"], ["original_language", "text"], ["published_on", "text", true],], [],],
  ["document_translations", true, [["document_id", "text"], ["language", "text"], ["title", "text"], ["summary", "text", true], ["body_markdown", "text"], ["translation_status", "text"],], [["document_id", "documents"]],],
  ["publication_records", true, [["record_type", "text"], ["record_id", "text"], ["record_version", "integer"], ["requested_by", "text"], ["approved_by", "text", true], ["approved_at", "text", true], ["published_at", "text", true], ["withdrawn_at", "text", true], ["withdrawal_reason", "text", true],], [],],
];

const INDEXES: [table: string, columns: string[], unique?: boolean][] = [
  ["vocabulary_terms", ["scheme", "code"], true],
  ["persons", ["org_id", "pseudonym"], true],
  ["person_identities", ["person_id"], true],
  ["person_profiles", ["person_id"]],
  ["consents", ["person_id"]],
  ["incidents", ["org_id"]],
  ["incident_links", ["from_incident_id"]],
  ["incident_links", ["to_incident_id"]],
  ["acts", ["incident_id"]],
  ["acts", ["victim_id"]],
  ["attributions", ["act_id"]],
  ["information", ["incident_id"]],
  ["information", ["source_id"]],
  ["evidence_items", ["information_id"]],
  ["custody_events", ["evidence_id"]],
  ["interventions", ["incident_id"]],
  ["intervention_events", ["intervention_id", "occurred_on"]],
  ["legal_proceedings", ["person_id"]],
  ["proceeding_events", ["proceeding_id"]],
  ["risk_assessments", ["person_id"]],
  ["documents", ["org_id", "slug"], true],
  ["document_translations", ["document_id", "language"], true],
  ["publication_records", ["record_type", "record_id"]],
];

/** Creates every record table, the version history, the blind index, the audit log and the stats. */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = await isPostgres(db);
  await withColumns(withRecordMeta(db.schema.createTable("organisations"), false), [
    ["slug", "text", true],
    ["name", "text"],
    ["kind", "text"],
    ["state", "text", true],
    ["is_member", "integer"],
    ["website", "text", true],
    ["dek", "text"],
    ["internal_notes", "text", true],
  ]).execute();
  await db.schema
    .createIndex("organisations_slug")
    .on("organisations")
    .column("slug")
    .unique()
    .execute();

  for (const [table, orgScoped, cols, fks] of TABLES) {
    let t = withColumns(withRecordMeta(db.schema.createTable(table), orgScoped, table), cols);
    for (const [column, target] of fks) {
      t = t.addForeignKeyConstraint(`${table}_${column}_fk`, [column], target, ["id"], (c) =>
        c.deferrable().initiallyDeferred(),
      );
    }
    await t.execute();
  }
  for (const [table, columns, unique] of INDEXES) {
    let ix = db.schema
      .createIndex(`${table}_${columns.join("_")}`)
      .on(table)
      .columns(columns);
    if (unique) ix = ix.unique();
    await ix.execute();
  }

  // Earlier versions of every record, each snapshot sealed under the history key.
  await db.schema
    .createTable("record_versions")
    .addColumn("record_type", "text", (c) => c.notNull())
    .addColumn("record_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("snapshot", "text", (c) => c.notNull())
    .addColumn("changed_at", "text", (c) => c.notNull())
    .addColumn("changed_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("record_versions_pk", ["record_type", "record_id", "version"])
    .execute();

  // Blind index: keyed HMACs of normalised name forms; no plaintext name is stored anywhere.
  // On SQLite the table is its own index (WITHOUT ROWID): one B-tree to update, not two.
  if (pg) {
    await db.schema
      .createTable("person_name_tokens")
      .addColumn("token", "text", (c) => c.notNull())
      .addColumn("person_id", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("person_name_tokens_pk", ["token", "person_id"])
      .addForeignKeyConstraint(
        "person_name_tokens_person_fk",
        ["person_id"],
        "persons",
        ["id"],
        (c) => c.onDelete("cascade").deferrable().initiallyDeferred(),
      )
      .execute();
  } else {
    await sql`create table person_name_tokens (
      token text not null, person_id text not null,
      constraint person_name_tokens_pk primary key (token, person_id),
      constraint person_name_tokens_person_fk foreign key (person_id) references persons (id) on delete cascade deferrable initially deferred
    ) without rowid`.execute(db);
  }
  await db.schema
    .createIndex("person_name_tokens_person")
    .on("person_name_tokens")
    .column("person_id")
    .execute();

  // Hash-chained audit log: who did what to which record, never the values.
  await db.schema
    .createTable("audit_events")
    .addColumn("seq", "integer", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("record_type", "text")
    .addColumn("record_id", "text")
    .addColumn("fields", "text", (c) => c.notNull())
    .addColumn("prev_hash", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("audit_head")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  await db.insertInto("audit_head").values({ id: 1, seq: 0, hash: "genesis" }).execute();
  await db.schema
    .createIndex("audit_events_record")
    .on("audit_events")
    .columns(["record_type", "record_id"])
    .execute();

  // Counts kept up to date on write, so the accountability funnel never scans the incidents.
  await db.schema
    .createTable("incident_stats")
    .addColumn("host_state", "text", (c) => c.notNull())
    .addColumn("origin_state", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("furthest_stage", "integer", (c) => c.notNull())
    .addColumn("verification_status", "text", (c) => c.notNull())
    .addColumn("n", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("incident_stats_pk", [
      "host_state",
      "origin_state",
      "year",
      "furthest_stage",
      "verification_status",
    ])
    .execute();

  // Staff search: full text over title and public summary plus facet tokens (origin, host, year, tactics).
  if (pg) {
    await sql`alter table incidents add column search tsvector generated always as (
      to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(public_summary, '') || ' ' || search_facets)) stored`.execute(
      db,
    );
    await sql`create index incidents_search on incidents using gin (search)`.execute(db);
  } else {
    await sql`create virtual table incident_fts using fts5(
      title, public_summary, search_facets, content='incidents', content_rowid='rowid',
      tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger incidents_fts_ai after insert on incidents begin
      insert into incident_fts(rowid, title, public_summary, search_facets)
      values (new.rowid, new.title, new.public_summary, new.search_facets); end`.execute(db);
    await sql`create trigger incidents_fts_ad after delete on incidents begin
      insert into incident_fts(incident_fts, rowid, title, public_summary, search_facets)
      values ('delete', old.rowid, old.title, old.public_summary, old.search_facets); end`.execute(
      db,
    );
    await sql`create trigger incidents_fts_au after update of title, public_summary, search_facets on incidents begin
      insert into incident_fts(incident_fts, rowid, title, public_summary, search_facets)
      values ('delete', old.rowid, old.title, old.public_summary, old.search_facets);
      insert into incident_fts(rowid, title, public_summary, search_facets)
      values (new.rowid, new.title, new.public_summary, new.search_facets); end`.execute(db);
  }
}

/** Drops everything this migration created. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "incident_fts",
    "incident_stats",
    "audit_head",
    "audit_events",
    "person_name_tokens",
    "record_versions",
  ]) {
    await sql`drop table if exists ${sql.table(t)}`.execute(db);
  }
  for (const [table] of [...TABLES].reverse())
    await db.schema.dropTable(table).ifExists().execute();
  await db.schema.dropTable("organisations").ifExists().execute();
}
