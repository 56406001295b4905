import type { Kysely } from "kysely";

/**
 * The published projections: incidents (plain columns for the public filters, a JSON payload
 * for the page), their many-valued facets, documents with their translations, and the
 * suppressed aggregate cells the dashboard and live figures read. On PostgreSQL the reader role
 * gets SELECT on these through the schema's default privileges (set up in stores.ts), so no
 * GRANT is needed here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("public_incidents")
    .addColumn("public_id", "text", (c) => c.primaryKey())
    .addColumn("origin_state", "text", (c) => c.notNull())
    .addColumn("host_state", "text", (c) => c.notNull())
    .addColumn("year", "integer")
    .addColumn("date_label", "text")
    .addColumn("primary_tactic", "text")
    .addColumn("primary_tactic_group", "text")
    .addColumn("target_profile", "text")
    .addColumn("furthest_stage", "integer", (c) => c.notNull())
    .addColumn("verification_status", "text", (c) => c.notNull())
    .addColumn("countable", "integer", (c) => c.notNull())
    .addColumn("counted", "integer", (c) => c.notNull())
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .execute();
  for (const cols of [["host_state", "year"], ["origin_state"], ["year"], ["counted"]]) {
    await db.schema
      .createIndex(`public_incidents_${cols.join("_")}`)
      .on("public_incidents")
      .columns(cols)
      .execute();
  }
  // Many-valued filters (tactic, tactic group, target profile) as one row per value.
  await db.schema
    .createTable("public_incident_facets")
    .addColumn("public_id", "text", (c) => c.notNull())
    .addColumn("facet", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("public_incident_facets_pk", ["public_id", "facet", "value"])
    .execute();
  await db.schema
    .createIndex("public_incident_facets_value")
    .on("public_incident_facets")
    .columns(["facet", "value"])
    .execute();

  await db.schema
    .createTable("public_documents")
    .addColumn("slug", "text", (c) => c.primaryKey())
    .addColumn("document_type", "text", (c) => c.notNull())
    .addColumn("categories", "text", (c) => c.notNull())
    .addColumn("co_authors", "text", (c) => c.notNull())
    .addColumn("cited_incident_ids", "text", (c) => c.notNull())
    .addColumn("original_language", "text", (c) => c.notNull())
    .addColumn("published_on", "text")
    .addColumn("published_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("public_document_categories")
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("public_document_categories_pk", ["category", "slug"])
    .execute();
  await db.schema
    .createTable("public_document_translations")
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text")
    .addColumn("body_markdown", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("public_document_translations_pk", ["slug", "language"])
    .execute();

  // Every aggregate table in long form: one row per cell, null dimensions meaning "all".
  await db.schema
    .createTable("public_aggregate_cells")
    .addColumn("table_name", "text", (c) => c.notNull())
    .addColumn("cell_key", "text", (c) => c.notNull())
    .addColumn("host_state", "text")
    .addColumn("year", "integer")
    .addColumn("tactic_group", "text")
    .addColumn("stage", "integer")
    .addColumn("value", "integer")
    .addColumn("suppressed", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("public_aggregate_cells_pk", ["table_name", "cell_key"])
    .execute();
}

/** Drops the published projections. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "public_aggregate_cells",
    "public_document_translations",
    "public_document_categories",
    "public_documents",
    "public_incident_facets",
    "public_incidents",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
