import type { Kysely } from "kysely";
import { isPostgres } from "../migration-helpers.ts";

/**
 * The published files of documents (the report PDF), bytes and all, so the public side serves
 * them from the public store alone (vault sealed or not) and backups and the static export carry
 * them. Found by the first 16 hex digits of their SHA-256 and their download name.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const binary = (await isPostgres(db)) ? "bytea" : "blob";
  await db.schema
    .createTable("public_attachments")
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("media_type", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("bytes", binary, (c) => c.notNull())
    .addPrimaryKeyConstraint("public_attachments_pk", ["slug", "file_name"])
    .execute();
  await db.schema
    .createIndex("public_attachments_file")
    .on("public_attachments")
    .columns(["file_name", "sha256"])
    .execute();
}

/** Drops the published files. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("public_attachments").execute();
}
