import type { Kysely } from "kysely";

/**
 * The public store holds only what publishing has projected out of the vault. This first
 * migration creates its bookkeeping table; the published projections arrive with publishing.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("public_meta")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
}

/** Drops the bookkeeping table. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("public_meta").execute();
}
