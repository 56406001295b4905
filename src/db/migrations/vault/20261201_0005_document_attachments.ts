import type { Kysely } from "kysely";
import { withColumns, withRecordMeta } from "../migration-helpers.ts";

/**
 * Files published with a document (the report PDF): a record table like evidence_items; the
 * bytes live encrypted in the data folder's file store, the per-file key sealed in `file_key`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const table = "document_attachments";
  await withColumns(withRecordMeta(db.schema.createTable(table), true, table), [
    ["document_id", "text"],
    ["dek", "text"],
    ["title", "text"],
    ["file_name", "text"],
    ["media_type", "text"],
    ["sha256", "text"],
    ["size_bytes", "integer"],
    ["storage_key", "text", true],
    ["file_key", "text", true],
    ["removed", "integer"],
  ])
    .addForeignKeyConstraint(`${table}_document_id_fk`, ["document_id"], "documents", ["id"], (c) =>
      c.deferrable().initiallyDeferred(),
    )
    .execute();
  await db.schema.createIndex(`${table}_document_id`).on(table).column("document_id").execute();
}

/** Drops the attachments table. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("document_attachments").execute();
}
